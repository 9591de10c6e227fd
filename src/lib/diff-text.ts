/**
 * Word-level text diff for clause comparison, on jsdiff's array differ.
 *
 * - Tokens: numbers with their separators ("10", "279.011", "225-4-1") are one token, so
 *   "10 years" against "15 years" marks the number; words, whitespace runs and each
 *   punctuation mark are tokens; CJK characters are one token each. Tokenising is
 *   lossless: the tokens concatenate back to the input.
 * - Cost is bounded: the word diff may use at most a budget of edits scaled to the input
 *   size; past it, a sentence-level diff is tried under the same rule, and past that the
 *   two texts are shown as one removed and one added block. The mode used is reported so
 *   the page can say so.
 * - Lossless: the parts that are not added reassemble the old text, the parts that are
 *   not removed reassemble the new text.
 */
import { diffArrays } from 'diff';

/** One run of the diff. */
export interface DiffPart {
  readonly value: string;
  readonly added: boolean;
  readonly removed: boolean;
}

/**
 * How the diff was computed: word by word, sentence by sentence, as whole blocks (too
 * long and unlike for the edit budget), or not at all because the texts share too little
 * wording for a word diff to mean anything (`reworded`).
 */
export type DiffMode = 'word' | 'sentence' | 'block' | 'reworded';

/** A diff and the mode it fell back to. */
export interface TextDiff {
  readonly parts: readonly DiffPart[];
  readonly mode: DiffMode;
}

const TOKEN = /\p{N}+(?:[.,\-–/]\p{N}+)*|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{M}\p{N}_'’]+|\s+|[\s\S]/gu;
const SENTENCE = /[^.!?;\n]*(?:[.!?;]+|\n|$)\s*/gu;

/** Splits a text into diff tokens (lossless). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Splits a text into sentences, each with its trailing punctuation and space (lossless). */
export function sentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).filter((s) => s.length > 0);
}

/**
 * The edit budget for inputs of `n` tokens in all: Myers' algorithm costs about n × edits,
 * so the budget keeps that product under a fixed bound (a few million steps).
 */
export function editBudget(n: number, work = 3_000_000): number {
  return Math.max(8, Math.min(5_000, Math.floor(work / Math.max(1, n))));
}

function arrayDiff(a: string[], b: string[], timeoutMs: number, work: number | undefined): DiffPart[] | null {
  const changes = diffArrays(a, b, { maxEditLength: editBudget(a.length + b.length, work), timeout: timeoutMs });
  if (!changes) return null;
  return changes.map((c) => ({ value: c.value.join(''), added: Boolean(c.added), removed: Boolean(c.removed) }));
}

/**
 * Folds whitespace-only common runs that sit between two changes into the changes, so
 * that "a b c" → "x y z" reads as one replaced phrase rather than three. Lossless.
 */
export function absorbWhitespace(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] as DiffPart;
    const prev = parts[i - 1];
    const next = parts[i + 1];
    if (!p.added && !p.removed && /^\s+$/u.test(p.value) && prev && next && (prev.added || prev.removed) && (next.added || next.removed)) {
      out.push({ value: p.value, added: false, removed: true }, { value: p.value, added: true, removed: false });
      continue;
    }
    out.push(p);
  }
  return mergeAdjacent(out);
}

/** Orders each change group as removed-then-added and merges neighbours of the same kind. */
function mergeAdjacent(parts: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let i = 0;
  while (i < parts.length) {
    const p = parts[i] as DiffPart;
    if (!p.added && !p.removed) {
      const last = out.at(-1);
      if (last && !last.added && !last.removed) out[out.length - 1] = { ...last, value: last.value + p.value };
      else out.push(p);
      i++;
      continue;
    }
    let removed = '';
    let added = '';
    while (i < parts.length && ((parts[i] as DiffPart).added || (parts[i] as DiffPart).removed)) {
      const q = parts[i] as DiffPart;
      if (q.removed) removed += q.value;
      else added += q.value;
      i++;
    }
    if (removed) out.push({ value: removed, added: false, removed: true });
    if (added) out.push({ value: added, added: true, removed: false });
  }
  return out;
}

/** Options of {@link diffText}. */
export interface DiffOptions {
  /** Safety net in milliseconds for each stage (the edit budget is the main bound). */
  readonly timeoutMs?: number;
  /** Work bound of the edit budget (see {@link editBudget}); tests lower it to force fallbacks. */
  readonly work?: number;
  /**
   * Skip the word diff when even the best alignment could not reach this similarity
   * (see {@link similarityBound}); the result is then two whole blocks, mode `reworded`.
   */
  readonly minSimilarity?: number;
}

/**
 * An upper bound of {@link similarity} for two texts, from their shared word tokens
 * (as multisets), computed in linear time: no diff can find more in common than that.
 */
export function similarityBound(a: string, b: string): number {
  const count = new Map<string, number>();
  let lenA = 0;
  let lenB = 0;
  for (const t of tokenize(a)) {
    if (/^\s+$/u.test(t)) continue;
    lenA += t.length;
    count.set(t, (count.get(t) ?? 0) + 1);
  }
  let shared = 0;
  for (const t of tokenize(b)) {
    if (/^\s+$/u.test(t)) continue;
    lenB += t.length;
    const n = count.get(t) ?? 0;
    if (n > 0) {
      shared += t.length;
      count.set(t, n - 1);
    }
  }
  return lenA + lenB === 0 ? 1 : (2 * shared) / (lenA + lenB);
}

/**
 * Diffs two texts word by word, falling back to sentences and then to whole blocks when
 * the texts are too long and too unlike for the edit budget.
 */
export function diffText(oldText: string, newText: string, options: DiffOptions = {}): TextDiff {
  const timeoutMs = options.timeoutMs ?? 80;
  if (oldText === newText) return { parts: oldText ? [{ value: oldText, added: false, removed: false }] : [], mode: 'word' };
  if (options.minSimilarity !== undefined && oldText && newText && similarityBound(oldText, newText) < options.minSimilarity) {
    return { parts: [{ value: oldText, added: false, removed: true }, { value: newText, added: true, removed: false }], mode: 'reworded' };
  }
  const words = arrayDiff(tokenize(oldText), tokenize(newText), timeoutMs, options.work);
  if (words) return { parts: absorbWhitespace(words), mode: 'word' };
  const sents = arrayDiff(sentences(oldText), sentences(newText), timeoutMs, options.work);
  if (sents) return { parts: mergeAdjacent(sents), mode: 'sentence' };
  const parts: DiffPart[] = [];
  if (oldText) parts.push({ value: oldText, added: false, removed: true });
  if (newText) parts.push({ value: newText, added: true, removed: false });
  return { parts, mode: 'block' };
}

/**
 * Share of the new text that the two texts have in common (0–1). Below about a third, a
 * word diff is mostly noise: the texts are worded differently throughout.
 */
export function similarity(parts: readonly DiffPart[]): number {
  const common = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + p.value.trim().length, 0);
  const added = parts.filter((p) => p.added).reduce((n, p) => n + p.value.trim().length, 0);
  const removed = parts.filter((p) => p.removed).reduce((n, p) => n + p.value.trim().length, 0);
  const total = common * 2 + added + removed;
  return total === 0 ? 1 : (common * 2) / total;
}

/** The old text a diff was computed from (parts not added). */
export function oldSide(parts: readonly DiffPart[]): string {
  return parts.filter((p) => !p.added).map((p) => p.value).join('');
}

/** The new text a diff was computed from (parts not removed). */
export function newSide(parts: readonly DiffPart[]): string {
  return parts.filter((p) => !p.removed).map((p) => p.value).join('');
}
