/** Search: records, normalisation, ranking, synonyms, typos, filters — on the real entries. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, decodePostings, encodePostings, sourceRecords } from '../../src/lib/search-index.js';
import { SearchEngine } from '../../src/lib/search-engine.js';
import { highlightRanges, searchTerms, stem } from '../../src/lib/search-text.js';
import { matchesFilters, penaltyBucket } from '../../src/lib/filters.js';
import { ENTRIES } from '../helpers/content.js';

const index = JSON.parse(JSON.stringify(buildSearchIndex(ENTRIES))) as ReturnType<typeof buildSearchIndex>;
const engine = new SearchEngine(index);
const where = (q: string, filters = {}) =>
  engine.search(q, { filters, limit: 50 }).hits.map((h) => (h.ref.type === 'term' ? `term:${h.ref.id}` : h.ref.type === 'entry' ? (h.entry?.slug ?? '') : `${h.entry?.slug}#${h.ref.anchor}`));
const slugs = (q: string, filters = {}) => [...new Set(engine.search(q, { filters, limit: 200 }).hits.filter((h) => h.entry).map((h) => h.entry?.slug))].sort();

describe('records and normalisation', () => {
  it('has one record per entry, per sub-clause and per vocabulary term', () => {
    const { records } = sourceRecords(ENTRIES);
    const subclauses = ENTRIES.reduce((n, e) => n + Object.values(e.clauses).reduce((m, c) => m + c.subclauses.length, 0), 0);
    expect(records.filter((r) => r.ref.type === 'entry')).toHaveLength(ENTRIES.length);
    expect(records.filter((r) => r.ref.type === 'subclause')).toHaveLength(subclauses);
    expect(records.filter((r) => r.ref.type === 'term').length).toBeGreaterThan(40);
    const canada = records.find((r) => r.ref.type === 'entry' && ENTRIES[r.ref.entry]?.slug === 'canada');
    expect(canada?.text).toContain('Criminal Code (R.S.C., 1985, c. C-46)');
  });

  it('folds case, accents and plurals, keeps article numbers whole, drops function words', () => {
    expect(searchTerms('La Mendicité des Victimes, art. 225-4-1 et § 232a; s 279.011')).toEqual(['mendicite', 'victime', 'art', '225-4-1', '232a', '279.011']);
    expect(stem('organs')).toBe('organ');
    expect(stem('process')).toBe('process');
  });

  it('round-trips postings', () => {
    expect([...decodePostings(encodePostings([0, 3, 4, 100, 1295]))]).toEqual([0, 3, 4, 100, 1295]);
    expect([...decodePostings('')]).toEqual([]);
  });

  it('maps highlights back to the original text, accents included', () => {
    const text = 'La mendicité forcée (art. 2)';
    const ranges = highlightRanges(text, new Set(['mendicite', 'forcee']));
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['mendicité', 'forcée']);
  });
});

describe('queries', () => {
  it('ranks the entry citing an exact article number first', () => {
    expect(where('279.011')[0]).toMatch(/^canada/);
    expect(where('§ 232')[0]).toMatch(/^germany/);
    expect(where('104a')[0]).toMatch(/^austria/);
  });

  it('finds an entry by name or instrument title', () => {
    expect(where('Germany')[0]).toBe('germany');
    expect(where('Strafgesetzbuch')[0]).toMatch(/^(germany|austria)$/);
  });

  it('requires every word and forgives typos', () => {
    expect(slugs('organ removal germany')).toEqual(['germany']);
    expect(where('confiscaton').length).toBeGreaterThan(3);
    expect(where('confiscaton').slice(0, 8).every((w) => w.includes('#confiscation-'))).toBe(true);
  });

  it('reads French and English synonyms as the canonical term', () => {
    const english = slugs('forced begging');
    expect(english).toEqual(expect.arrayContaining(['austria', 'germany']));
    expect(slugs('mendicité')).toEqual(english);
    expect(slugs('mendicite')).toEqual(english);
    expect(engine.search('travail forcé').concepts).toEqual([{ phrase: 'travail force', label: 'forced labour or services' }]);
    expect(slugs('travail forcé')).toEqual(expect.arrayContaining(['austria', 'germany', 'un-trafficking-protocol']));
  });

  it('puts the sub-clause named by the query first', () => {
    expect(where('confiscation of proceeds').slice(0, 3).some((w) => w.endsWith('#confiscation-proceeds'))).toBe(true);
  });

  it('combines with filters', () => {
    const instruments = slugs('forced begging', { kind: 'instrument' });
    expect(instruments).toContain('un-trafficking-protocol');
    const entry = (slug: string | undefined) => ENTRIES.find((e) => e.slug === slug);
    expect(instruments.every((s) => entry(s)?.kind === 'instrument')).toBe(true);
    expect(instruments).not.toContain('germany');
    const americas = slugs('confiscation', { region: 'americas' });
    expect(americas).toContain('canada');
    expect(americas.length).toBeGreaterThan(1);
    expect(americas.every((s) => entry(s)?.region === 'americas')).toBe(true);
    expect(americas).not.toContain('germany');
    expect(where('zzzzqqq')).toEqual([]);
  });
});

describe('filters', () => {
  it('matches on every fact and buckets penalties', () => {
    const { indexed } = sourceRecords(ENTRIES);
    const canada = indexed.find((e) => e.slug === 'canada');
    if (!canada) throw new Error('no canada');
    expect(matchesFilters(canada, { means: 'no', childAge: '18', penalty: 'life', purpose: 'organ-removal' })).toBe(true);
    expect(matchesFilters(canada, { purpose: 'forced-begging' })).toBe(false);
    expect([penaltyBucket(5), penaltyBucket(10), penaltyBucket(15), penaltyBucket(20), penaltyBucket(null)]).toEqual(['up-to-5', '5-10', '10-15', 'over-15', 'unknown']);
  });
});
