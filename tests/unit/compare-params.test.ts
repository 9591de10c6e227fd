import { describe, expect, it } from 'vitest';
import { compareQuery, displayValue, parseCompareQuery } from '../../src/lib/compare-params.js';

const known = [
  { slug: 'un-trafficking-protocol', name: 'UN Trafficking in Persons Protocol' },
  { slug: 'germany', name: 'Germany' },
  { slug: 'austria', name: 'Austria' },
  { slug: 'canada', name: 'Canada' },
  { slug: 'france', name: 'France' },
];
const fallback = ['un-trafficking-protocol', 'austria', 'canada'];
const parse = (q: string) => parseCompareQuery(q, known, fallback);

describe('parseCompareQuery', () => {
  it('reads a valid query as is', () => {
    expect(parse('?j=germany,austria&clause=penalties&view=inline')).toEqual({ slugs: ['germany', 'austria'], clause: 'penalties', view: 'inline', messages: [] });
  });

  it('names an unknown slug and suggests close matches', () => {
    const r = parse('?j=un-trafficking-protocol,germny');
    expect(r.messages[0]).toBe('There is no entry “germny”. Did you mean Germany?');
    expect(r.slugs).toEqual(['un-trafficking-protocol', 'austria']);
    expect(r.messages[1]).toBe('A comparison needs two entries: a default entry was added.');
  });

  it('keeps the first four of more than four, and says so', () => {
    const r = parse('?j=un-trafficking-protocol,germany,austria,canada,france');
    expect(r.slugs).toEqual(['un-trafficking-protocol', 'germany', 'austria', 'canada']);
    expect(r.messages).toEqual(['A comparison shows at most 4 entries: the first 4 are shown (France left out).']);
  });

  it('falls back to the default on an empty, garbled or hostile query', () => {
    expect(parse('').slugs).toEqual(fallback);
    expect(parse('').messages).toEqual([]);
    expect(parse('?j=%E0%A4%A&clause=%%%').slugs).toEqual(fallback);
    const hostile = parse('?j="><img src=x onerror=alert(1)>&view=<script>');
    expect(hostile.slugs).toEqual(fallback);
    expect(hostile.view).toBe('side');
    expect(hostile.messages.join(' ')).toContain('There is no entry “"><img src=x onerror=alert(1)>”.');
  });

  it('adds the default baseline when one entry is given', () => {
    const r = parse('?j=germany');
    expect(r.slugs).toEqual(['un-trafficking-protocol', 'germany']);
    expect(r.messages).toEqual(['A comparison needs two entries: the default baseline was added first.']);
  });

  it('drops duplicates and unknown clauses and views with a message', () => {
    const r = parse('?j=germany,GERMANY,austria&clause=penalty&view=grid');
    expect(r.slugs).toEqual(['germany', 'austria']);
    expect(r.clause).toBe('all');
    expect(r.messages).toEqual([
      '“Germany” was listed twice; it is shown once.',
      'There is no clause “penalty”: all clauses are shown (choose from definition, aggravation, penalties, confiscation).',
      'There is no view “grid”: the side-by-side view is shown.',
    ]);
  });

  it('writes the query back so the permalink round-trips', () => {
    const r = parse('?j=germany,austria&clause=penalties');
    expect(compareQuery(r)).toBe('?j=germany,austria&clause=penalties');
    expect(parse(compareQuery(r))).toEqual({ ...r, messages: [] });
  });

  it('shortens and de-controls values for display', () => {
    expect(displayValue('a\u202eb\u0000c')).toBe('a�b�c');
    expect([...displayValue('x'.repeat(100))]).toHaveLength(40);
  });
});
