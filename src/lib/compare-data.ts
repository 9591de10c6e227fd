/**
 * The small index the compare page embeds for its island: every entry that can be
 * compared (slug, name, kind, basis), the default selection and the default baseline's
 * reason. Entry texts are fetched separately, only for the entries shown.
 */
import { BASELINE_PREFERENCE, defaultBaseline } from './baseline.js';
import type { Entry } from './entry.js';
import type { KnownEntry } from './compare-params.js';

/** One entry in the compare index. */
export interface CompareIndexEntry extends KnownEntry {
  readonly kind: Entry['kind'];
  readonly basis: Entry['basis'];
}

/** The compare page's embedded index. */
export interface CompareIndex {
  readonly entries: readonly CompareIndexEntry[];
  /** The default selection, baseline first. */
  readonly defaultSelection: readonly string[];
  /** Slug of the default baseline, or null when none is established. */
  readonly defaultBaseline: string | null;
  /** Why the default baseline is the default. */
  readonly baselineReason: string;
  /** The ordered preference the default comes from. */
  readonly preference: readonly string[];
}

/** Builds the compare index from all entries. */
export function compareIndex(entries: readonly Entry[]): CompareIndex {
  const choice = defaultBaseline(entries);
  const states = entries.filter((e) => e.kind === 'state').sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const first = choice?.entry.slug ?? entries[0]?.slug;
  const defaultSelection = [first, ...states.map((s) => s.slug).filter((s) => s !== first).slice(0, 2)].filter((s): s is string => Boolean(s));
  return {
    entries: entries.map((e) => ({ slug: e.slug, name: e.name, kind: e.kind, basis: e.basis })),
    defaultSelection,
    defaultBaseline: choice?.entry.slug ?? null,
    baselineReason: choice?.reason ?? 'No entry of the preferred baselines has an established offence definition.',
    preference: BASELINE_PREFERENCE,
  };
}

/** The sentence naming the baseline of a comparison and why it is the baseline. */
export function baselineReasonFor(slug: string, index: Pick<CompareIndex, 'defaultBaseline' | 'baselineReason' | 'entries'>): string {
  if (slug === index.defaultBaseline) return `It is the site's default baseline: ${index.baselineReason}`;
  const name = index.entries.find((e) => e.slug === slug)?.name ?? slug;
  const def = index.entries.find((e) => e.slug === index.defaultBaseline)?.name;
  return `${name} was chosen as the baseline${def ? `; the site's default is ${def}` : ''}.`;
}
