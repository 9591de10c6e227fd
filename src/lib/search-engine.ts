/**
 * The search engine that runs in the browser (and in the benchmark). A query is split into
 * groups: each vocabulary phrase it contains (in English or French, by label or synonym)
 * becomes one concept that also matches the canonical English wordings; every other word is
 * a group of its own. Each word is matched against the term dictionary (exact, prefix, and,
 * when there is no exact term, fuzzy with fuse.js over the dictionary only); the postings
 * of the matched terms are merged per group and intersected across groups (sorted typed
 * arrays), so a record must match every group. Only the hits are scored: exact citations
 * first, entry names and titles, the sub-clause the query names, then match quality and
 * density; the best are picked without sorting every hit.
 */
import Fuse from 'fuse.js/min-basic';
import { matchesFilters, type EntryFilters } from './filters.js';
import { decodePostings, decodeTermPostings, recordPairs, resolveRecord, termsOf, type IndexedEntry, type RecordRef, type SerializedIndex, SLOTS } from './search-index.js';
import { STOPWORDS, fold, isCitationLike, tokensWithOffsets } from './search-text.js';
import { ELEMENT_GROUPS } from './vocabulary.js';

/** One result. */
export interface SearchHit {
  readonly id: number;
  readonly ref: RecordRef;
  /** The entry the record belongs to (null for vocabulary terms). */
  readonly entry: IndexedEntry | null;
  readonly score: number;
  /** Dictionary terms that matched, to highlight in the record's text. */
  readonly terms: ReadonlySet<string>;
}

/** The result of a query. */
export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Records that matched, before the limit. */
  readonly total: number;
  /** Vocabulary concepts the query was read as, e.g. "mendicité" → "forced begging". */
  readonly concepts: readonly { readonly phrase: string; readonly label: string }[];
}

/** A set of records with a match quality each, ids ascending. */
interface Matches {
  readonly ids: Int32Array;
  readonly q: Float32Array;
}

interface Group {
  /** Alternatives; each is a list of words that must all match. */
  readonly alternatives: readonly (readonly string[])[];
  /** Weight of each alternative: the query's own wording and the canonical label count fully, synonyms less. */
  readonly weights?: readonly number[];
}

interface Concept {
  readonly wording: string;
  readonly label: string;
  readonly english: readonly string[];
  readonly pattern: RegExp;
}

const QUALITY = { exact: 1, prefix: 0.75, fuzzy: 0.55 } as const;
const CITATION_BONUS = 4;
const NAME_BONUS = 3;
const LABEL_BONUS = 1.5;
const SYNONYM_WEIGHT = 0.8;
const EMPTY: Matches = { ids: new Int32Array(0), q: new Float32Array(0) };

function words(s: string): string[] {
  return tokensWithOffsets(s).map((t) => t.term);
}

