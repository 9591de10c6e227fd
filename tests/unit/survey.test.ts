/** The 2005 survey data: it validates, every measure is referenced, every respondent is there once. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readSurvey, surveyExport, SURVEY_MEASURES } from '../../src/lib/survey.js';

const FILE = 'content/survey-2005/survey.yaml';
const TEXT = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8');
/** The report (E/CN.15/2005/8, French) has paragraphs 1–88 and notes 1–30. */
const PARAGRAPHS = 88;
const NOTES = 30;

describe('survey-2005 data', () => {
  const { survey, problems } = readSurvey(FILE, TEXT);

  it('validates against its schema', () => {
    expect(problems).toEqual([]);
    expect(survey?.source).toBe('E/CN.15/2005/8');
  });

  it('has each of the 37 responding States exactly once, and the four organisations', () => {
    expect(survey?.states).toHaveLength(37);
    expect(new Set(survey?.states.map((s) => s.slug)).size).toBe(37);
    expect(survey?.organisations).toHaveLength(4);
    const sm = survey?.states.find((s) => s.slug === 'serbia-and-montenegro');
    expect(sm?.today).toEqual(['serbia', 'montenegro']);
  });

  it('gives a reference for every measure and figure, to a paragraph or footnote that exists', () => {
    const refs = (survey?.states ?? []).flatMap((s) => [...Object.values(s.measures).map((m) => m.ref), ...s.figures.map((f) => f.ref), ...s.notes.map((n) => n.ref)]);
    expect(refs.length).toBeGreaterThan(200);
    for (const ref of refs) {
      for (const part of ref.split('; ')) {
        const [kind, n] = part.split(' ') as [string, string];
        expect(Number(n), part).toBeGreaterThanOrEqual(1);
        expect(Number(n), part).toBeLessThanOrEqual(kind === 'para' ? PARAGRAPHS : NOTES);
      }
    }
    for (const m of SURVEY_MEASURES) expect((survey?.states ?? []).some((s) => s.measures[m.id]), m.id).toBe(true);
  });

  it('refuses a measure without a reference, an unknown measure and a duplicated State, saying where', () => {
    const bad = TEXT.replace('ratified-protocol: { reported: true, ref: "para 5; fn 1" }', 'ratified-protocol: { reported: true }').replace('shelters:', 'shelter:');
    const r = readSurvey(FILE, bad);
    expect(r.survey).toBeNull();
    expect(r.problems.map((p) => p.where)).toEqual(expect.arrayContaining(['states[0].measures.ratified-protocol.ref']));
    expect(r.problems).toContainEqual(expect.objectContaining({ where: 'states[1].measures.shelter', expected: 'one of the known fields (did you mean "shelters"?)', found: 'an unknown field "shelter"' }));
    const dup = TEXT.replace('- slug: germany', '- slug: algeria');
    expect(readSurvey(FILE, dup).problems.map((p) => p.expected)).toContain('each State once ("algeria" appears twice)');
  });

  it('exports the contract shape', () => {
    const e = surveyExport(survey!);
    expect(Object.keys(e)).toEqual(['source', 'title', 'states', 'organisations']);
    expect(Object.keys(e.states[0] ?? {})).toEqual(['slug', 'name', 'today', 'measures', 'figures']);
  });
});
