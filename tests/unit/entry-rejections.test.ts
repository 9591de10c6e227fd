/**
 * Every rejection of the content check (issue "Foundation", points 4–6), each on a real
 * fixture changed in one place, asserting the message: file, line, field or clause,
 * what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readEntry } from '../../src/lib/entry.js';
import { formatProblem, formatProblems, type Problem } from '../../src/lib/problems.js';

const FILE = 'content/jurisdictions/example.mdx';
const VALID = readFileSync(new URL('../fixtures/valid/jurisdictions/example.mdx', import.meta.url), 'utf8');

/** The valid fixture with `from` replaced by `to` (which must occur exactly once). */
function mutate(from: string, to: string): string {
  const parts = VALID.split(from);
  if (parts.length !== 2) throw new Error(`fixture: "${from}" occurs ${parts.length - 1} times`);
  return parts.join(to);
}

function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`no line with ${needle}`);
  return i + 1;
}

function problemsOf(source: string): Problem[] {
  const r = readEntry(FILE, source);
  expect(r.entry).toBeNull();
  return r.problems;
}

function only(source: string): Problem {
  const problems = problemsOf(source);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0] as Problem;
}

describe('the valid fixture', () => {
  it('parses into four clauses with citations and no problem', () => {
    const r = readEntry(FILE, VALID);
    expect(r.problems).toEqual([]);
    expect(r.entry?.slug).toBe('example');
    expect(r.entry?.clauses.definition.subclauses.map((s) => s.label)).toEqual(['Acts', 'Means', 'Purposes', 'Child victims', 'Consent', 'Notes']);
    expect(r.entry?.clauses.definition.subclauses[1]).toMatchObject({ anchor: 'definition-means', citation: 'art. 10(1) Penal Code', text: 'threat, use of force, deception (art. 10(1) Penal Code).' });
    expect(r.entry?.clauses.aggravation.subclauses.map((s) => s.anchor)).toEqual(['aggravation-child-victim', 'aggravation-organised-group']);
    expect(r.entry?.clauses.penalties.text).toBe("Basic offence: 2 to 8 years' imprisonment (art. 10(1) Penal Code).\nAggravated offence: 5 to 12 years' imprisonment (art. 11 Penal Code).");
  });

  it('renders inline markup safely and keeps allowed elements', () => {
    const r = readEntry(FILE, VALID);
    expect(r.entry?.clauses.confiscation.subclauses[0]?.html).toContain('<abbr title="Penal Code">PC</abbr>');
    expect(r.entry?.clauses.definition.subclauses.at(-1)?.html).toContain('<em>Smith v. State</em>');
  });
});

