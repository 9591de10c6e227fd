/**
 * Entry filters shared by the overview table and the search: kind, region, legal family,
 * basis, a purpose covered, whether means are required for adults, child age, and the
 * range of the highest penalty. Read from and written to the URL so a filtered view can
 * be shared. Invalid values are ignored, never echoed as markup.
 */
import { BASIS, LEGAL_FAMILIES, PURPOSES, REGIONS } from './vocabulary.js';
import type { IndexedEntry } from './search-index.js';

/** Buckets of the highest penalty. */
export const PENALTY_BUCKETS = [
  { id: 'up-to-5', en: 'up to 5 years' },
  { id: '5-10', en: 'over 5, up to 10 years' },
  { id: '10-15', en: 'over 10, up to 15 years' },
  { id: 'over-15', en: 'over 15 years' },
  { id: 'life', en: 'life imprisonment' },
  { id: 'death', en: 'death penalty' },
  { id: 'unknown', en: 'not established' },
] as const;

/** The bucket of a highest penalty. */
export function penaltyBucket(maxTerm: IndexedEntry['maxTerm']): (typeof PENALTY_BUCKETS)[number]['id'] {
  if (maxTerm === null) return 'unknown';
  if (maxTerm === 'life' || maxTerm === 'death') return maxTerm;
  if (maxTerm <= 5) return 'up-to-5';
  if (maxTerm <= 10) return '5-10';
  if (maxTerm <= 15) return '10-15';
  return 'over-15';
}

/** A filter: URL parameter, label, and the allowed values with labels. */
export interface FilterDef {
  readonly key: keyof EntryFilters;
  readonly label: string;
  readonly options: readonly { value: string; label: string }[];
}

/** Active filters; absent keys do not filter. */
export interface EntryFilters {
  kind?: string;
  region?: string;
  legalFamily?: string;
  basis?: string;
  purpose?: string;
  means?: string;
  childAge?: string;
  penalty?: string;
}

/** Every filter, with its allowed values. `childAges` are the ages found in the content. */
export function filterDefs(childAges: readonly number[] = []): FilterDef[] {
  return [
    { key: 'kind', label: 'Kind', options: [{ value: 'state', label: 'States' }, { value: 'instrument', label: 'Instruments' }] },
    { key: 'region', label: 'Region', options: REGIONS.map((r) => ({ value: r.id, label: r.en })) },
    { key: 'legalFamily', label: 'Legal family', options: LEGAL_FAMILIES.map((f) => ({ value: f.id, label: f.en })) },
    { key: 'basis', label: 'Basis', options: BASIS.map((b) => ({ value: b.id, label: b.en })) },
    { key: 'purpose', label: 'Purpose covered', options: PURPOSES.map((p) => ({ value: p.id, label: p.en })) },
    { key: 'means', label: 'Means required (adults)', options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: 'unknown', label: 'Not established' }] },
    { key: 'childAge', label: 'Child age', options: [...[...new Set(childAges)].sort((a, b) => a - b).map((a) => ({ value: String(a), label: `under ${a}` })), { value: 'unknown', label: 'Not established' }] },
    { key: 'penalty', label: 'Highest penalty', options: PENALTY_BUCKETS.map((b) => ({ value: b.id, label: b.en })) },
  ];
}

/** Reads the filters from URL parameters, keeping only allowed values. */
export function readFilters(params: URLSearchParams, defs: readonly FilterDef[]): EntryFilters {
  const out: EntryFilters = {};
  for (const d of defs) {
    const v = (params.get(d.key) ?? '').slice(0, 60);
    if (d.options.some((o) => o.value === v)) out[d.key] = v;
  }
  return out;
}

/** True when an entry passes every active filter. */
export function matchesFilters(e: IndexedEntry, f: EntryFilters): boolean {
  if (f.kind && e.kind !== f.kind) return false;
  if (f.region && e.region !== f.region) return false;
  if (f.legalFamily && e.legalFamily !== f.legalFamily) return false;
  if (f.basis && e.basis !== f.basis) return false;
  if (f.purpose && !(e.purposes ?? []).includes(f.purpose)) return false;
  if (f.means) {
    const m = e.meansRequiredForAdults === null ? 'unknown' : e.meansRequiredForAdults ? 'yes' : 'no';
    if (m !== f.means) return false;
  }
  if (f.childAge && (e.childAge === null ? 'unknown' : String(e.childAge)) !== f.childAge) return false;
  if (f.penalty && penaltyBucket(e.maxTerm) !== f.penalty) return false;
  return true;
}
