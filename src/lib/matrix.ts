/**
 * The divergence matrix: entries × the vocabulary's elements (acts, means, purposes, the
 * definition rules, aggravating circumstances, confiscation features), each cell present,
 * absent or not established, with the baseline as the first row and a coverage score per
 * entry. Shared by the matrix page, its CSV and its SVG.
 */
import type { Entry } from './entry.js';
import { scoreEntry, formatScore, type Score } from './score.js';
import { ACTS, AGGRAVATING, CONFISCATION_FEATURES, MEANS, PURPOSES } from './vocabulary.js';
import type { Status } from './elements.js';

/** Column groups of the matrix, in order. */
export const MATRIX_GROUPS = [
  { id: 'acts', label: 'Acts' },
  { id: 'means', label: 'Means' },
  { id: 'purposes', label: 'Purposes' },
  { id: 'rules', label: 'Child and consent rules' },
  { id: 'aggravation', label: 'Aggravating circumstances' },
  { id: 'confiscation', label: 'Confiscation' },
] as const;

export type MatrixGroupId = (typeof MATRIX_GROUPS)[number]['id'];

/** One column: an element, a rule or a feature, and how to read it from an entry. */
export interface MatrixColumn {
  readonly id: string;
  readonly group: MatrixGroupId;
  readonly label: string;
  readonly status: (e: Entry) => Status;
}

/** Shorter column labels where the vocabulary's canonical wording is long. */
const SHORT: Readonly<Record<string, string>> = {
  'exchange-of-control': 'exchange of control',
  'abuse-of-vulnerability': 'abuse of vulnerability',
  'payments-to-controller': 'payments to a controller',
  slavery: 'slavery or similar',
  'forced-labour': 'forced labour',
  'other-purpose': 'other exploitation',
};
const short = (id: string, label: string) => SHORT[id] ?? label;

const fromList = (list: readonly string[] | null, id: string): Status => (list === null ? 'not-established' : list.includes(id) ? 'present' : 'absent');
const fromFact = (v: boolean | null): Status => (v === null ? 'not-established' : v ? 'present' : 'absent');

/** Every column of the matrix, in group order. */
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  ...ACTS.map((t): MatrixColumn => ({ id: t.id, group: 'acts', label: short(t.id, t.en), status: (e) => fromList(e.elements.acts, t.id) })),
  ...MEANS.map((t): MatrixColumn => ({ id: t.id, group: 'means', label: short(t.id, t.en), status: (e) => fromList(e.elements.means, t.id) })),
  ...PURPOSES.map((t): MatrixColumn => ({ id: t.id, group: 'purposes', label: short(t.id, t.en), status: (e) => fromList(e.elements.purposes, t.id) })),
  { id: 'means-required', group: 'rules', label: 'means required for adult victims', status: (e) => fromFact(e.elements.meansRequiredForAdults) },
  { id: 'child-no-means', group: 'rules', label: 'no means needed for child victims', status: (e) => fromFact(e.elements.childMeansRequired === null ? null : !e.elements.childMeansRequired) },
  { id: 'consent-irrelevant', group: 'rules', label: 'consent irrelevant', status: (e) => fromFact(e.elements.consentIrrelevant) },
  ...AGGRAVATING.map((t): MatrixColumn => ({ id: t.id, group: 'aggravation', label: t.en.toLowerCase(), status: (e) => fromList(e.aggravatingCircumstances, t.id) })),
  ...CONFISCATION_FEATURES.map((f): MatrixColumn => ({ id: f.id, group: 'confiscation', label: f.en.toLowerCase(), status: (e) => fromFact(e.confiscation[f.id]) })),
];

/** One row: an entry, its cells and its score against the baseline. */
export interface MatrixRow {
  readonly entry: Entry;
  readonly baseline: boolean;
  readonly cells: readonly Status[];
  readonly score: Score | null;
  readonly scoreText: string;
}

/** The matrix against `baseline`: the baseline's row first, then every other entry by name. */
export function buildMatrix(entries: readonly Entry[], baseline: Entry): MatrixRow[] {
  const row = (e: Entry): MatrixRow => {
    const isBase = e.slug === baseline.slug;
    const score = isBase ? null : scoreEntry(e, baseline);
    return { entry: e, baseline: isBase, cells: MATRIX_COLUMNS.map((c) => c.status(e)), score, scoreText: isBase ? 'baseline' : formatScore(score as Score) };
  };
  const others = entries.filter((e) => e.slug !== baseline.slug).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return [row(baseline), ...others.map(row)];
}

/** The word shown for a status (with its symbol): distinguishable without colour. */
export const STATUS_TEXT: Readonly<Record<Status, { symbol: string; word: string }>> = {
  present: { symbol: '●', word: 'present' },
  absent: { symbol: '○', word: 'absent' },
  'not-established': { symbol: '?', word: 'not established' },
};

/** The matrix as CSV rows (entry, kind, score, then one column per element). */
export function matrixTable(rows: readonly MatrixRow[], columns: readonly MatrixColumn[] = MATRIX_COLUMNS): { headers: string[]; rows: string[][] } {
  const idx = columns.map((c) => MATRIX_COLUMNS.indexOf(c));
  return {
    headers: ['entry', 'slug', 'coverage score', ...columns.map((c) => `${MATRIX_GROUPS.find((g) => g.id === c.group)?.label}: ${c.label}`)],
    rows: rows.map((r) => [r.entry.name, r.entry.slug, r.scoreText, ...idx.map((i) => STATUS_TEXT[r.cells[i] ?? 'not-established'].word)]),
  };
}
