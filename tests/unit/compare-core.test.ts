/** Alignment, element comparison and the summary, on the real entries. */
import { describe, expect, it } from 'vitest';
import { alignEntries, bodyOf } from '../../src/lib/align.js';
import { compareGroup, relate, tally } from '../../src/lib/elements.js';
import { summarise } from '../../src/lib/compare-summary.js';
import { newSide, oldSide } from '../../src/lib/diff-text.js';
import { entry } from '../helpers/content.js';

const protocol = entry('un-trafficking-protocol');
const germany = entry('germany');
const modelLaw = entry('unodc-model-law');

describe('alignEntries', () => {
  const [definition, aggravation] = alignEntries([protocol, germany], ['definition', 'aggravation']);

  it('aligns sub-clauses label to label in the grammar order', () => {
    expect(definition?.rows.map((r) => r.label)).toEqual(['Scope', 'Acts', 'Means', 'Purposes', 'Child victims', 'Consent', 'Related offences', 'Notes']);
    const acts = definition?.rows.find((r) => r.label === 'Acts');
    expect(acts?.anchor).toBe('definition-acts');
    expect(acts?.cells.map((c) => c.status)).toEqual(['baseline', 'changed']);
  });

  it('shows a sub-clause on one side only as wholly removed or added', () => {
    const consent = definition?.rows.find((r) => r.label === 'Consent');
    expect(consent?.cells[1]?.status).toBe('removed');
    expect(consent?.cells[1]?.diff?.parts.every((p) => p.removed)).toBe(true);
    const child = aggravation?.rows.find((r) => r.label === 'Child victim');
    expect(child?.cells.map((c) => c.status)).toEqual(['baseline', 'added']);
  });

  it('diffs the texts without their citations, losslessly', () => {
    const acts = definition?.rows.find((r) => r.label === 'Acts');
    const [base, other] = acts?.cells ?? [];
    expect(base?.body).toBe('recruitment, transportation, transfer, harbouring, receipt of persons');
    expect(oldSide(other?.diff?.parts ?? [])).toBe(base?.body);
    expect(newSide(other?.diff?.parts ?? [])).toBe(other?.body);
  });

  it('strips exactly the trailing citation', () => {
    const s = germany.clauses.penalties.subclauses.find((x) => x.label === 'Basic offence');
    expect(s && bodyOf(s)).toBe('imprisonment from 6 months to 5 years; the section provides no fine');
  });
});

describe('element comparison', () => {
  it('is three-valued and never counts a baseline unknown as a gap', () => {
    expect(relate('present', 'absent')).toBe('missing');
    expect(relate('absent', 'present')).toBe('added');
    expect(relate('not-established', 'absent')).toBe('baseline-not-established');
    expect(relate('present', 'not-established')).toBe('not-established');
    const rows = compareGroup([modelLaw, germany], 'means');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.relations[1] === 'baseline-not-established')).toBe(true);
  });

  it('finds what Germany has and lacks against the Protocol', () => {
    const means = compareGroup([protocol, germany], 'means');
    expect(means.find((r) => r.id === 'fraud')?.relations[1]).toBe('missing');
    expect(means.find((r) => r.id === 'abuse-of-vulnerability')?.relations[1]).toBe('shared');
    const purposes = compareGroup([protocol, germany], 'purposes');
    expect(purposes.find((r) => r.id === 'forced-begging')?.relations[1]).toBe('added');
    expect(tally(protocol, germany, 'purposes')).toMatchObject({ baselineCount: 5, shared: 5, added: 2 });
  });
});

describe('summary of differences', () => {
  it('states counts and penalties in plain words, linking to rows', () => {
    const [s] = summarise([protocol, germany]);
    expect(s?.statements.map((x) => x.text)).toEqual([
      "names 5 of the baseline's 5 acts and adds 0",
      "names 5 of the baseline's 9 means and adds 0",
      "names 5 of the baseline's 5 purposes and adds 2",
      'names 5 aggravating circumstances; the baseline names none',
      'basic maximum 5 years against not established',
      'highest penalty 15 years against not established',
    ]);
    expect(s?.statements[1]?.anchor).toBe('cmp-means');
  });

  it('says when the baseline does not establish a group', () => {
    const [s] = summarise([modelLaw, germany]);
    expect(s?.statements[0]?.text).toBe("acts not compared: the baseline's are not established");
    const [reverse] = summarise([germany, modelLaw]);
    expect(reverse?.statements[0]?.text).toBe('acts not established');
  });
});
