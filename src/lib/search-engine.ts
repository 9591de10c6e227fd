/**
 * The search engine that runs in the browser (and in the benchmark). A query is split into
 * groups: each vocabulary phrase it contains (in English or French, by label or synonym)
 * becomes one concept that also matches the canonical English wordings; every other word is
 * a group of its own. Each word is matched against the term dictionary (exact, prefix, and,
 * when there is no exact term, fuzzy with fuse.js over the dictionary only), and the
 * postings of the matched terms are unioned per group and intersected across groups, so a
 * record must match every group. Only the hits are ranked: exact citations first, entry
 * names, then match quality and density.
 */
import Fuse from 'fuse.js/basic';
import { matchesFilters, type EntryFilters } from './filters.js';
import { decodePostings, type IndexedEntry, type RecordRef, type SerializedIndex } from './search-index.js';
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

type Scores = Map<number, number>;

interface Group {
  /** Alternatives; each is a list of words that must all match. */
  readonly alternatives: readonly (readonly string[])[];
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

function words(s: string): string[] {
  return tokensWithOffsets(s).map((t) => t.term);
}

/** Every vocabulary wording (label or synonym, English or French) with its concept, longest first. */
function vocabularyWordings(): Concept[] {
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

/** The search engine over a serialised index. */
export class SearchEngine {
  private readonly index: SerializedIndex;
  private readonly termIndex: Map<string, number>;
  private readonly fuse: Fuse<string>;
  private readonly postingsCache = new Map<number, Int32Array>();
  private readonly citations = new Map<number, string>();
  private readonly citationCache = new Map<number, Set<number>>();
  private readonly concepts = vocabularyWordings();

  constructor(index: SerializedIndex) {
    this.index = index;
    this.termIndex = new Map(index.terms.map((t, i) => [t, i]));
    const fuseIndex = Fuse.parseIndex<string>({ keys: [...index.fuse.keys] as Parameters<typeof Fuse.parseIndex>[0]['keys'], records: index.fuse.records });
    this.fuse = new Fuse([...index.terms], { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 2 }, fuseIndex);
    for (const [t, p] of index.citations) this.citations.set(t, p);
  }

  /** Number of records in the index. */
  get size(): number {
    return this.index.records.length;
  }

  private postings(term: number): Int32Array {
    let p = this.postingsCache.get(term);
    if (!p) {
      p = decodePostings(this.index.postings[term] ?? '');
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
    const exact = this.termIndex.get(word);
    if (exact !== undefined) out.push({ term: exact, quality: QUALITY.exact });
    if (word.length >= 2) {
      const terms = this.index.terms;
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
      for (const r of this.fuse.search(word, { limit: 8 })) {
        if (out.some((o) => o.term === r.refIndex)) continue;
        out.push({ term: r.refIndex, quality: QUALITY.fuzzy * (1 - (r.score ?? 0)) });
      }
    }
    return out;
  }

  private wordScores(word: string, used: Set<string>): Scores {
    const scores: Scores = new Map();
    for (const { term, quality } of this.expandWord(word)) {
      used.add(this.index.terms[term] as string);
      for (const id of this.postings(term)) {
        if ((scores.get(id) ?? 0) < quality) scores.set(id, quality);
      }
    }
    return scores;
  }

  private groupScores(group: Group, used: Set<string>): Scores {
    const best: Scores = new Map();
    for (const alt of group.alternatives) {
      let acc: Scores | null = null;
      for (const w of alt) {
        const s = this.wordScores(w, used);
        if (acc === null) acc = s;
        else {
          const next: Scores = new Map();
          for (const [id, v] of acc) {
            const q = s.get(id);
            if (q !== undefined) next.set(id, v + q);
          }
          acc = next;
        }
        if (acc.size === 0) break;
      }
      if (!acc) continue;
      const norm = alt.length || 1;
      for (const [id, v] of acc) if ((best.get(id) ?? 0) < v / norm) best.set(id, v / norm);
    }
    return best;
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
      const alternatives = [own, ...c.english.map((e) => words(e).filter((w) => !STOPWORDS.has(w)))].filter((a) => a.length > 0);
      groups.push({ alternatives: [...new Map(alternatives.map((a) => [a.join(' '), a])).values()] });
      concepts.push({ phrase: c.wording, label: c.label });
      folded = `${folded.slice(0, m.index)} ${' '.repeat(m[0].length)} ${folded.slice(m.index + m[0].length)}`;
    }
    const rest = words(folded);
    const meaningful = rest.filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\p{N}/u.test(w)));
    for (const w of meaningful.length || groups.length ? meaningful : rest) groups.push({ alternatives: [[w]] });
    return { groups, concepts };
  }

  /** Runs a query with optional filters; returns the best `limit` hits. */
  search(query: string, options: { filters?: EntryFilters; limit?: number } = {}): SearchResult {
    const { groups, concepts } = this.parse(query);
    if (!groups.length) return { hits: [], total: 0, concepts };
    const used = new Set<string>();
    const perGroup = groups.map((g) => this.groupScores(g, used)).sort((a, b) => a.size - b.size);
    let acc = perGroup[0] as Scores;
    for (const s of perGroup.slice(1)) {
      const next: Scores = new Map();
      for (const [id, v] of acc) {
        const q = s.get(id);
        if (q !== undefined) next.set(id, v + q);
      }
      acc = next;
      if (!acc.size) break;
    }
    const filters = options.filters ?? {};
    const filtering = Object.values(filters).some(Boolean);
    const citationTerms = words(fold(query))
      .filter(isCitationLike)
      .map((w) => this.termIndex.get(w))
      .filter((t): t is number => t !== undefined);
    const queryWords = new Set(words(fold(query)).filter((w) => !STOPWORDS.has(w)));
    const hits: SearchHit[] = [];
    for (const [id, base] of acc) {
      const ref = this.index.records[id] as RecordRef;
      const entry = ref.type === 'term' ? null : (this.index.entries[ref.entry] ?? null);
      if (filtering && (!entry || !matchesFilters(entry, filters))) continue;
      let score = base;
      for (const t of citationTerms) if (this.citedIn(t).has(id)) score += CITATION_BONUS;
      if (ref.type === 'entry' && entry && queryWords.size) {
        if ([...queryWords].every((w) => words(entry.name).includes(w))) score += NAME_BONUS;
        else if ([...queryWords].every((w) => words(entry.titles).includes(w))) score += NAME_BONUS - 1;
      }
      if (ref.type === 'subclause' && words(ref.label).every((w) => queryWords.has(w))) score += LABEL_BONUS;
      score += 0.5 / Math.sqrt(1 + (this.index.lengths[id] ?? 0));
      hits.push({ id, ref, entry, score, terms: used });
    }
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
    return { hits: hits.slice(0, options.limit ?? 20), total: hits.length, concepts };
  }
}
