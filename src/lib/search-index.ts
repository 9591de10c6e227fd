/**
 * Builds the search index at build time. Records are what people look for: an entry (its
 * name, summary and instruments), each sub-clause (with its clause, label and citation),
 * and each vocabulary term (English and French labels and synonyms).
 *
 * The index is a term dictionary with postings: each distinct folded term lists the
 * records that contain it, and citation terms are listed apart so an exact article number
 * ranks its entry first. The dictionary is indexed with `Fuse.createIndex` and shipped in
 * that serialised form (the terms are read back from it), so the browser only fuzzy-matches
 * query words against terms, never scans every record.
 *
 * Compact encodings keep the file small: a record is a pair of small integers (entry,
 * slot), postings are gaps between record ids written as base-32 digits (upper case
 * continues a number, lower case and digits end it), with no separators.
 */
import Fuse from 'fuse.js/min-basic';
import type { Entry } from './entry.js';
import { searchTerms } from './search-text.js';
import { CLAUSES, ELEMENT_GROUPS, LEGAL_FAMILIES, REGIONS, SUBCLAUSE_LABELS, type ClauseId, type ElementGroup } from './vocabulary.js';

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

/** A record's slot: which sub-clause of an entry (or the entry itself), or which vocabulary term. */
type Slot = { readonly type: 'subclause'; readonly clause: ClauseId; readonly label: string; readonly anchor: string } | { readonly type: 'term'; readonly group: ElementGroup; readonly id: string; readonly label: string; readonly fr: string };

/** Every sub-clause slot of the grammar, then every vocabulary term: the record slot table. */
export const SLOTS: readonly Slot[] = [
  ...CLAUSES.flatMap((c) => SUBCLAUSE_LABELS[c.id].map((l): Slot => ({ type: 'subclause', clause: c.id, label: l.label, anchor: `${c.id}-${l.key}` }))),
  ...(Object.entries(ELEMENT_GROUPS) as [ElementGroup, (typeof ELEMENT_GROUPS)[ElementGroup]][]).flatMap(([group, terms]) => terms.map((t): Slot => ({ type: 'term', group, id: t.id, label: t.en, fr: t.fr }))),
];

/** The index as shipped to the browser (JSON). */
export interface SerializedIndex {
  readonly version: 2;
  readonly entries: readonly IndexedEntry[];
  /**
   * Records, grouped: for each entry, the slots of its sub-clause records (its own record
   * comes first and has no slot); then the slots of the vocabulary-term records. Record ids
   * are positions in this order. See {@link recordPairs}.
   */
  readonly records: { readonly entries: readonly (readonly number[])[]; readonly terms: readonly number[] };
  /** Size of each record (searchable terms), as one character each: the square root, rounded, in base 36. */
  readonly lengths: string;
  /**
   * Postings of each term (in the dictionary's order), encoded by {@link encodePostings}.
   * A term found in more than half the records is stored as its complement, prefixed with `~`.
   */
  readonly postings: readonly string[];
  /** Citation postings: [term index, encoded record ids] for terms that occur in a citation. */
  readonly citations: readonly (readonly [number, string])[];
  /** `Fuse.createIndex` over the sorted term dictionary, serialised; the terms are its records' values. */
  readonly fuse: ReturnType<ReturnType<typeof Fuse.createIndex<string>>['toJSON']>;
}

/** A record before indexing: its reference, its text and its citation. */
export interface SourceRecord {
  readonly ref: RecordRef;
  readonly text: string;
  readonly citation?: string;
}

const END = '0123456789abcdefghijklmnopqrstuv';
const MORE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ!$%&*+';

/** Encodes sorted record ids as gaps in base-32 digits; the last digit of each gap is from a different alphabet, so no separator is needed. */
export function encodePostings(ids: readonly number[]): string {
  let out = '';
  let prev = -1;
  for (const id of ids) {
    let gap = id - prev;
    prev = id;
    let digits = END[gap % 32] as string;
    gap = Math.floor(gap / 32);
    while (gap > 0) {
      digits = (MORE[gap % 32] as string) + digits;
      gap = Math.floor(gap / 32);
    }
    out += digits;
  }
  return out;
}

const END_VALUE = new Int8Array(128).fill(-1);
const MORE_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 32; i++) {
  END_VALUE[END.charCodeAt(i)] = i;
  MORE_VALUE[MORE.charCodeAt(i)] = i;
}

/** Decodes {@link encodePostings}. */
export function decodePostings(s: string): Int32Array {
  const out = new Int32Array(s.length);
  let n = 0;
  let acc = 0;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const more = MORE_VALUE[c] ?? -1;
    if (more >= 0) {
      acc = acc * 32 + more;
      continue;
    }
    prev += acc * 32 + (END_VALUE[c] ?? 0);
    acc = 0;
    out[n++] = prev;
  }
  return out.slice(0, n);
}

