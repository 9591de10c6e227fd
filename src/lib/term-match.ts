/**
 * Finds the vocabulary terms that a sub-clause's text names. Matching is on whole words,
 * case- and diacritic-insensitive, longest wording first, so that "exchange or transfer
 * of control" counts once as `exchange-of-control` and not also as `transfer`, and
 * "forced labour" never counts as "force".
 */
import type { Term } from './vocabulary.js';

/** Lower-cases and strips diacritics, keeping string length stable enough for matching. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
}

/** A wording of a term found in a text. */
export interface TermHit {
  readonly id: string;
  /** The wording that matched, as written in the vocabulary. */
  readonly wording: string;
  /** Offset of the match in the folded text. */
  readonly index: number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * All terms of `terms` named in `text` by their English label or an English synonym.
 * Overlapping wordings are resolved longest first; each hit is reported once.
 */
export function findTerms(text: string, terms: readonly Term[]): TermHit[] {
  const folded = foldText(text);
  const wordings = terms
    .flatMap((t) => [t.en, ...t.synonymsEn].map((w) => ({ id: t.id, wording: w, folded: foldText(w) })))
    .sort((a, b) => b.folded.length - a.folded.length);
  const taken: boolean[] = new Array<boolean>(folded.length).fill(false);
  const hits: TermHit[] = [];
  for (const w of wordings) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w.folded)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      hits.push({ id: w.id, wording: w.wording, index: start });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The distinct ids named in `text`, in order of first appearance. */
export function termIdsIn(text: string, terms: readonly Term[]): string[] {
  return [...new Set(findTerms(text, terms).map((h) => h.id))];
}
