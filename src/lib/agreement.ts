/**
 * Checks that an entry's body and frontmatter say the same thing (DESIGN §3): the
 * element ids listed in frontmatter are named in the matching sub-clauses and nothing
 * else is; every aggravating circumstance has its sub-clause; the child age and the
 * penalty maxima in frontmatter are stated in the text; a confiscation feature marked
 * present has its sub-clause. Also checks rules that span several fields.
 */
import type { Clauses, Subclause } from './clauses.js';
import type { Problem } from './problems.js';
import type { Ceiling, Frontmatter, PenaltyRange } from './schema.js';
import { termIdsIn } from './term-match.js';
import { AGGRAVATING, ACTS, MEANS, PURPOSES, labelOf, type ElementGroup, type Term } from './vocabulary.js';

const DEFINITION_GROUPS: readonly { field: 'acts' | 'means' | 'purposes'; label: string; terms: readonly Term[]; group: ElementGroup }[] = [
  { field: 'acts', label: 'Acts', terms: ACTS, group: 'acts' },
  { field: 'means', label: 'Means', terms: MEANS, group: 'means' },
  { field: 'purposes', label: 'Purposes', terms: PURPOSES, group: 'purposes' },
];

function sub(clauses: Clauses, clause: keyof Clauses, label: string): Subclause | undefined {
  return clauses[clause].subclauses.find((s) => s.label === label);
}

/** Formats a number of years as the text must state it: `10 years`, `1 year`, `6 months`. */
export function yearsPhrase(years: number): string[] {
  if (Number.isInteger(years)) return [`${years} year${years === 1 ? '' : 's'}`, `${years}-year`];
  const months = Math.round(years * 12);
  return [`${months} month${months === 1 ? '' : 's'}`, `${years} years`];
}

function ceilingPhrases(c: Ceiling): string[] {
  if (c === 'life') return ['life imprisonment', 'imprisonment for life', 'life'];
  if (c === 'death') return ['death penalty', 'death'];
  return yearsPhrase(c);
}

