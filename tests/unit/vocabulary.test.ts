import { describe, expect, it } from 'vitest';
import { AGGRAVATING, CLAUSES, ELEMENT_GROUPS, LEGAL_FAMILIES, REGIONS, SUBCLAUSE_LABELS } from '../../src/lib/vocabulary.js';

describe('vocabulary', () => {
  it('has the ids of DESIGN §4, each once', () => {
    for (const terms of [...Object.values(ELEMENT_GROUPS), REGIONS, LEGAL_FAMILIES]) {
      const ids = terms.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(ELEMENT_GROUPS.acts.map((t) => t.id)).toEqual(['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt', 'exchange-of-control', 'other-act']);
    expect(ELEMENT_GROUPS.means).toHaveLength(10);
    expect(ELEMENT_GROUPS.purposes).toHaveLength(11);
    expect(AGGRAVATING).toHaveLength(14);
  });

  it('gives every term an English and a French label', () => {
    for (const t of Object.values(ELEMENT_GROUPS).flat()) {
      expect(t.en.trim()).not.toBe('');
      expect(t.fr.trim()).not.toBe('');
    }
  });

  it('keeps sub-clause labels and anchors unique within each clause', () => {
    for (const c of CLAUSES) {
      const labels = SUBCLAUSE_LABELS[c.id];
      expect(new Set(labels.map((l) => l.label)).size).toBe(labels.length);
      expect(new Set(labels.map((l) => l.key)).size).toBe(labels.length);
      for (const l of labels) expect(l.key).toMatch(/^[a-z0-9-]+$/);
    }
    expect(SUBCLAUSE_LABELS.aggravation.map((l) => l.key)).toEqual([...AGGRAVATING.map((t) => t.id), 'notes']);
  });
});
