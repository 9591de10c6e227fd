/**
 * The summary of differences on top of a comparison, in plain words generated from the
 * element and penalty comparison, e.g. "Germany names 5 of the baseline's 9 means and
 * adds 1; basic maximum 5 years against not set". Each statement carries the anchor of
 * the row it summarises.
 */
import { tally, type ElementSource, type GroupTally } from './elements.js';
import { formatCeiling } from './format.js';
import type { ElementGroup } from './vocabulary.js';

/** One statement of the summary, linking to the row it summarises. */
export interface SummaryStatement {
  readonly text: string;
  /** Anchor (without `#`) of the row or table it summarises. */
  readonly anchor: string;
}

/** The summary of one entry against the baseline. */
export interface EntrySummary {
  readonly slug: string;
  readonly name: string;
  readonly statements: readonly SummaryStatement[];
}

const GROUPS: readonly ElementGroup[] = ['acts', 'means', 'purposes', 'aggravatingCircumstances'];

/** Anchor of an element group's table in a comparison. */
export const groupAnchor = (group: ElementGroup): string => `cmp-${group}`;

/** Anchor of the penalty table in a comparison. */
export const PENALTY_ANCHOR = 'cmp-penalties';

function groupStatement(t: GroupTally): string {
  const what = t.group === 'aggravatingCircumstances' ? 'aggravating circumstances' : t.groupLabel;
  if (!t.baselineEstablished) return `${what} not compared: the baseline's are not established`;
  if (!t.entryEstablished) return `${what} not established`;
  if (t.baselineCount === 0) return `names ${t.added} ${what}; the baseline names none`;
  return `names ${t.shared} of the baseline's ${t.baselineCount} ${what} and adds ${t.added}`;
}

/** The summary statements of each non-baseline entry against the first (the baseline). */
export function summarise(entries: readonly ElementSource[]): EntrySummary[] {
  const [baseline, ...others] = entries;
  if (!baseline) return [];
  return others.map((e) => {
    const statements: SummaryStatement[] = GROUPS.map((g) => ({ text: groupStatement(tally(baseline, e, g)), anchor: groupAnchor(g) }));
    const basic = (x: ElementSource) => (x.penalties.basic ? formatCeiling(x.penalties.basic.maxYears) : 'not established');
    statements.push({ text: `basic maximum ${basic(e)} against ${basic(baseline)}`, anchor: PENALTY_ANCHOR });
    statements.push({ text: `highest penalty ${formatCeiling(e.penalties.maxTerm)} against ${formatCeiling(baseline.penalties.maxTerm)}`, anchor: PENALTY_ANCHOR });
    return { slug: e.slug, name: e.name, statements };
  });
}
