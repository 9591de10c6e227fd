/**
 * Aligns entries clause to clause and sub-clause label to label (DESIGN §3), and diffs
 * each aligned sub-clause against the baseline's. A label present on one side only is a
 * wholly added or removed sub-clause. Citations are compared apart from the text, so
 * that different article numbers do not drown the substantive differences.
 */
import type { Clauses, Subclause } from './clauses.js';
import { diffText, type TextDiff } from './diff-text.js';

/**
 * Below this share of common wording, two sub-clauses are "worded differently throughout":
 * a word diff would be noise, so none is computed and the text is shown without marks.
 */
export const REWORDED = 0.3;
import { CLAUSES, SUBCLAUSE_LABELS, type ClauseId } from './vocabulary.js';

/** What an entry contributes to a comparison: a slug, a name and its clauses. */
export interface Comparable {
  readonly slug: string;
  readonly name: string;
  readonly clauses: Clauses;
}

/** One entry's cell in an aligned row. */
export interface AlignedCell {
  readonly slug: string;
  /** The sub-clause, or null when this entry has no sub-clause with the row's label. */
  readonly subclause: Subclause | null;
  /** The text without its trailing citation. */
  readonly body: string | null;
  /**
   * Diff of this cell's body against the baseline's body (baseline column: null).
   * A sub-clause missing on one side diffs against the empty string, so it reads as
   * wholly added or wholly removed.
   */
  readonly diff: TextDiff | null;
  /** How this cell relates to the baseline's. */
  readonly status: 'baseline' | 'same' | 'changed' | 'added' | 'removed' | 'absent';
}

/** One aligned sub-clause row. */
export interface AlignedRow {
  readonly clause: ClauseId;
  readonly label: string;
  /** Row anchor, e.g. `definition-means`. */
  readonly anchor: string;
  readonly cells: readonly AlignedCell[];
}

/** One aligned clause. */
export interface AlignedClause {
  readonly id: ClauseId;
  readonly heading: string;
  readonly rows: readonly AlignedRow[];
}

/** Removes the trailing bracketed citation (and the full stop after it) from a sub-clause text. */
export function bodyOf(s: Subclause): string {
  const t = s.text.replace(/[\s.;]+$/u, '');
  const cut = t.length - s.citation.length - 2;
  return t.slice(cut, cut + 1) === '(' ? t.slice(0, cut).replace(/[\s,;:]+$/u, '') : s.text;
}

/**
 * Aligns `entries` (the first is the baseline) over the given clauses, in the grammar's
 * label order. Rows where no entry has the label are left out.
 */
export function alignEntries(entries: readonly Comparable[], clauses: readonly ClauseId[] = CLAUSES.map((c) => c.id)): AlignedClause[] {
  const [baseline] = entries;
  if (!baseline) return [];
  return clauses.map((id) => {
    const heading = CLAUSES.find((c) => c.id === id)?.heading ?? id;
    const rows: AlignedRow[] = [];
    for (const label of SUBCLAUSE_LABELS[id]) {
      const subs = entries.map((e) => e.clauses[id].subclauses.find((s) => s.label === label.label) ?? null);
      if (subs.every((s) => s === null)) continue;
      const base = subs[0] ?? null;
      const baseBody = base ? bodyOf(base) : '';
      const cells = entries.map((e, i): AlignedCell => {
        const s = subs[i] ?? null;
        const body = s ? bodyOf(s) : null;
        if (i === 0) return { slug: e.slug, subclause: s, body, diff: null, status: 'baseline' };
        if (!s && !base) return { slug: e.slug, subclause: null, body: null, diff: null, status: 'absent' };
        const diff = diffText(baseBody, body ?? '', { minSimilarity: REWORDED });
        const status = !base ? 'added' : !s ? 'removed' : baseBody === body ? 'same' : 'changed';
        return { slug: e.slug, subclause: s, body, diff, status };
      });
      rows.push({ clause: id, label: label.label, anchor: `${id}-${label.key}`, cells });
    }
    return { id, heading, rows };
  });
}
