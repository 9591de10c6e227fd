import { describe, expect, it } from 'vitest';
import { findTerms, foldText, termIdsIn } from '../../src/lib/term-match.js';
import { ACTS, MEANS, PURPOSES } from '../../src/lib/vocabulary.js';

describe('termIdsIn', () => {
  it('finds canonical wordings and synonyms, in order of appearance', () => {
    expect(termIdsIn('recruitment, transport, harbouring or receipt (art. 3(a))', ACTS)).toEqual(['recruitment', 'transportation', 'harbouring', 'receipt']);
  });

  it('matches the longest wording first, so one phrase counts once', () => {
    expect(termIdsIn('exchange or transfer of control over a person (art. 2(1))', ACTS)).toEqual(['exchange-of-control']);
    expect(termIdsIn('transfer, and exchange or transfer of control', ACTS)).toEqual(['transfer', 'exchange-of-control']);
  });

  it('never reads "forced labour" as the means "force"', () => {
    expect(termIdsIn('forced labour, forced begging', MEANS)).toEqual([]);
    expect(termIdsIn('use of force or threat', MEANS)).toEqual(['force', 'threat']);
  });

  it('folds case and diacritics', () => {
    expect(foldText('Mendicité FORCÉE')).toBe('mendicite forcee');
    expect(termIdsIn('Removal Of Organs', PURPOSES)).toEqual(['organ-removal']);
  });

  it('needs whole words', () => {
    expect(termIdsIn('the slaveholder', PURPOSES)).toEqual([]);
    expect(findTerms('practices similar to slavery', PURPOSES)).toEqual([{ id: 'slavery', wording: 'practices similar to slavery', index: 0 }]);
  });
});
