/**
 * Malformed content, generated with a fixed seed from the valid fixture: broken YAML, wrong
 * types, unknown ids, missing clauses, duplicated labels, forbidden MDX. Every variant must
 * be refused with readable problems naming the file and the field or clause; none may be
 * silently dropped or half-loaded.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEntry } from '../../src/lib/entry.js';
import { loadContentDir } from '../../src/lib/content-dir.js';
import { pick, seeded } from '../helpers/random.js';

const VALID = readFileSync(new URL('../fixtures/valid/jurisdictions/example.mdx', import.meta.url), 'utf8');
const lines = VALID.split('\n');
const fmEnd = lines.indexOf('---', 1);
const bodyLines = lines.map((l, i) => ({ l, i })).filter(({ i }) => i > fmEnd);

type Mutation = { kind: string; apply: (rand: () => number) => string };

const replaceLine = (i: number, text: string) => lines.map((l, k) => (k === i ? text : l)).join('\n');
const fmLine = (rand: () => number) => 1 + Math.floor(rand() * (fmEnd - 1));

const MUTATIONS: Mutation[] = [
  { kind: 'broken YAML', apply: (r) => { const i = fmLine(r); return replaceLine(i, `${lines[i]}\n${pick(r, ['bad: [unclosed', 'bad: "unterminated', '\tbad: tab', '- stray list item', 'name: Again', 'bad: {a: 1', '  : orphan'])}`); } },
  { kind: 'wrong type', apply: (r) => VALID.replace(pick(r, ['childAge: 18', 'maxTerm: 12', 'consentIrrelevant: true', 'name: Example', 'reviewed: 2026-11-23', 'languages: [en]']), pick(r, ['childAge: [1, 2]', 'maxTerm: twelve', 'consentIrrelevant: "yes"', 'name: 42', 'reviewed: yesterday', 'languages: english'])) },
  { kind: 'unknown id', apply: (r) => VALID.replace(pick(r, ['recruitment', 'threat', 'sexual-exploitation', 'child-victim', 'western-europe', 'civil-law']), pick(r, ['recrutement', 'menace', 'sex', 'kid', 'atlantis', 'roman-law'])) },
  { kind: 'missing clause', apply: (r) => { const h = pick(r, ['## Offence definition', '## Aggravating factors', '## Penalties', '## Confiscation']); return VALID.replace(h, r() < 0.5 ? '' : `### ${h.slice(3)}`); } },
  { kind: 'duplicated label', apply: (r) => { const items = bodyLines.filter(({ l }) => l.startsWith('- **')); const { i } = pick(r, items); return lines.flatMap((l, k) => (k === i ? [l, l] : [l])).join('\n'); } },
  { kind: 'forbidden MDX', apply: (r) => { const { i } = pick(r, bodyLines.filter(({ l }) => l.trim() === '')); return replaceLine(i, pick(r, ['import a from "b";', 'export default 1', '{alert(1)}', '<script>alert(1)</script>', '<img src=x onerror=alert(1) />', '<Component />', '<div onclick="x">y</div>', '[x](javascript:alert(1))', '![x](y.png)'])); } },
];

describe('malformed entries (fixed seed)', () => {
  const rand = seeded(424242);
  const variants = Array.from({ length: 300 }, (_, n) => {
    const m = MUTATIONS[n % MUTATIONS.length] as Mutation;
    return { kind: m.kind, text: m.apply(rand) };
  }).filter((v) => v.text !== VALID);

  it(`refuses every variant with complete, readable problems (${variants.length} variants)`, () => {
    expect(variants.length).toBeGreaterThan(250);
    for (const [n, v] of variants.entries()) {
      const file = `content/jurisdictions/case-${n}.mdx`;
      const r = readEntry(file, v.text);
      const where = `${v.kind} #${n}`;
      expect(r.entry, where).toBeNull();
      expect(r.problems.length, where).toBeGreaterThan(0);
      const lineCount = v.text.split('\n').length;
      for (const p of r.problems) {
        expect(p.file, where).toBe(file);
        expect(p.where.trim(), where).not.toBe('');
        expect(p.expected.trim(), where).not.toBe('');
        expect(p.found.trim(), where).not.toBe('');
        if (p.line !== undefined) expect(p.line, where).toBeGreaterThanOrEqual(1);
        if (p.line !== undefined) expect(p.line, where).toBeLessThanOrEqual(lineCount + 1);
      }
    }
  });

  it('never drops a file silently: the loader reports every bad file and loads every good one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'concordance-hostile-'));
    try {
      mkdirSync(join(dir, 'jurisdictions'));
      mkdirSync(join(dir, 'instruments'));
      writeFileSync(join(dir, 'jurisdictions', 'good.mdx'), VALID);
      const bad = variants.slice(0, 40);
      bad.forEach((v, n) => writeFileSync(join(dir, 'jurisdictions', `bad-${n}.mdx`), v.text));
      writeFileSync(join(dir, 'jurisdictions', 'notes.txt'), 'not an entry');
      const load = loadContentDir(dir, dir);
      expect(load.entries.jurisdictions.map((e) => e.slug)).toEqual(['good']);
      const reported = new Set(load.problems.map((p) => p.file));
      for (let n = 0; n < bad.length; n++) expect(reported.has(join('jurisdictions', `bad-${n}.mdx`)), `bad-${n}`).toBe(true);
      expect(reported.has(join('jurisdictions', 'notes.txt'))).toBe(true);
      expect(load.files).toBe(bad.length + 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
