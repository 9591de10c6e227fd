/**
 * One row of the overview table: the facts shown for every entry on the home page,
 * already formatted, with sort keys. Shared by the page and any export of the table.
 */
import type { BaselineChoice } from './baseline.js';
import { formatScore, scoreEntry } from './score.js';
import type { Entry } from './entry.js';
import { ceilingRank, formatCeiling, formatMaybe } from './format.js';
import { LEGAL_FAMILIES, NOT_ESTABLISHED, REGIONS } from './vocabulary.js';

/** A formatted overview row. */
export interface SummaryRow {
  readonly slug: string;
  readonly name: string;
  readonly kind: Entry['kind'];
  readonly region: string;
  readonly regionLabel: string;
  readonly legalFamily: string;
  readonly legalFamilyLabel: string;
  readonly maxTerm: string;
  readonly maxTermRank: number;
  readonly childAge: string;
  readonly childAgeRank: number;
  /** `"19 of 21 (90 %)"`, `"baseline"` or "not established". */
  readonly coverage: string;
  /** Share covered, 0–1, or -1 when not established (sort key). */
  readonly coverageRank: number;
  /** A sentence for screen readers and tooltips explaining the coverage figure. */
  readonly coverageNote: string;
  readonly basis: Entry['basis'];
}

/** Builds the overview row of an entry against the site's baseline. */
export function summaryRow(e: Entry, baseline: BaselineChoice | null): SummaryRow {
  let cov = NOT_ESTABLISHED;
  let rank = -1;
  let note = 'No baseline is established.';
  if (baseline) {
    const b = baseline.entry;
    const sc = scoreEntry(e, b);
    if (e.slug === b.slug) {
      cov = 'baseline';
      rank = 2;
      note = `${b.name} is the baseline.`;
    } else if (sc.ratio === null) {
      note = `Not established: this entry's definition is not established.`;
    } else {
      cov = formatScore(sc);
      rank = sc.ratio;
      note = `Covers ${sc.covered} of the ${sc.counted} definition elements of ${b.name} that could be counted${sc.unknown ? `; ${sc.unknown} not established` : ''}.`;
    }
  }
  return {
    slug: e.slug,
    name: e.name,
    kind: e.kind,
    region: e.region,
    regionLabel: REGIONS.find((r) => r.id === e.region)?.en ?? e.region,
    legalFamily: e.legalFamily,
    legalFamilyLabel: LEGAL_FAMILIES.find((f) => f.id === e.legalFamily)?.en ?? e.legalFamily,
    maxTerm: formatCeiling(e.penalties.maxTerm),
    maxTermRank: ceilingRank(e.penalties.maxTerm),
    childAge: formatMaybe(e.elements.childAge),
    childAgeRank: e.elements.childAge ?? -1,
    coverage: cov,
    coverageRank: rank,
    coverageNote: note,
    basis: e.basis,
  };
}