describe('clause grammar (point 4)', () => {
  it('rejects a missing clause', () => {
    const src = mutate("## Confiscation\n\n- **Proceeds:** proceeds of the offence are confiscated on conviction, see <abbr title=\"Penal Code\">PC</abbr> (art. 40 Penal Code).\n", '');
    const problems = problemsOf(src);
    expect(problems).toContainEqual({ file: FILE, where: 'Confiscation', expected: 'the clause "## Confiscation" (all four clauses are required)', found: 'no such heading' });
  });

  it('rejects an unknown clause, with a suggestion', () => {
    const src = mutate('## Penalties', '## Penalty');
    const p = problemsOf(src).find((x) => x.found.includes('unknown clause'));
    expect(p).toMatchObject({ file: FILE, line: lineOf(src, '## Penalty'), where: 'body', found: 'an unknown clause "Penalty"' });
    expect(p?.expected).toContain('did you mean "Penalties"');
  });

  it('rejects a duplicated clause', () => {
    const src = `${VALID}\n## Penalties\n\n- **Notes:** again (art. 1).\n`;
    const p = only(src);
    expect(p).toEqual({ file: FILE, line: lineOf(src, '- **Notes:** again') - 2, where: 'Penalties', expected: 'each clause once', found: `"Penalties" a second time (first at line ${lineOf(VALID, '## Penalties')})` });
  });

  it('rejects clauses out of order', () => {
    const agg = VALID.slice(VALID.indexOf('## Aggravating factors'), VALID.indexOf('## Penalties'));
    const pen = VALID.slice(VALID.indexOf('## Penalties'), VALID.indexOf('## Confiscation'));
    const src = VALID.replace(agg + pen, pen + agg);
    const p = only(src);
    expect(p).toMatchObject({ file: FILE, line: lineOf(src, '## Aggravating factors'), where: 'Aggravating factors', found: '"Aggravating factors" after "Penalties"' });
    expect(p.expected).toBe('the clauses in the order "Offence definition" → "Aggravating factors" → "Penalties" → "Confiscation"');
  });

  it('rejects an unknown sub-clause label', () => {
    const src = mutate('- **Means:**', '- **Meens:**');
    const p = problemsOf(src)[0];
    expect(p).toMatchObject({ file: FILE, line: lineOf(src, '**Meens:**'), where: 'Offence definition', found: 'an unknown label "Meens"' });
    expect(p?.expected).toContain('"Means"');
    expect(p?.expected).toContain('did you mean "Means"');
  });

  it('rejects a duplicated sub-clause label', () => {
    const src = mutate('- **Notes:** transfer', '- **Means:** threat (art. 12).\n- **Notes:** transfer');
    expect(only(src)).toEqual({ file: FILE, line: lineOf(src, '- **Means:** threat (art. 12)'), where: 'Offence definition › Means', expected: 'each sub-clause label once per clause', found: `"Means" a second time (first at line ${lineOf(VALID, '- **Means:**')})` });
  });

  it('rejects an empty sub-clause', () => {
    const src = mutate("- **Consent:** the victim's consent is irrelevant once a means is used (art. 10(4) Penal Code).", '- **Consent:**');
    expect(only(src)).toEqual({ file: FILE, line: lineOf(src, '- **Consent:**'), where: 'Offence definition › Consent', expected: 'the sub-clause text after the label', found: 'an empty sub-clause' });
  });

  it('rejects a sub-clause without a citation', () => {
    const src = mutate('- **Means:** threat, use of force, deception (art. 10(1) Penal Code).', '- **Means:** threat, use of force, deception.');
    expect(only(src)).toMatchObject({ where: 'Offence definition › Means', expected: 'the article(s) cited in brackets at the end, e.g. (art. 3(a)) or (§ 232(1) StGB)' });
  });

  it('rejects a paragraph where sub-clauses are expected', () => {
    const src = mutate('## Penalties\n', '## Penalties\n\nSome free text.\n');
    expect(only(src)).toMatchObject({ where: 'Penalties', found: 'a paragraph ("Some free text.")' });
  });

  it('rejects a frontmatter id absent from the vocabulary', () => {
    const src = mutate('purposes: [sexual-exploitation, forced-labour]', 'purposes: [sexual-exploitation, organ-harvest]');
    const p = problemsOf(src)[0];
    expect(p).toMatchObject({ file: FILE, line: lineOf(src, 'purposes: ['), where: 'elements.purposes[1]', found: '"organ-harvest"' });
    expect(p?.expected).toMatch(/^one of the purpose ids \(sexual-exploitation, forced-labour, .*organ-removal/);
  });

  it('rejects a frontmatter element the body never mentions', () => {
    const src = mutate('purposes: [sexual-exploitation, forced-labour]', 'purposes: [sexual-exploitation, forced-labour, organ-removal]');
    expect(only(src)).toEqual({
      file: FILE,
      line: lineOf(src, '- **Purposes:**'),
      where: 'Offence definition › Purposes',
      expected: 'the sub-clause to name "removal of organs", because elements.purposes lists organ-removal',
      found: 'no mention of it',
    });
  });

  it('rejects a body element the frontmatter does not list', () => {
    const src = mutate('sexual exploitation, forced labour or services (art. 10(2)', 'sexual exploitation, forced labour or services, removal of organs (art. 10(2)');
    expect(only(src)).toEqual({
      file: FILE,
      line: lineOf(src, '- **Purposes:**'),
      where: 'Offence definition › Purposes',
      expected: 'elements.purposes to list organ-removal, because the sub-clause names "removal of organs" (or say what the law lacks in Notes)',
      found: 'elements.purposes without organ-removal',
    });
  });

  it('rejects an aggravating circumstance with no sub-clause, and the reverse', () => {
    const src = mutate('aggravatingCircumstances: [child-victim, organised-group]', 'aggravatingCircumstances: [child-victim, public-official]');
    const problems = problemsOf(src);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ where: 'Aggravating factors › Organised group', expected: 'aggravatingCircumstances to list organised-group' }));
    expect(problems).toContainEqual(expect.objectContaining({ where: 'Aggravating factors › Public official', expected: 'a "Public official" sub-clause, because aggravatingCircumstances lists public-official', found: 'no such sub-clause' }));
  });

  it('rejects a penalty maximum or child age the text does not state', () => {
    const src = mutate('basic: { minYears: 2, maxYears: 8, fine: false }', 'basic: { minYears: 2, maxYears: 9, fine: false }').replace('childAge: 18', 'childAge: 16');
    const problems = problemsOf(src);
    expect(problems).toContainEqual(expect.objectContaining({ where: 'Penalties › Basic offence', expected: 'the sub-clause to state the maximum of penalties.basic ("9 years")', found: 'no mention of it' }));
    expect(problems).toContainEqual(expect.objectContaining({ where: 'Offence definition › Child victims', expected: 'the sub-clause to state the age 16 (elements.childAge)' }));
  });
});