/** Expands the grouped records into [entry or -1, slot or -1] pairs, by record id. */
export function recordPairs(records: SerializedIndex['records']): [number, number][] {
  const out: [number, number][] = [];
  records.entries.forEach((slots, e) => {
    out.push([e, -1]);
    for (const s of slots) out.push([e, s]);
  });
  for (const s of records.terms) out.push([-1, s]);
  return out;
}

/** Decodes the postings of a term, expanding a complement (`~…`) against the record count. */
export function decodeTermPostings(encoded: string, records: number): Int32Array {
  if (!encoded.startsWith('~')) return decodePostings(encoded);
  const absent = decodePostings(encoded.slice(1));
  const out = new Int32Array(records - absent.length);
  let n = 0;
  let j = 0;
  for (let id = 0; id < records; id++) {
    if (j < absent.length && absent[j] === id) j++;
    else out[n++] = id;
  }
  return out;
}

/** Resolves a stored record pair to what it points at. */
export function resolveRecord(pair: readonly [number, number]): RecordRef {
  const [entry, slot] = pair;
  if (slot < 0) return { type: 'entry', entry };
  const s = SLOTS[slot];
  if (!s) throw new Error(`unknown record slot ${slot}`);
  return s.type === 'term' ? s : { ...s, entry };
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
          text: `${e.name} ${c.heading} ${s.label} ${s.text}`,
          citation: s.citation,
        });
      }
    }
  });
  for (const slot of SLOTS) {
    if (slot.type !== 'term') continue;
    const t = ELEMENT_GROUPS[slot.group].find((x) => x.id === slot.id);
    if (t) records.push({ ref: slot, text: [t.en, t.fr, ...t.synonymsEn, ...t.synonymsFr].join(' ') });
  }
  return { indexed, records };
}

function slotOf(ref: RecordRef): number {
  if (ref.type === 'entry') return -1;
  return SLOTS.findIndex((s) => (ref.type === 'term' ? s.type === 'term' && s.group === ref.group && s.id === ref.id : s.type === 'subclause' && s.anchor === ref.anchor));
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
      // Only article numbers earn the citation bonus, so only they are listed; a lone
      // digit (a paragraph number) is too common to single anything out.
      for (const t of new Set(searchTerms(r.citation).filter((x) => x.length > 1 && /\p{N}/u.test(x)))) {
        const list = cite.get(t);
        if (list) list.push(id);
        else cite.set(t, [id]);
      }
    }
  });
  const terms = [...post.keys()].sort();
  const termIndex = new Map(terms.map((t, i) => [t, i]));
  const n = records.length;
  const encodeTerm = (ids: readonly number[]): string => {
    if (ids.length * 2 <= n) return encodePostings(ids);
    const present = new Set(ids);
    const absent: number[] = [];
    for (let id = 0; id < n; id++) if (!present.has(id)) absent.push(id);
    return `~${encodePostings(absent)}`;
  };
  const grouped: number[][] = indexed.map(() => []);
  const termSlots: number[] = [];
  for (const r of records) {
    if (r.ref.type === 'term') termSlots.push(slotOf(r.ref));
    else if (r.ref.type === 'subclause') grouped[r.ref.entry]?.push(slotOf(r.ref));
  }
  const grouping = { entries: grouped, terms: termSlots };
  // Record ids are positions; the grouped form must rebuild them in the same order.
  recordPairs(grouping).forEach(([e, slot], id) => {
    const ref = records[id]?.ref;
    const ok = ref && (ref.type === 'term' ? e === -1 && slot === slotOf(ref) : e === ref.entry && slot === slotOf(ref));
    if (!ok) throw new Error(`search index: record ${id} is out of the grouped order`);
  });
  return {
    version: 2,
    entries: indexed,
    records: grouping,
    lengths: lengths.map((l) => Math.min(35, Math.round(Math.sqrt(l))).toString(36)).join(''),
    postings: terms.map((t) => encodeTerm(post.get(t) ?? [])),
    citations: [...cite.entries()]
      .map(([t, ids]) => [termIndex.get(t) ?? -1, encodePostings(ids)] as const)
      .filter(([i]) => i >= 0)
      .sort((a, b) => a[0] - b[0]),
    fuse: Fuse.createIndex([], terms).toJSON(),
  };
}

/** The sorted term dictionary of a serialised index (the values of its Fuse index). */
export function termsOf(index: SerializedIndex): string[] {
  const terms: string[] = [];
  for (const r of index.fuse.records as readonly { v?: string; i: number }[]) terms[r.i] = r.v ?? '';
  return terms;
}

/** Builds the site's search index from its entries. */
export function buildSearchIndex(entries: readonly Entry[]): SerializedIndex {
  const { indexed, records } = sourceRecords(entries);
  return buildIndex(indexed, records);
}
