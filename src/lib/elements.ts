/**
 * The element comparison beside the text diff (DESIGN §3): for acts, means, purposes and
 * aggravating circumstances, which ids each entry has and lacks, three-valued; the child
 * and consent rules; the penalty ranges; each confiscation feature. Where the baseline's
 * own value is not established, the comparison says so and never counts it as a gap of
 * the other side.
 */
import type { Entry } from './entry.js';
import type { Ceiling, PenaltyRange } from './schema.js';
import { CONFISCATION_FEATURES, ELEMENT_GROUPS, ELEMENT_GROUP_LABELS, type ElementGroup } from './vocabulary.js';

/** What the element comparison reads from an entry. */
export type ElementSource = Pick<Entry, 'slug' | 'name' | 'elements' | 'aggravatingCircumstances' | 'penalties' | 'confiscation'>;

/** Three-valued status of a fact in one entry. */
export type Status = 'present' | 'absent' | 'not-established';

/** How an entry's status relates to the baseline's. */
export type Relation =
  /** both have it */
  | 'shared'
  /** the baseline has it, this entry does not */
  | 'missing'
  /** this entry has it, the baseline does not */
  | 'added'
  /** neither has it */
  | 'neither'
  /** the baseline's value is not established: no gap is counted */
  | 'baseline-not-established'
  /** this entry's value is not established */
  | 'not-established';

/** Relates a status to the baseline's. */
export function relate(baseline: Status, other: Status): Relation {
  if (baseline === 'not-established') return 'baseline-not-established';
  if (other === 'not-established') return 'not-established';
  if (baseline === 'present') return other === 'present' ? 'shared' : 'missing';
  return other === 'present' ? 'added' : 'neither';
}

function listOf(e: ElementSource, group: ElementGroup): readonly string[] | null {
  return group === 'aggravatingCircumstances' ? e.aggravatingCircumstances : e.elements[group];
}

/** Status of element `id` of `group` in `e`. */
export function statusOf(e: ElementSource, group: ElementGroup, id: string): Status {
  const list = listOf(e, group);
  if (list === null) return 'not-established';
  return list.includes(id) ? 'present' : 'absent';
}

/** One element row: its id and label, each entry's status and relation to the baseline. */
export interface ElementRow {
  readonly group: ElementGroup;
  readonly id: string;
  readonly label: string;
  readonly statuses: readonly Status[];
  /** Relation of each entry to the baseline (the baseline's own cell is `shared` or `neither`). */
  readonly relations: readonly Relation[];
}

/** Element rows of one group, for the ids present in at least one entry or not established somewhere. */
export function compareGroup(entries: readonly ElementSource[], group: ElementGroup): ElementRow[] {
  const [baseline] = entries;
  if (!baseline) return [];
  return ELEMENT_GROUPS[group]
    .map((t) => {
      const statuses = entries.map((e) => statusOf(e, group, t.id));
      const base = statuses[0] ?? 'not-established';
      return { group, id: t.id, label: t.en, statuses, relations: statuses.map((s) => relate(base, s)) };
    })
    .filter((r) => r.statuses.some((s) => s === 'present'));
}

/** Counts of one entry against the baseline, for one group. */
export interface GroupTally {
  readonly group: ElementGroup;
  readonly groupLabel: string;
  /** Elements the baseline has (0 when the baseline's group is not established). */
  readonly baselineCount: number;
  /** Of those, how many this entry names. */
  readonly shared: number;
  /** Elements this entry names that the baseline does not. */
  readonly added: number;
  readonly baselineEstablished: boolean;
  readonly entryEstablished: boolean;
}

/** Tallies entry `e` against `baseline` in `group`. */
export function tally(baseline: ElementSource, e: ElementSource, group: ElementGroup): GroupTally {
  const b = listOf(baseline, group);
  const o = listOf(e, group);
  return {
    group,
    groupLabel: ELEMENT_GROUP_LABELS[group].en.toLowerCase(),
    baselineCount: b?.length ?? 0,
    shared: b && o ? o.filter((id) => b.includes(id)).length : 0,
    added: b && o ? o.filter((id) => !b.includes(id)).length : 0,
    baselineEstablished: b !== null,
    entryEstablished: o !== null,
  };
}

/** A three-valued boolean fact compared across entries. */
export interface FactRow {
  readonly id: string;
  readonly label: string;
  readonly values: readonly (boolean | number | string | null)[];
}

/** The child, means and consent rules side by side. */
export function compareRules(entries: readonly ElementSource[]): FactRow[] {
  return [
    { id: 'meansRequiredForAdults', label: 'Means required for adult victims', values: entries.map((e) => e.elements.meansRequiredForAdults) },
    { id: 'consentIrrelevant', label: 'Consent irrelevant', values: entries.map((e) => e.elements.consentIrrelevant) },
    { id: 'childAge', label: 'Child: under age', values: entries.map((e) => e.elements.childAge) },
    { id: 'childMeansRequired', label: 'Means required for child victims', values: entries.map((e) => e.elements.childMeansRequired) },
  ];
}

/** Confiscation features side by side. */
export function compareConfiscation(entries: readonly ElementSource[]): FactRow[] {
  return CONFISCATION_FEATURES.map((f) => ({ id: f.id, label: f.en, values: entries.map((e) => e.confiscation[f.id]) }));
}

/** One entry's penalties on a common scale. */
export interface PenaltyBar {
  readonly slug: string;
  readonly name: string;
  readonly basic: PenaltyRange | null;
  readonly aggravated: PenaltyRange | null;
  readonly maxTerm: Ceiling | null;
}

/** The penalties of each entry, and the scale (years) that fits every finite figure. */
export function comparePenalties(entries: readonly ElementSource[]): { bars: PenaltyBar[]; scaleYears: number } {
  const bars = entries.map((e) => ({ slug: e.slug, name: e.name, basic: e.penalties.basic, aggravated: e.penalties.aggravated, maxTerm: e.penalties.maxTerm }));
  const finite = bars.flatMap((b) => [b.basic?.maxYears, b.aggravated?.maxYears, b.maxTerm, b.basic?.minYears, b.aggravated?.minYears]).filter((v): v is number => typeof v === 'number');
  const top = Math.max(5, ...finite);
  return { bars, scaleYears: Math.ceil(top / 5) * 5 };
}
