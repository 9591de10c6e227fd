/**
 * Builds the search index at build time. Records are what people look for: an entry (its
 * name, summary and instruments), each sub-clause (with its clause, label and citation),
 * and each vocabulary term (English and French labels and synonyms).
 *
 * The index is a term dictionary with postings: each distinct folded term lists the
 * records that contain it (delta-encoded), and citation terms are listed apart so an exact
 * article number ranks its entry first. The dictionary itself is indexed with
 * `Fuse.createIndex`, so the browser only fuzzy-matches query words against terms, never
 * scans every record.
 */
import Fuse from 'fuse.js/basic';
import type { Entry } from './entry.js';
import { searchTerms } from './search-text.js';
import { CLAUSES, ELEMENT_GROUPS, LEGAL_FAMILIES, REGIONS, type ClauseId, type ElementGroup } from './vocabulary.js';

/** Facts of an entry that filters use. */
export interface IndexedEntry {
  readonly slug: string;
  readonly name: string;
  readonly kind: Entry['kind'];
  readonly region: string;
  readonly legalFamily: string;
  readonly basis: string;
  readonly purposes: readonly string[] | null;
  readonly meansRequiredForAdults: boolean | null;
  readonly childAge: number | null;
  readonly maxTerm: number | 'life' | 'death' | null;
  /** The entry's name and its instruments' titles, for title matches. */
  readonly titles: string;
}

/** What a search hit points at. */
export type RecordRef =
  | { readonly type: 'entry'; readonly entry: number }
  | { readonly type: 'subclause'; readonly entry: number; readonly clause: ClauseId; readonly label: string; readonly anchor: string }
  | { readonly type: 'term'; readonly group: ElementGroup; readonly id: string; readonly label: string; readonly fr: string };

/** The index as shipped to the browser (JSON). */
export interface SerializedIndex {
  readonly version: 1;
  readonly entries: readonly IndexedEntry[];
  readonly records: readonly RecordRef[];
  /** Number of searchable terms in each record (for density ranking). */
  readonly lengths: readonly number[];
  /** The term dictionary, sorted. */
  readonly terms: readonly string[];
  /** Postings of each term: record ids, delta-encoded in base 36, joined by '.'. */
  readonly postings: readonly string[];
  /** Citation postings: [term index, encoded record ids] for terms that occur in a citation. */
  readonly citations: readonly (readonly [number, string])[];
  /** `Fuse.createIndex` over `terms`, serialised (`FuseIndex.toJSON()`). */
  readonly fuse: ReturnType<ReturnType<typeof Fuse.createIndex<string>>['toJSON']>;
}

/** A record before indexing: its reference, its text and its citation. */
export interface SourceRecord {
  readonly ref: RecordRef;
  readonly text: string;
  readonly citation?: string;
}

/** Encodes sorted record ids as base-36 deltas joined by '.'. */
export function encodePostings(ids: readonly number[]): string {
  let prev = 0;
  return ids
    .map((id, i) => {
      const d = i === 0 ? id : id - prev;
      prev = id;
      return d.toString(36);
    })
    .join('.');
}

/** Decodes {@link encodePostings}. */
export function decodePostings(s: string): Int32Array {
  if (!s) return new Int32Array(0);
  const parts = s.split('.');
  const out = new Int32Array(parts.length);
  let acc = 0;
  for (let i = 0; i < parts.length; i++) {
    acc += parseInt(parts[i] as string, 36);
    out[i] = acc;
  }
  return out;
}

/** The records of a set of entries, vocabulary terms included. */
export function sourceRecords(entries: readonly Entry[]): { indexed: IndexedEntry[]; records: SourceRecord[] } {
  const indexed = entries.map(
    (e): IndexedEntry => ({
      slug: e.slug,
      name: e.name,
      kind: e.kind,
      region: e.region,
      legalFamily: e.legalFamily,
      basis: e.basis,
      purposes: e.elements.purposes,
      meansRequiredForAdults: e.elements.meansRequiredForAdults,
      childAge: e.elements.childAge,
      maxTerm: e.penalties.maxTerm,
      titles: [e.name, ...e.instruments.flatMap((x) => [x.title, x.titleEn])].join(' · '),
    }),
  );
  const records: SourceRecord[] = [];
  entries.forEach((e, i) => {
    const region = REGIONS.find((r) => r.id === e.region);
    const family = LEGAL_FAMILIES.find((f) => f.id === e.legalFamily);
    records.push({
      ref: { type: 'entry', entry: i },
      text: [e.name, e.summary ?? '', ...e.instruments.flatMap((x) => [x.title, x.titleEn, x.citation]), region?.en ?? '', region?.fr ?? '', family?.en ?? ''].join(' \n '),
      citation: e.instruments.map((x) => x.citation).join(' '),
    });
    for (const c of CLAUSES) {
      for (const s of e.clauses[c.id].subclauses) {
        records.push({
          ref: { type: 'subclause', entry: i, clause: c.id, label: s.label, anchor: s.anchor },
          text: `${c.heading} ${s.label} ${s.text}`,
          citation: s.citation,
        });
      }
    }
  });
  for (const [group, terms] of Object.entries(ELEMENT_GROUPS) as [ElementGroup, (typeof ELEMENT_GROUPS)[ElementGroup]][]) {
    for (const t of terms) {
      records.push({ ref: { type: 'term', group, id: t.id, label: t.en, fr: t.fr }, text: [t.en, t.fr, ...t.synonymsEn, ...t.synonymsFr].join(' ') });
    }
  }
  return { indexed, records };
}

/** Builds the serialised index from records. */
export function buildIndex(indexed: readonly IndexedEntry[], records: readonly SourceRecord[]): SerializedIndex {
  const post = new Map<string, number[]>();
  const cite = new Map<string, number[]>();
  const lengths: number[] = [];
  records.forEach((r, id) => {
    const terms = searchTerms(r.text);
    lengths.push(terms.length);
    for (const t of new Set(terms)) {
      const list = post.get(t);
      if (list) list.push(id);
      else post.set(t, [id]);
    }
    if (r.citation) {
      for (const t of new Set(searchTerms(r.citation))) {
        const list = cite.get(t);
        if (list) list.push(id);
        else cite.set(t, [id]);
      }
    }
  });
  const terms = [...post.keys()].sort();
  const termIndex = new Map(terms.map((t, i) => [t, i]));
  return {
    version: 1,
    entries: indexed,
    records: records.map((r) => r.ref),
    lengths,
    terms,
    postings: terms.map((t) => encodePostings(post.get(t) ?? [])),
    citations: [...cite.entries()].map(([t, ids]) => [termIndex.get(t) ?? -1, encodePostings(ids)] as const).filter(([i]) => i >= 0).sort((a, b) => a[0] - b[0]),
    fuse: Fuse.createIndex([], terms).toJSON(),
  };
}

/** Builds the site's search index from its entries. */
export function buildSearchIndex(entries: readonly Entry[]): SerializedIndex {
  const { indexed, records } = sourceRecords(entries);
  return buildIndex(indexed, records);
}
