/**
 * The coverage score of an entry against a baseline: how much of the baseline's offence
 * definition the entry's offence covers. The formula is written out on the about page
 * (`/about/#coverage`) and must stay in step with this module.
 *
 * Counted: every act, means and exploitation purpose the baseline's definition has, and two
 * rules of the Protocol's definition (art. 3(b) consent, art. 3(c) no means for children)
 * where the baseline has them. All are mandatory under the Protocol (art. 5 requires the
 * conduct of art. 3 to be criminalised); purposes beyond the Protocol's minimum list count
 * only against a baseline that has them. Aggravating circumstances and confiscation are shown
 * in the matrix but not scored.
 *
 * Not established: an element the baseline does not establish is not counted at all; an
 * element the entry does not establish is left out of the fraction and reported as unknown,
 * never counted as a gap.
 */
import type { Entry } from './entry.js';
import { ACTS, MEANS, PURPOSES } from './vocabulary.js';

/** What the score reads from an entry. */
export type Scorable = Pick<Entry, 'elements'>;

/** One scored item: an element or a rule. */
export interface ScoreItem {
  readonly id: string;
  readonly group: 'acts' | 'means' | 'purposes' | 'rules';
  readonly label: string;
}

/** The two definition rules the score counts. */
export const SCORED_RULES: readonly { id: 'consent' | 'child'; label: string; holds: (e: Scorable) => boolean | null }[] = [
  {
    id: 'consent',
    label: 'consent irrelevant once a means is used (Protocol art. 3(b))',
    holds: (e) => e.elements.consentIrrelevant,
  },
  {
    id: 'child',
    label: 'no means needed for child victims (Protocol art. 3(c))',
    holds: (e) => (e.elements.childMeansRequired === null ? null : !e.elements.childMeansRequired),
  },
];

/** The result of scoring an entry against a baseline. */
export interface Score {
  /** Items the entry covers. */
  readonly covered: number;
  /** Items counted: the baseline has them and the entry's status is established. */
  readonly counted: number;
  /** Items the baseline has but the entry does not establish. */
  readonly unknown: number;
  /** Items the baseline has, in total. */
  readonly baselineItems: number;
  /** covered / counted, 0–1, or null when nothing could be counted. */
  readonly ratio: number | null;
  /** The items the entry lacks (the baseline has them, the entry does not). */
  readonly gaps: readonly ScoreItem[];
}

/** Scores `entry` against `baseline` (see the module comment for the formula). */
export function scoreEntry(entry: Scorable, baseline: Scorable): Score {
  let covered = 0;
  let counted = 0;
  let unknown = 0;
  let baselineItems = 0;
  const gaps: ScoreItem[] = [];
  const groups = [
    ['acts', ACTS],
    ['means', MEANS],
    ['purposes', PURPOSES],
  ] as const;
  for (const [group, terms] of groups) {
    const base = baseline.elements[group];
    if (base === null) continue;
    const mine = entry.elements[group];
    for (const t of terms) {
      if (!(base as readonly string[]).includes(t.id)) continue;
      baselineItems++;
      if (mine === null) {
        unknown++;
        continue;
      }
      counted++;
      if ((mine as readonly string[]).includes(t.id)) covered++;
      else gaps.push({ id: t.id, group, label: t.en });
    }
  }
  for (const rule of SCORED_RULES) {
    if (rule.holds(baseline) !== true) continue;
    baselineItems++;
    const mine = rule.holds(entry);
    if (mine === null) {
      unknown++;
      continue;
    }
    counted++;
    if (mine) covered++;
    else gaps.push({ id: rule.id, group: 'rules', label: rule.label });
  }
  return { covered, counted, unknown, baselineItems, ratio: counted ? covered / counted : null, gaps };
}

/** "19 of 21 (90 %)" (non-breaking spaces, so the figure never splits), or "not established". */
export function formatScore(s: Score): string {
  if (s.ratio === null) return 'not established';
  return `${s.covered}\u00a0of\u00a0${s.counted} (${Math.round(s.ratio * 100)}\u00a0%)`;
}
