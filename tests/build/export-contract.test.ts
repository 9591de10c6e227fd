/** The open-data export of the built site follows DESIGN §6 and covers every content file. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, parseCsv } from '../../src/lib/export.js';
import { CLAUSES } from '../../src/lib/vocabulary.js';
import { contentSlugs, exportDoc, readDist } from './dist.js';

describe('/data/jurisdictions.json', () => {
  const doc = exportDoc();
  const files = contentSlugs();

  it('has the contract header', () => {
    expect(doc.schemaVersion).toBe(1);
    expect(doc.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has one entry per content file, instruments included, with its kind', () => {
    expect(doc.jurisdictions.map((e) => e.slug).sort()).toEqual(files.map((f) => f.slug).sort());
    for (const f of files) expect(doc.jurisdictions.find((e) => e.slug === f.slug)?.kind).toBe(f.kind);
  });

  it('carries the four clauses with text and labelled sub-clauses', () => {
    for (const e of doc.jurisdictions) {
      for (const c of CLAUSES) {
        const clause = e.clauses[c.id];
        expect(clause.subclauses.length, `${e.slug} ${c.id}`).toBeGreaterThan(0);
        expect(clause.text).toBe(clause.subclauses.map((s) => `${s.label}: ${s.text}`).join('\n'));
      }
    }
  });
});

describe('/data/jurisdictions.csv', () => {
  it('parses back to the same values as the JSON, row for row', () => {
    const doc = exportDoc();
    const rows = parseCsv(readDist('data/jurisdictions.csv'));
    expect(rows.map((r) => r.slug)).toEqual(doc.jurisdictions.map((e) => e.slug));
    doc.jurisdictions.forEach((e, i) => {
      for (const c of CSV_COLUMNS) expect(rows[i]?.[c.header], `${e.slug}.${c.header}`).toEqual(c.get(e));
    });
  });
});

describe('/data/survey-2005.json', () => {
  it('matches the data file', async () => {
    const { readFileSync } = await import('node:fs');
    const { readSurvey, surveyExport } = await import('../../src/lib/survey.js');
    const data = readSurvey('survey.yaml', readFileSync(new URL('../../content/survey-2005/survey.yaml', import.meta.url), 'utf8')).survey;
    if (!data) throw new Error('survey invalid');
    const built = JSON.parse(readDist('data/survey-2005.json')) as unknown;
    expect(built).toEqual(surveyExport(data));
    expect((built as { source: string }).source).toBe('E/CN.15/2005/8');
  });
});
