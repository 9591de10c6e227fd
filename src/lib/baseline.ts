/**
 * Baselines and element coverage (DESIGN §3, "Baselines"). The default baseline is the
 * first entry of an ordered list whose Offence definition is established; it is
 * computed from the content, never hard-coded into pages. Each element is three-valued:
 * present, absent, or not established.
 */
import type { Entry } from './entry.js';
import { idsOf } from './vocabulary.js';

/** The preferred baselines, in order: the UNODC Model Law, then the UN Protocol. */
export const BASELINE_PREFERENCE = ['unodc-model-law', 'un-trafficking-protocol'] as const;

/** The definition element groups counted for coverage. */
export const DEFINITION_FIELDS = ['acts', 'means', 'purposes'] as const;
export type DefinitionField = (typeof DEFINITION_FIELDS)[number];

/** Three-valued status of one element in one entry. */
export type ElementStatus = 'present' | 'absent' | 'not-established';

/** An entry's Offence definition is established when acts, means and purposes are all known. */
export function definitionEstablished(entry: Pick<Entry, 'elements'>): boolean {
  return DEFINITION_FIELDS.every((f) => entry.elements[f] !== null);
}

/** The default baseline and why it was chosen. */
export interface BaselineChoice {
  readonly entry: Entry;
  /** A sentence saying which baseline is used and why, for every comparison. */
  readonly reason: string;
}

/**
 * Picks the default baseline from `entries`: the first of {@link BASELINE_PREFERENCE}
 * whose definition is established. Returns `null` if none is (the site then shows no
 * coverage rather than a wrong one).
 */
export function defaultBaseline(entries: readonly Entry[]): BaselineChoice | null {
  const skipped: string[] = [];
  for (const slug of BASELINE_PREFERENCE) {
    const entry = entries.find((e) => e.slug === slug);
    if (!entry) continue;
    if (definitionEstablished(entry)) {
      const reason = skipped.length
        ? `${entry.name} is the baseline because the Offence definition of ${skipped.join(' and ')} is not yet established.`
        : `${entry.name} is the baseline, the first choice of the site.`;
      return { entry, reason };
    }
    skipped.push(entry.name);
  }
  return null;
}

/** Status of element `id` of group `field` in `entry`. */
export function elementStatus(entry: Pick<Entry, 'elements'>, field: DefinitionField, id: string): ElementStatus {
  const list = entry.elements[field];
  if (list === null) return 'not-established';
  return (list as readonly string[]).includes(id) ? 'present' : 'absent';
}

/** Coverage of a baseline's definition elements by an entry. */
export interface Coverage {
  /** Baseline elements the entry has. */
  readonly covered: number;
  /** Baseline elements counted (present in the baseline, and established on the entry's side). */
  readonly counted: number;
  /** Baseline elements whose status on the entry's side is not established. */
  readonly unknown: number;
  /** Elements present in the baseline, in total. */
  readonly baselineTotal: number;
}

/**
 * How many of the baseline's acts, means and purposes the entry names. An element the
 * baseline does not establish is never counted; an entry group that is not established
 * is counted as unknown, not as a gap.
 */
export function coverage(entry: Pick<Entry, 'elements'>, baseline: Pick<Entry, 'elements'>): Coverage {
  let covered = 0;
  let counted = 0;
  let unknown = 0;
  let baselineTotal = 0;
  for (const field of DEFINITION_FIELDS) {
    for (const id of idsOf(field)) {
      if (elementStatus(baseline, field, id) !== 'present') continue;
      baselineTotal++;
      const s = elementStatus(entry, field, id);
      if (s === 'not-established') unknown++;
      else {
        counted++;
        if (s === 'present') covered++;
      }
    }
  }
  return { covered, counted, unknown, baselineTotal };
}
