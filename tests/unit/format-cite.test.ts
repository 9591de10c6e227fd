import { describe, expect, it } from 'vitest';
import { formatCeiling, formatDate, formatRange, formatYears } from '../../src/lib/format.js';
import { citeEntry } from '../../src/lib/cite.js';

describe('format', () => {
  it('formats penalties, never turning unknown into a value', () => {
    expect(formatRange(null)).toBe('not established');
    expect(formatRange({ minYears: 0, maxYears: 5, fine: true })).toBe('up to 5 years (fine possible)');
    expect(formatRange({ minYears: 2, maxYears: 8, fine: false })).toBe('2–8 years');
    expect(formatRange({ minYears: 0.5, maxYears: 5, fine: null })).toBe('6 months to 5 years');
    expect(formatRange({ minYears: 5, maxYears: 'life', fine: false })).toBe('5 years to life imprisonment');
    expect(formatRange({ minYears: 1, maxYears: null, fine: false })).toBe('at least 1 year; maximum not established');
    expect(formatCeiling('death')).toBe('death penalty');
    expect(formatYears(2.5)).toBe('2 years 6 months');
  });

  it('formats full and partial dates', () => {
    expect(formatDate('2023-12-01')).toBe('1 December 2023');
    expect(formatDate('2009-09')).toBe('September 2009');
    expect(formatDate('2009')).toBe('2009');
    expect(formatDate(null)).toBe('not established');
  });
});

describe('citeEntry', () => {
  const c = citeEntry({ slug: 'cote-d-ivoire', name: 'Côte d’Ivoire & {test}', reviewed: '2026-11-23', asOf: '2024-01-31' }, 'https://example.org/jurisdictions/cote-d-ivoire/', '2026-11-24');

  it('writes APA and Chicago text with the permalink and dates', () => {
    expect(c.apa).toBe('Concordance contributors. (2026, November 23). Côte d’Ivoire & {test}: trafficking in persons law, clause-by-clause summary. Concordance. https://example.org/jurisdictions/cote-d-ivoire/');
    expect(c.chicago).toContain('Last reviewed 23 November 2026. Law as of 31 January 2024. Accessed 24 November 2026.');
  });

  it('escapes BibTeX specials and writes a valid RIS record', () => {
    expect(c.bibtex).toMatch(/^@misc\{concordance-cote-d-ivoire-2026,\n/);
    expect(c.bibtex).toContain('title        = {Côte d’Ivoire \\& \\{test\\}: trafficking');
    expect(c.bibtex.trim().endsWith('}')).toBe(true);
    const ris = c.ris.split('\n');
    expect(ris[0]).toBe('TY  - ELEC');
    expect(ris.at(-1)).toBe('ER  - ');
    expect(ris).toContain('UR  - https://example.org/jurisdictions/cote-d-ivoire/');
    for (const line of ris) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
  });
});