function mentions(text: string, phrases: readonly string[]): boolean {
  const t = text.toLowerCase();
  return phrases.some((p) => new RegExp(`(?<![\\p{L}\\p{N}.])${p.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(t));
}

/**
 * Every disagreement between frontmatter and body, and every cross-field rule broken.
 * @param fmLine line of the frontmatter's first field, for problems that have no better line
 */
export function checkAgreement(file: string, fm: Frontmatter, clauses: Clauses, fmLine = 2): Problem[] {
  const problems: Problem[] = [];
  const def = 'Offence definition';

  for (const g of DEFINITION_GROUPS) {
    const listed = fm.elements[g.field];
    const s = sub(clauses, 'definition', g.label);
    const named = s ? termIdsIn(s.text, g.terms) : [];
    const where = `${def} › ${g.label}`;
    if (listed === null) {
      if (named.length) {
        problems.push({ file, line: s?.line, where, expected: `no element named while elements.${g.field} is null (not established)`, found: `${named.map((id) => `"${labelOf(g.group, id)}" (${id})`).join(', ')}` });
      }
      continue;
    }
    if (listed.length && !s) {
      problems.push({ file, line: fmLine, where, expected: `a "${g.label}" sub-clause naming ${listed.join(', ')} (listed in elements.${g.field})`, found: 'no such sub-clause' });
      continue;
    }
    for (const id of listed) {
      if (!named.includes(id)) {
        problems.push({ file, line: s?.line, where, expected: `the sub-clause to name "${labelOf(g.group, id)}", because elements.${g.field} lists ${id}`, found: 'no mention of it' });
      }
    }
    for (const id of named) {
      if (!listed.includes(id)) {
        problems.push({ file, line: s?.line, where, expected: `elements.${g.field} to list ${id}, because the sub-clause names "${labelOf(g.group, id)}" (or say what the law lacks in Notes)`, found: `elements.${g.field} without ${id}` });
      }
    }
  }

  // Aggravating circumstances ⇔ circumstance sub-clauses.
  const circumstanceSubs = clauses.aggravation.subclauses.filter((s) => s.key !== 'notes');
  const listed = fm.aggravatingCircumstances;
  for (const s of circumstanceSubs) {
    if (listed === null || !listed.includes(s.key)) {
      problems.push({ file, line: s.line, where: `Aggravating factors › ${s.label}`, expected: `aggravatingCircumstances to list ${s.key}${listed === null ? ' (it is null, not established)' : ''}`, found: 'a sub-clause for a circumstance the frontmatter does not list' });
    }
  }
  for (const id of listed ?? []) {
    if (!circumstanceSubs.some((s) => s.key === id)) {
      const label = AGGRAVATING.find((t) => t.id === id)?.en ?? id;
      problems.push({ file, line: fmLine, where: `Aggravating factors › ${label}`, expected: `a "${label}" sub-clause, because aggravatingCircumstances lists ${id}`, found: 'no such sub-clause' });
    }
  }

  // Child age stated in the text.
  const age = fm.elements.childAge;
  if (age !== null) {
    const s = sub(clauses, 'definition', 'Child victims');
    if (!s || !mentions(s.text, [String(age)])) {
      problems.push({ file, line: s?.line ?? fmLine, where: `${def} › Child victims`, expected: `the sub-clause to state the age ${age} (elements.childAge)`, found: s ? 'no mention of it' : 'no such sub-clause' });
    }
  }
  if (fm.elements.consentIrrelevant !== null && !sub(clauses, 'definition', 'Consent')) {
    problems.push({ file, line: fmLine, where: `${def} › Consent`, expected: 'a "Consent" sub-clause stating the consent rule (elements.consentIrrelevant is set)', found: 'no such sub-clause' });
  }

  // Penalty maxima stated in the text; ranges ordered.
  const tiers: [keyof Frontmatter['penalties'] & ('basic' | 'aggravated'), string][] = [
    ['basic', 'Basic offence'],
    ['aggravated', 'Aggravated offence'],
  ];
  for (const [field, label] of tiers) {
    const range: PenaltyRange | null = fm.penalties[field];
    if (!range) continue;
    const s = sub(clauses, 'penalties', label);
    const where = `Penalties › ${label}`;
    if (!s) {
      problems.push({ file, line: fmLine, where, expected: `a "${label}" sub-clause (penalties.${field} is set)`, found: 'no such sub-clause' });
      continue;
    }
    if (range.maxYears !== null && !mentions(s.text, ceilingPhrases(range.maxYears))) {
      problems.push({ file, line: s.line, where, expected: `the sub-clause to state the maximum of penalties.${field} ("${ceilingPhrases(range.maxYears)[0]}")`, found: 'no mention of it' });
    }
    if (typeof range.maxYears === 'number' && range.minYears !== null && range.minYears > range.maxYears) {
      problems.push({ file, line: fmLine, where: `penalties.${field}`, expected: 'minYears not above maxYears', found: `${range.minYears} > ${range.maxYears}` });
    }
  }
  for (const [i, o] of fm.penalties.other.entries()) {
    if (typeof o.maxYears === 'number' && o.minYears !== null && o.minYears > o.maxYears) {
      problems.push({ file, line: fmLine, where: `penalties.other[${i}]`, expected: 'minYears not above maxYears', found: `${o.minYears} > ${o.maxYears}` });
    }
  }

  // Confiscation features marked present have their sub-clause.
  const features: [keyof Frontmatter['confiscation'], string][] = [
    ['proceeds', 'Proceeds'],
    ['instrumentalities', 'Instrumentalities'],
    ['valueBased', 'Value confiscation'],
    ['extended', 'Extended confiscation'],
  ];
  for (const [field, label] of features) {
    if (fm.confiscation[field] === true && !sub(clauses, 'confiscation', label)) {
      problems.push({ file, line: fmLine, where: `Confiscation › ${label}`, expected: `a "${label}" sub-clause (confiscation.${field} is true)`, found: 'no such sub-clause' });
    }
  }

  // Identity.
  if (fm.kind === 'state' && fm.iso2 === null) {
    problems.push({ file, line: fmLine, where: 'iso2', expected: 'a two-letter ISO code for a state', found: 'null' });
  }
  if (fm.kind === 'instrument' && fm.iso2 !== null) {
    problems.push({ file, line: fmLine, where: 'iso2', expected: 'null for an instrument', found: JSON.stringify(fm.iso2) });
  }
  return problems;
}
