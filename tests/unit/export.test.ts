import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readEntry, type Entry } from '../../src/lib/entry.js';
import { CSV_COLUMNS, buildCsv, buildExport, parseCsv } from '../../src/lib/export.js';

const entry = readEntry('example.mdx', readFileSync(new URL('../fixtures/valid/jurisdictions/example.mdx', import.meta.url), 'utf8')).entry as Entry;
const tricky: Entry = { ...entry, slug: 'tricky', name: 'Tricky, "quoted"\nname', elements: { ...entry.elements, acts: [], means: null }, penalties: { ...entry.penalties, basic: { minYears: 0.5, maxYears: 'life', fine: null } } };

describe('export', () => {
  const doc = buildExport([entry, tricky], '2026-11-23');

  it('follows the DESIGN §6 contract', () => {
    expect(doc.schemaVersion).toBe(1);
    expect(doc.generated).toBe('2026-11-23');
    const e = doc.jurisdictions[0];
    expect(Object.keys(e ?? {})).toEqual(['slug', 'name', 'kind', 'iso2', 'region', 'legalFamily', 'languages', 'summary', 'instruments', 'protocol', 'elements', 'aggravatingCircumstances', 'penalties', 'confiscation', 'sources', 'reviewed', 'basis', 'basisNote', 'clauses']);
    expect(e?.clauses.definition.subclauses[0]).toEqual({ label: 'Acts', text: 'recruitment, transportation, harbouring of a person (art. 10(1) Penal Code).' });
  });

  it('writes a CSV that parses back to the same values, keeping null apart from an empty list', () => {
    const csv = buildCsv(doc);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(2);
    doc.jurisdictions.forEach((e, i) => {
      for (const c of CSV_COLUMNS) expect(rows[i]?.[c.header], c.header).toEqual(c.get(e));
    });
    expect(rows[1]?.acts).toEqual([]);
    expect(rows[1]?.means).toBeNull();
    expect(rows[1]?.basic_maxYears).toBe('life');
  });
});