describe('frontmatter errors (point 5)', () => {
  it('reports a wrong type with its line, expected and found', () => {
    const src = mutate('childAge: 18', 'childAge: "eighteen"');
    const problems = problemsOf(src);
    expect(problems).toContainEqual({ file: FILE, line: lineOf(src, 'childAge:'), where: 'elements.childAge', expected: 'an age in years or null', found: '"eighteen"' });
  });

  it('reports a missing field', () => {
    const src = mutate('basis: primary\n', '');
    expect(only(src)).toEqual({ file: FILE, line: 2, where: 'basis', expected: '"primary", "secondary" or "partial"', found: 'nothing (the field is missing)' });
  });

  it('reports an unknown field with a suggestion', () => {
    const src = mutate('reviewed: 2026-11-23', 'reviewd: 2026-11-23');
    const problems = problemsOf(src);
    expect(problems).toContainEqual({ file: FILE, line: lineOf(src, 'reviewd:'), where: 'reviewd', expected: 'one of the known fields (did you mean "reviewed"?)', found: 'an unknown field "reviewd"' });
    expect(problems).toContainEqual(expect.objectContaining({ where: 'reviewed', found: 'nothing (the field is missing)' }));
  });

  it('reports a bad URL and a bad date', () => {
    const src = mutate('url: https://example.org/penal-code\n    asOf: 2024-01-31', 'url: javascript:alert(1)\n    asOf: 2024-02-31');
    const problems = problemsOf(src);
    expect(problems).toContainEqual({ file: FILE, line: lineOf(src, 'url: javascript'), where: 'instruments[0].url', expected: 'an https:// address', found: '"javascript:alert(1)"' });
    expect(problems).toContainEqual({ file: FILE, line: lineOf(src, 'asOf: 2024-02-31'), where: 'instruments[0].asOf', expected: 'a date written YYYY-MM-DD (or YYYY-MM, or YYYY)', found: '"2024-02-31"' });
  });

  it('reports broken YAML with its line', () => {
    const src = mutate('languages: [en]', 'languages: [en');
    const p = problemsOf(src)[0];
    expect(p).toMatchObject({ file: FILE, where: 'frontmatter', expected: 'valid YAML' });
    expect(p?.found).toMatch(/^a YAML error/);
    expect(p?.line).toBeGreaterThanOrEqual(lineOf(src, 'languages: [en'));
  });

  it('reports a file without frontmatter', () => {
    expect(only('## Offence definition\n')).toMatchObject({ line: 1, where: 'frontmatter', found: '"## Offence definition"' });
  });

  it('reports every problem at once, not only the first', () => {
    const src = mutate('childAge: 18', 'childAge: -3').replace('region: western-europe', 'region: atlantis').replace('- **Means:**', '- **Meens:**').replace('## Penalties', '## Penalty');
    const problems = problemsOf(src);
    const wheres = problems.map((p) => p.where);
    expect(wheres).toEqual(expect.arrayContaining(['elements.childAge', 'region', 'Offence definition', 'body']));
    const text = formatProblems(problems);
    expect(text.split('\n')[0]).toBe(`Content check failed: ${problems.length} problems in 1 file.`);
    expect(text).toContain(`${FILE}:${lineOf(src, 'region:')} — region: expected one of the region ids`);
  });
});

