import { describe, expect, it } from 'vitest';
import { absorbWhitespace, diffText, newSide, oldSide, sentences, similarity, tokenize } from '../../src/lib/diff-text.js';
import { pick, seeded } from '../helpers/random.js';

const changed = (a: string, b: string) =>
  diffText(a, b)
    .parts.filter((p) => p.added || p.removed)
    .map((p) => `${p.removed ? '-' : '+'}${p.value}`);

describe('tokenize', () => {
  it('keeps numbers, citations and words as tokens, losslessly', () => {
    expect(tokenize('up to 10 years (§ 225-4-1, s 279.011)')).toEqual(['up', ' ', 'to', ' ', '10', ' ', 'years', ' ', '(', '§', ' ', '225-4-1', ',', ' ', 's', ' ', '279.011', ')']);
    expect(tokenize('人身売買 été').join('')).toBe('人身売買 été');
  });

  it('splits sentences losslessly', () => {
    const t = 'One. Two; three!\nFour';
    expect(sentences(t)).toEqual(['One. ', 'Two; ', 'three!\n', 'Four']);
  });
});

describe('diffText', () => {
  it('marks the number that changed, not the whole line', () => {
    expect(changed('imprisonment from 1 to 10 years', 'imprisonment from 1 to 15 years')).toEqual(['-10', '+15']);
    expect(changed('see art. 225-4-1', 'see art. 225-4-2')).toEqual(['-225-4-1', '+225-4-2']);
  });

  it('reads a replaced phrase as one change, not word by word', () => {
    expect(changed('by threat and use of force (art. 1)', 'by deceit, cunning, trickery (art. 1)').map((c) => c.trim())).toEqual(['-threat and use of force', '+deceit, cunning, trickery']);
  });

  it('returns no change for equal texts and handles empty sides', () => {
    expect(diffText('same', 'same').parts).toEqual([{ value: 'same', added: false, removed: false }]);
    expect(diffText('', 'new text').parts).toEqual([{ value: 'new text', added: true, removed: false }]);
    expect(diffText('old text', '').parts).toEqual([{ value: 'old text', added: false, removed: true }]);
  });

  it('falls back to sentences, then to blocks, and says so', () => {
    const a = 'Alpha beta gamma. Delta epsilon zeta. Eta theta iota.';
    const b = 'Alpha beta gamma. Kappa lambda mu nu xi omicron pi rho. Eta theta iota.';
    expect(diffText(a, b).mode).toBe('word');
    const sentence = diffText(a, b, { work: 10 });
    expect(sentence.mode).toBe('sentence');
    expect(sentence.parts.filter((p) => !p.added && !p.removed).map((p) => p.value)).toEqual(['Alpha beta gamma. ', 'Eta theta iota.']);
    const many = (w: string) => Array.from({ length: 20 }, (_, i) => `${w} ${i}.`).join(' ');
    const block = diffText(many('old'), many('new'), { work: 1 });
    expect(block.mode).toBe('block');
    expect(block.parts).toEqual([
      { value: many('old'), added: false, removed: true },
      { value: many('new'), added: true, removed: false },
    ]);
  });

  it('bounds the work on two long, unlike texts (timing is measured by npm run bench)', () => {
    const rand = seeded(7);
    const words = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 1e6).toString(36)).join(' ');
    const a = words(34_000);
    const b = words(34_000);
    expect(a.length).toBeGreaterThan(150_000);
    const d = diffText(a, b);
    expect(d.mode).not.toBe('word');
    expect(oldSide(d.parts)).toBe(a);
    expect(newSide(d.parts)).toBe(b);
  });

  it('is lossless on random texts in many scripts (property, fixed seed)', () => {
    const rand = seeded(20261123);
    const alphabet = ['a', 'b', 'c', ' ', '  ', '\t', '\n', '.', ',', '(', ')', '§', '1', '2', '0', '-', 'é', 'e\u0301', 'ع', 'ש', 'לום', '\u200f', '人', '身', '売', '한', '👩‍👩‍👧', '🇫🇷', '\u0301', '\u0327', 'Ω', '     '];
    const text = () => Array.from({ length: Math.floor(rand() * 60) }, () => pick(rand, alphabet)).join('');
    for (let i = 0; i < 600; i++) {
      const a = text();
      const b = rand() < 0.3 ? a.slice(0, Math.floor(rand() * a.length)) + text() : text();
      const work = rand() < 0.2 ? 5 : undefined;
      const d = diffText(a, b, work ? { work } : {});
      expect(oldSide(d.parts), `case ${i}`).toBe(a);
      expect(newSide(d.parts), `case ${i}`).toBe(b);
      expect(d.parts.every((p) => p.value.length > 0)).toBe(true);
    }
  });
});

describe('absorbWhitespace and similarity', () => {
  it('folds a space between two changes into them', () => {
    const parts = absorbWhitespace([
      { value: 'a', added: false, removed: true },
      { value: 'x', added: true, removed: false },
      { value: ' ', added: false, removed: false },
      { value: 'b', added: false, removed: true },
      { value: 'y', added: true, removed: false },
    ]);
    expect(parts).toEqual([
      { value: 'a b', added: false, removed: true },
      { value: 'x y', added: true, removed: false },
    ]);
  });

  it('measures the common share', () => {
    expect(similarity(diffText('one two three', 'one two three').parts)).toBe(1);
    expect(similarity(diffText('alpha beta', 'gamma delta').parts)).toBe(0);
  });
});

describe('similarityBound', () => {
  it('never underestimates the similarity a diff finds, and skips hopeless diffs', async () => {
    const { similarityBound } = await import('../../src/lib/diff-text.js');
    const rand = seeded(3);
    const words = ['the', 'offence', 'victim', 'force', 'threat', 'years', 'of', 'a', 'and', 'organ', 'labour'];
    for (let i = 0; i < 200; i++) {
      const t = () => Array.from({ length: 1 + Math.floor(rand() * 30) }, () => pick(rand, words)).join(' ');
      const a = t();
      const b = t();
      expect(similarityBound(a, b) + 1e-9).toBeGreaterThanOrEqual(similarity(diffText(a, b).parts));
    }
    const d = diffText('alpha beta gamma', 'delta epsilon zeta', { minSimilarity: 0.3 });
    expect(d.mode).toBe('reworded');
    expect(oldSide(d.parts)).toBe('alpha beta gamma');
    expect(diffText('alpha beta gamma', 'alpha beta delta', { minSimilarity: 0.3 }).mode).toBe('word');
  });
});
