/**
 * Text normalisation for search: case and diacritics folded ("mendicite" finds
 * "mendicité"), article numbers kept whole ("225-4-1", "279.011", "232a"), common
 * English and French function words dropped. Also maps folded offsets back to the
 * original text, so matches can be highlighted where they really are.
 */
import { foldText } from './term-match.js';

/** Function words that carry no meaning for search (English and French). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an and or of the to in on by for with as at is be are was its it that this from any not no nor into than then their there these those under over such which who whom whose where when also de la le les des du et ou en un une au aux que qui par pour sur dans est sont'.split(' '),
);

const TOKEN = /\p{N}+(?:[.\-–/]\p{N}+)*\p{L}?|[\p{L}\p{N}]+/gu;

/** Folds case and diacritics (same folding as the vocabulary matcher). */
export const fold = foldText;

/** A search token with its offsets in the folded text. */
export interface SearchToken {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A light plural folding for English and French: "organs" → "organ", "victimes" → "victime".
 * Words of four letters or fewer, words ending in "ss" and anything with a digit are kept.
 */
export function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !/\p{N}/u.test(word) ? word.slice(0, -1) : word;
}

/** Tokens of a text, folded and plural-folded, with their offsets in the folded text; function words kept (callers decide). */
export function tokensWithOffsets(text: string): SearchToken[] {
  const folded = fold(text);
  return [...folded.matchAll(TOKEN)].map((m) => ({ term: stem(m[0]), start: m.index, end: m.index + m[0].length }));
}

/** Searchable terms of a text: folded tokens, without function words and one-letter words (digits kept). */
export function searchTerms(text: string): string[] {
  return tokensWithOffsets(text)
    .map((t) => t.term)
    .filter((t) => !STOPWORDS.has(t) && (t.length > 1 || /\p{N}/u.test(t)));
}

/** True for a query word that looks like an article number or citation ("225-4-1", "232", "279.011"). */
export function isCitationLike(term: string): boolean {
  return /\p{N}/u.test(term);
}

/**
 * Folds a text while recording, for each folded character, the index of the original
 * character it came from, so a match in the folded text maps back to the original.
 */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  return { folded, map };
}

/** A highlighted range in the original text. */
export interface Highlight {
  readonly start: number;
  readonly end: number;
}

/**
 * Ranges of `text` where any of `terms` (folded search terms) occurs as a whole token,
 * or as the start of a token for prefix matches, in the original text's offsets.
 */
export function highlightRanges(text: string, terms: ReadonlySet<string>, prefixes: ReadonlySet<string> = new Set()): Highlight[] {
  if (!terms.size && !prefixes.size) return [];
  const { folded, map } = foldWithMap(text);
  const out: Highlight[] = [];
  for (const m of folded.matchAll(TOKEN)) {
    const t = stem(m[0]);
    const hit = terms.has(t) || [...prefixes].some((p) => t.startsWith(p));
    if (hit) out.push({ start: map[m.index] ?? 0, end: map[m.index + t.length] ?? text.length });
  }
  return out;
}
