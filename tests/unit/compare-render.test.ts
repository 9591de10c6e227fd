import { describe, expect, it } from 'vitest';
import { comparisonRows, renderComparison, renderDiffParts } from '../../src/lib/compare-render.js';
import { entry } from '../helpers/content.js';
import type { Entry } from '../../src/lib/entry.js';

const protocol = entry('un-trafficking-protocol');
const austria = entry('austria');

describe('renderComparison', () => {
  const html = renderComparison({ entries: [protocol, austria], baselineReason: 'Because.', clause: 'all', view: 'side', base: '/' });

  it('marks inserted and deleted words with accessible ins/del', () => {
    expect(html).toMatch(/<ins><span class="visually-hidden">\[inserted: <\/span>/);
    expect(html).toMatch(/<del><span class="visually-hidden">\[deleted: <\/span>/);
    expect(html).toContain('data-element-table="means"');
    expect(html).toContain('✘ no <span class="rel">(gap)</span>');
    expect(html).toContain('Baseline: <strong>UN Trafficking in Persons Protocol</strong>. Because.');
  });

  it('shows one clause when asked, stacked in the inline view', () => {
    const one = renderComparison({ entries: [protocol, austria], baselineReason: '', clause: 'penalties', view: 'inline', base: '/' });
    expect(one).toContain('id="cmp-penalties-basic-offence"');
    expect(one).not.toContain('id="cmp-definition-acts"');
    expect(one).toContain('class="cmp-inline-row"');
  });

  it('escapes every text, whatever the content says', () => {
    const hostile = { ...austria, name: '<img src=x onerror=alert(1)>' } as Entry;
    const out = renderComparison({ entries: [protocol, hostile], baselineReason: '<script>alert(1)</script>', clause: 'all', view: 'side', base: '/' });
    expect(out).not.toContain('<img src=x');
    expect(out).not.toContain('<script>');
    expect(out).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(renderDiffParts([{ value: '<b>', added: true, removed: false }])).toBe('<ins><span class="visually-hidden">[inserted: </span>&#60;b&#62;<span class="visually-hidden">]</span></ins>');
  });

  it('gives the comparison as CSV rows', () => {
    const { headers, rows } = comparisonRows([protocol, austria], 'penalties');
    expect(headers).toEqual(['section', 'item', 'UN Trafficking in Persons Protocol (baseline)', 'Austria']);
    expect(rows).toContainEqual(['Penalties', 'Basic offence', 'not established', '6 months to 5 years']);
    expect(rows.some((r) => r[0] === 'Means' && r[1] === 'fraud' && r[3] === 'absent (gap)')).toBe(true);
  });
});