describe('content cannot run code (point 6)', () => {
  const cases: [string, string, string, string][] = [
    ['an import', '## Offence definition', "import Evil from './evil.js';\n\n## Offence definition", "an import/export statement (import Evil from './evil.js';)"],
    ['an export', '## Offence definition', 'export const x = 1;\n\n## Offence definition', 'an import/export statement (export const x = 1;)'],
    ['a JSX expression', 'deception (art. 10(1) Penal Code).', 'deception {process.exit(1)} (art. 10(1) Penal Code).', 'a JavaScript expression {process.exit(1)}'],
    ['a script element', '## Penalties', '<script>alert(1)</script>\n\n## Penalties', 'a <script> element'],
    ['a component', '## Penalties', '<Evil />\n\n## Penalties', 'a component <Evil>'],
    ['an event handler', '<abbr title="Penal Code">', '<abbr title="Penal Code" onmouseover="alert(1)">', 'an event-handler attribute onmouseover on <abbr>'],
    ['raw HTML outside the allow-list', '## Penalties', '<iframe src="https://evil.example"></iframe>\n\n## Penalties', 'the element <iframe> (allowed: <abbr>, <sub>, <sup>, <br>)'],
    ['an attribute outside the allow-list', '<abbr title="Penal Code">', '<abbr title="Penal Code" style="color:red">', 'the attribute style on <abbr> (allowed: title)'],
    ['a javascript: link', 'see *Smith v. State*', 'see [Smith](javascript:alert(1))', 'a link to "javascript:alert(1)" (only https, http, mailto and site links are allowed)'],
  ];
  for (const [name, from, to, found] of cases) {
    it(`rejects ${name}, naming the file and line`, () => {
      const src = mutate(from, to);
      const p = problemsOf(src).find((x) => x.where === 'body' && x.expected === 'plain Markdown (an entry is data, not code)');
      expect(p).toEqual({ file: FILE, line: lineOf(src, to.split('\n')[0] as string), where: 'body', expected: 'plain Markdown (an entry is data, not code)', found });
    });
  }

  it('allows a comment-only expression', () => {
    const src = mutate('## Penalties\n', '## Penalties\n\n{/* a note to contributors */}\n');
    expect(readEntry(FILE, src).problems).toEqual([]);
  });

  it('reports an MDX syntax error with its line instead of crashing', () => {
    const src = mutate('deception (art. 10(1) Penal Code).', 'deception {unclosed (art. 10(1) Penal Code).');
    const p = only(src);
    expect(p).toMatchObject({ file: FILE, where: 'body', expected: 'valid MDX (write "\\{" and "\\<" for a literal brace or angle bracket)' });
    expect(p.found).toMatch(/^a syntax error: /);
  });
});
