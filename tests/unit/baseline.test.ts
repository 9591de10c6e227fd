import { describe, expect, it } from 'vitest';
import { defaultBaseline, elementStatus } from '../../src/lib/baseline.js';
import type { Entry } from '../../src/lib/entry.js';

type Els = Entry['elements'];
const els = (acts: string[] | null, means: string[] | null, purposes: string[] | null): Els =>
  ({ acts, means, purposes, meansRequiredForAdults: null, consentIrrelevant: null, childAge: null, childMeansRequired: null }) as Els;
const entry = (slug: string, elements: Els): Entry => ({ slug, name: slug, elements }) as Entry;

const protocol = entry('un-trafficking-protocol', els(['recruitment', 'transportation'], ['threat', 'force'], ['sexual-exploitation', 'forced-labour']));
const modelLawUnknown = entry('unodc-model-law', els(null, null, null));

describe('defaultBaseline', () => {
  it('prefers the Model Law when its definition is established', () => {
    const modelLaw = entry('unodc-model-law', els(['recruitment'], ['threat'], ['slavery']));
    expect(defaultBaseline([protocol, modelLaw])?.entry.slug).toBe('unodc-model-law');
  });

  it('falls back to the Protocol, saying why, when the Model Law is not established', () => {
    const choice = defaultBaseline([modelLawUnknown, protocol]);
    expect(choice?.entry.slug).toBe('un-trafficking-protocol');
    expect(choice?.reason).toBe('un-trafficking-protocol is the baseline because the Offence definition of unodc-model-law is not yet established.');
  });

  it('returns null rather than a baseline with no established definition', () => {
    expect(defaultBaseline([modelLawUnknown])).toBeNull();
  });
});

describe('elementStatus', () => {
  it('is three-valued per element', () => {
    expect(elementStatus(protocol, 'acts', 'recruitment')).toBe('present');
    expect(elementStatus(protocol, 'acts', 'receipt')).toBe('absent');
    expect(elementStatus(modelLawUnknown, 'acts', 'recruitment')).toBe('not-established');
  });
});
