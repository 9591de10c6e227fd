/**
 * Baselines and element coverage (DESIGN §3, "Baselines"). The default baseline is the
 * first entry of an ordered list whose Offence definition is established; it is
 * computed from the content, never hard-coded into pages. Each element is three-valued:
 * present, absent, or not established.
 */
import type { Entry } from './entry.js';

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
