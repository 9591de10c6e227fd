import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/lib/entry.js';
import { scaffoldEntry } from '../../src/lib/scaffold.js';

describe('scaffoldEntry', () => {
  for (const kind of ['state', 'instrument'] as const) {
    it(`writes a ${kind} draft that the content check accepts, with every clause and field`, () => {
      const text = scaffoldEntry({ slug: 'new-land', kind });
      const r = readEntry(`content/x/new-land.mdx`, text);
      expect(r.problems).toEqual([]);
      expect(r.entry).toMatchObject({ draft: true, kind, name: 'New Land', elements: { acts: null, childAge: null }, penalties: { basic: null } });
      for (const c of ['definition', 'aggravation', 'penalties', 'confiscation'] as const) expect(r.entry?.clauses[c].subclauses).toHaveLength(1);
    });
  }

  it('refuses to publish a scaffold whose placeholders remain', () => {
    const text = scaffoldEntry({ slug: 'new-land', kind: 'state' }).replace('draft: true\n', '');
    const r = readEntry('content/jurisdictions/new-land.mdx', text);
    expect(r.entry).toBeNull();
    const lines = text.split('\n');
    const todo = lines.findIndex((l) => l.includes('TODO') && !l.startsWith('#')) + 1;
    expect(r.problems.filter((p) => p.where === 'placeholder').length).toBeGreaterThanOrEqual(5);
    expect(r.problems).toContainEqual(expect.objectContaining({ line: todo, where: 'placeholder', expected: expect.stringContaining('"draft: true" while the entry is unfinished') }));
  });
});
