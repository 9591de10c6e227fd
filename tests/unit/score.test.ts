/** The coverage score formula on hand-built entries. */
import { describe, expect, it } from 'vitest';
import { formatScore, scoreEntry, type Scorable } from '../../src/lib/score.js';
import { entry } from '../helpers/content.js';

type Els = Scorable['elements'];
const make = (e: Partial<Els>): Scorable => ({
  elements: { acts: null, means: null, purposes: null, meansRequiredForAdults: null, consentIrrelevant: null, childAge: null, childMeansRequired: null, ...e } as Els,
});
const protocolLike = make({
  acts: ['recruitment', 'transportation', 'transfer', 'harbouring', 'receipt'],
  means: ['threat', 'force', 'coercion', 'abduction', 'fraud', 'deception', 'abuse-of-power', 'abuse-of-vulnerability', 'payments-to-controller'],
  purposes: ['sexual-exploitation', 'forced-labour', 'slavery', 'servitude', 'organ-removal'],
  consentIrrelevant: true,
  childMeansRequired: false,
});

describe('scoreEntry', () => {
  it('counts 21 items against the Protocol: 5 acts, 9 means, 5 purposes, 2 rules', () => {
    const all = scoreEntry(protocolLike, protocolLike);
    expect(all).toMatchObject({ covered: 21, counted: 21, unknown: 0, baselineItems: 21, ratio: 1, gaps: [] });
    expect(formatScore(all)).toBe('21\u00a0of\u00a021 (100\u00a0%)');
  });

  it('treats an entry that establishes nothing as not established, not as zero', () => {
    const none = scoreEntry(make({}), protocolLike);
    expect(none).toMatchObject({ covered: 0, counted: 0, unknown: 21, ratio: null });
    expect(formatScore(none)).toBe('not established');
  });

  it('never counts what the baseline does not establish', () => {
    expect(scoreEntry(protocolLike, make({}))).toMatchObject({ baselineItems: 0, counted: 0, ratio: null });
    const halfBaseline = make({ acts: ['recruitment'], consentIrrelevant: null, childMeansRequired: false });
    expect(scoreEntry(protocolLike, halfBaseline)).toMatchObject({ baselineItems: 2, covered: 2 });
  });

  it('lists the gaps and leaves unknown groups out of the fraction', () => {
    const e = make({ acts: ['recruitment', 'transportation'], means: null, purposes: ['sexual-exploitation', 'forced-begging'], consentIrrelevant: false, childMeansRequired: false });
    const s = scoreEntry(e, protocolLike);
    expect(s).toMatchObject({ covered: 4, counted: 12, unknown: 9 });
    expect(s.gaps.map((g) => g.id)).toEqual(['transfer', 'harbouring', 'receipt', 'forced-labour', 'slavery', 'servitude', 'organ-removal', 'consent']);
    expect(formatScore(s)).toBe('4\u00a0of\u00a012 (33\u00a0%)');
  });

  it('scores the real entries against the real Protocol', () => {
    const protocol = entry('un-trafficking-protocol');
    expect(scoreEntry(protocol, protocol).ratio).toBe(1);
    expect(scoreEntry(entry('unodc-model-law'), protocol).ratio).toBeNull();
    const germany = scoreEntry(entry('germany'), protocol);
    expect(germany.counted).toBe(20);
    expect(germany.gaps.map((g) => g.id)).toContain('fraud');
  });
});