/** Every vocabulary wording (label or synonym, English or French) with its concept, longest first. */
function vocabularyConcepts(): Concept[] {
  const out: Concept[] = [];
  for (const terms of Object.values(ELEMENT_GROUPS)) {
    for (const t of terms) {
      const english = [t.en, ...t.synonymsEn];
      for (const w of [t.en, t.fr, ...t.synonymsEn, ...t.synonymsFr]) {
        const wording = fold(w);
        if (wording.length < 3) continue;
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${wording.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
        out.push({ wording, label: t.en, english, pattern });
      }
    }
  }
  return out.sort((a, b) => b.wording.length - a.wording.length);
}

/** Intersects two match sets (ids ascending), adding qualities. */
function intersect(a: Matches, b: Matches): Matches {
  const n = Math.min(a.ids.length, b.ids.length);
  const ids = new Int32Array(n);
  const q = new Float32Array(n);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) {
      ids[k] = x;
      q[k++] = (a.q[i] as number) + (b.q[j] as number);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { ids: ids.subarray(0, k), q: q.subarray(0, k) };
}

/** Union of two match sets (ids ascending), keeping the better quality. */
function mergeUnion(a: Matches, b: Matches): Matches {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const q = new Float32Array(ids.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? (a.ids[i] as number) : Infinity;
    const y = j < b.ids.length ? (b.ids[j] as number) : Infinity;
    if (x === y) {
      ids[k] = x;
      q[k++] = Math.max(a.q[i++] as number, b.q[j++] as number);
    } else if (x < y) {
      ids[k] = x;
      q[k++] = a.q[i++] as number;
    } else {
      ids[k] = y;
      q[k++] = b.q[j++] as number;
    }
  }
  return { ids: ids.subarray(0, k), q: q.subarray(0, k) };
}

/** The search engine over a serialised index. */
export class SearchEngine {
  private readonly index: SerializedIndex;
  private readonly records: readonly (readonly [number, number])[];
  private readonly lengths: Float32Array;
  private readonly terms: readonly string[];
  private readonly termIndex: Map<string, number>;
  private readonly fuse: Fuse<string>;
  private readonly postingsCache = new Map<number, Int32Array>();
  private readonly citations = new Map<number, string>();
  private readonly citationCache = new Map<number, Set<number>>();
  private readonly concepts = vocabularyConcepts();
  private readonly nameWords: readonly ReadonlySet<string>[];
  private readonly titleWords: readonly ReadonlySet<string>[];
  private readonly labelWords = new Map<number, readonly string[]>();

  constructor(index: SerializedIndex) {
    this.index = index;
    this.records = recordPairs(index.records);
    this.lengths = Float32Array.from(index.lengths, (c) => parseInt(c, 36) ** 2);
    this.terms = termsOf(index);
    this.termIndex = new Map(this.terms.map((t, i) => [t, i]));
    const fuseIndex = Fuse.parseIndex<string>({ keys: [...index.fuse.keys] as Parameters<typeof Fuse.parseIndex>[0]['keys'], records: index.fuse.records });
    this.fuse = new Fuse([...this.terms], { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 }, fuseIndex);
    for (const [t, p] of index.citations) this.citations.set(t, p);
    this.nameWords = index.entries.map((e) => new Set(words(e.name)));
    this.titleWords = index.entries.map((e) => new Set(words(e.titles)));
  }

  /** Number of records in the index. */
  get size(): number {
    return this.records.length;
  }

  private postings(term: number): Int32Array {
    let p = this.postingsCache.get(term);
    if (!p) {
      p = decodeTermPostings(this.index.postings[term] ?? '', this.records.length);
      this.postingsCache.set(term, p);
    }
    return p;
  }

  private citedIn(term: number): Set<number> {
    let s = this.citationCache.get(term);
    if (!s) {
      const enc = this.citations.get(term);
      s = new Set(enc ? decodePostings(enc) : []);
      this.citationCache.set(term, s);
    }
    return s;
  }

  /** Dictionary terms a query word matches, with their quality. */
  expandWord(word: string): { term: number; quality: number }[] {
    const out: { term: number; quality: number }[] = [];
    const terms = this.terms;
    const exact = this.termIndex.get(word);
    if (exact !== undefined) out.push({ term: exact, quality: QUALITY.exact });
    if (word.length >= 2) {
      let lo = 0;
      let hi = terms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((terms[mid] as string) < word) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < terms.length && out.length < 48 && (terms[i] as string).startsWith(word); i++) {
        if (i !== exact) out.push({ term: i, quality: QUALITY.prefix * Math.sqrt(word.length / (terms[i] as string).length) });
      }
    }
    if (exact === undefined && word.length >= 4 && !isCitationLike(word)) {
      for (const f of this.fuzzy(word)) {
        if (out.some((o) => o.term === f.term)) continue;
        out.push({ term: f.term, quality: QUALITY.fuzzy * (1 - f.score) });
      }
    }
    return out;
  }

  /**
   * Fuzzy matches of a word in the dictionary. Typos seldom touch both of the first two
   * letters or change the length by more than two, so fuse.js first searches only those
   * terms; the whole dictionary (its serialised Fuse index) is searched when that finds
   * nothing.
   */
  private fuzzy(word: string): { term: number; score: number }[] {
    const candidates: number[] = [];
    for (let i = 0; i < this.terms.length; i++) {
      const t = this.terms[i] as string;
      if (Math.abs(t.length - word.length) <= 2 && (t[0] === word[0] || t[1] === word[1])) candidates.push(i);
    }
    const options = { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 };
    const near = new Fuse(candidates.map((i) => this.terms[i] as string), options)
      .search(word, { limit: 8 })
      .map((r) => ({ term: candidates[r.refIndex] as number, score: r.score ?? 0 }));
    if (near.length) return near;
    return this.fuse.search(word, { limit: 8 }).map((r) => ({ term: r.refIndex, score: r.score ?? 0 }));
  }

  /** Union of several match sets, keeping the best quality per record (pairwise merges of sorted lists). */
  private union(parts: readonly { ids: Int32Array; quality: number | Float32Array }[]): Matches {
    const sets = parts.map((p): Matches => ({ ids: p.ids, q: typeof p.quality === 'number' ? new Float32Array(p.ids.length).fill(p.quality) : p.quality }));
    if (sets.length === 0) return EMPTY;
    // Merge smallest first, like a Huffman tree, so large lists are walked few times.
    sets.sort((a, b) => a.ids.length - b.ids.length);
    while (sets.length > 1) {
      const a = sets.shift() as Matches;
      const b = sets.shift() as Matches;
      const merged = mergeUnion(a, b);
      let at = sets.findIndex((x) => x.ids.length >= merged.ids.length);
      if (at < 0) at = sets.length;
      sets.splice(at, 0, merged);
    }
    return sets[0] as Matches;
  }

  private wordMatches(word: string, used: Set<string>, cache: Map<string, Matches>): Matches {
    const hit = cache.get(word);
    if (hit) return hit;
    const m = this.union(
      this.expandWord(word).map(({ term, quality }) => {
        used.add(this.terms[term] as string);
        return { ids: this.postings(term), quality };
      }),
    );
    cache.set(word, m);
    return m;
  }

  private groupMatches(group: Group, used: Set<string>, cache: Map<string, Matches>): Matches {
    const alternatives: { ids: Int32Array; quality: Float32Array }[] = [];
    for (const [n, alt] of group.alternatives.entries()) {
      const weight = group.weights?.[n] ?? 1;
      let acc: Matches | null = null;
      for (const w of alt) {
        const m = this.wordMatches(w, used, cache);
        acc = acc ? intersect(acc, m) : m;
        if (acc.ids.length === 0) break;
      }
      if (!acc || acc.ids.length === 0) continue;
      const q = new Float32Array(acc.q.length);
      for (let i = 0; i < q.length; i++) q[i] = ((acc.q[i] as number) / alt.length) * weight;
      alternatives.push({ ids: acc.ids, quality: q });
    }
    return this.union(alternatives);
  }

  /** Splits a query into concept groups and word groups. */
  parse(query: string): { groups: Group[]; concepts: { phrase: string; label: string }[] } {
    let folded = fold(query.slice(0, 500));
    const groups: Group[] = [];
    const concepts: { phrase: string; label: string }[] = [];
    for (const c of this.concepts) {
      if (!folded.includes(c.wording)) continue;
      const m = c.pattern.exec(folded);
      if (!m) continue;
      const own = words(c.wording).filter((w) => !STOPWORDS.has(w));
      const weighted = new Map<string, { words: string[]; weight: number }>();
      // The query's own wording and the canonical label first, at full weight; other synonyms after, a little lower.
      for (const [n, a] of [own, ...c.english.map((e) => words(e).filter((w) => !STOPWORDS.has(w)))].entries()) {
        const key = a.join(' ');
        if (a.length && !weighted.has(key)) weighted.set(key, { words: a, weight: n <= 1 ? 1 : SYNONYM_WEIGHT });
      }
      groups.push({ alternatives: [...weighted.values()].map((x) => x.words), weights: [...weighted.values()].map((x) => x.weight) });
      concepts.push({ phrase: c.wording, label: c.label });
      folded = `${folded.slice(0, m.index)} ${' '.repeat(m[0].length)} ${folded.slice(m.index + m[0].length)}`;
    }
    const rest = words(folded);
    const meaningful = rest.filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\p{N}/u.test(w)));
    for (const w of meaningful.length || groups.length ? meaningful : rest) groups.push({ alternatives: [[w]] });
    return { groups, concepts };
  }

  private labelOf(slot: number): readonly string[] {
    let w = this.labelWords.get(slot);
    if (!w) {
      const s = SLOTS[slot];
      w = s && s.type === 'subclause' ? words(s.label) : [];
      this.labelWords.set(slot, w);
    }
    return w;
  }

  /** Runs a query with optional filters; returns the best `limit` hits. */
  search(query: string, options: { filters?: EntryFilters; limit?: number } = {}): SearchResult {
    const { groups, concepts } = this.parse(query);
    if (!groups.length) return { hits: [], total: 0, concepts };
    const used = new Set<string>();
    const cache = new Map<string, Matches>();
    const perGroup = groups.map((g) => this.groupMatches(g, used, cache)).sort((a, b) => a.ids.length - b.ids.length);
    let acc = perGroup[0] as Matches;
    for (const m of perGroup.slice(1)) {
      if (acc.ids.length === 0) break;
      acc = intersect(acc, m);
    }

    const filters = options.filters ?? {};
    const filtering = Object.values(filters).some(Boolean);
    const entryOk = filtering ? this.index.entries.map((e) => matchesFilters(e, filters)) : null;
    const queryTerms = words(fold(query)).filter((w) => !STOPWORDS.has(w));
    const citationSets = queryTerms
      .filter(isCitationLike)
      .map((w) => this.termIndex.get(w))
      .filter((t): t is number => t !== undefined)
      .map((t) => this.citedIn(t));
    const queryWords = new Set(queryTerms);

    const limit = options.limit ?? 20;
    const top: { id: number; score: number }[] = [];
    let total = 0;
    for (let i = 0; i < acc.ids.length; i++) {
      const id = acc.ids[i] as number;
      const [entry, slot] = this.records[id] as readonly [number, number];
      if (entryOk && (entry < 0 || !entryOk[entry])) continue;
      total++;
      let score = acc.q[i] as number;
      for (const s of citationSets) if (s.has(id)) score += CITATION_BONUS;
      if (slot < 0 && entry >= 0 && queryWords.size) {
        const names = this.nameWords[entry] as ReadonlySet<string>;
        const titles = this.titleWords[entry] as ReadonlySet<string>;
        if ([...queryWords].every((w) => names.has(w))) score += NAME_BONUS;
        else if ([...queryWords].every((w) => titles.has(w))) score += NAME_BONUS - 1;
      } else if (slot >= 0 && entry >= 0) {
        const label = this.labelOf(slot);
        if (label.length && label.every((w) => queryWords.has(w))) score += LABEL_BONUS;
      }
      score += 0.5 / Math.sqrt(1 + (this.lengths[id] ?? 0));
      if (top.length < limit || score > (top[top.length - 1] as { score: number }).score) {
        let at = top.length;
        while (at > 0 && (top[at - 1] as { score: number }).score < score) at--;
        top.splice(at, 0, { id, score });
        if (top.length > limit) top.pop();
      }
    }
    const hits = top.map(({ id, score }): SearchHit => {
      const pair = this.records[id] as readonly [number, number];
      const ref = resolveRecord(pair);
      return { id, ref, entry: pair[0] >= 0 ? (this.index.entries[pair[0]] ?? null) : null, score, terms: used };
    });
    return { hits, total, concepts };
  }
}
