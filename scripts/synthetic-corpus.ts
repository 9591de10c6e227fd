/**
 * A synthetic corpus for the search benchmark: entries shaped like the real ones (four
 * clauses, ~25 sub-clauses of a few hundred characters, vocabulary-heavy text in the
 * clause grammar, article citations), generated from a fixed seed. A few entries carry
 * the strings the fixed queries look for (an article number, an instrument title).
 */
import type { Entry } from '../src/lib/entry.js';
import type { Clause, Subclause } from '../src/lib/clauses.js';
import { ACTS, AGGRAVATING, CLAUSES, MEANS, PURPOSES, SUBCLAUSE_LABELS, anchorOf, type ClauseId } from '../src/lib/vocabulary.js';
import { seeded } from './seeded-random.js';


const FILLER =
  'offence offender person victim court law section article paragraph penalty imprisonment years months fine sentence term minimum maximum applies where when whether the of and or to a in for by with as is be under same other any such who which provision criminal code act statute judge prosecution conviction proceeds property assets confiscation forfeiture value order benefit income third parties lawful origin owner seized frozen extended general special rule regime legal persons company liability sanction effective proportionate dissuasive national territory border crossing organised group member gang official authority position trust child minor age adult consent irrelevant means act purpose exploitation labour services sexual prostitution begging crime marriage adoption organ removal slavery servitude debt bondage harbouring transfer receipt recruitment transportation control'.split(
    ' ',
  );

const VOCAB = [...ACTS, ...MEANS, ...PURPOSES].map((t) => t.en);

/** Builds `n` synthetic entries. */
export function syntheticEntries(n: number, seed = 2026): Entry[] {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const sentence = (words: number) => Array.from({ length: words }, () => (rand() < 0.35 ? pick(VOCAB) : pick(FILLER))).join(' ');
  const entries: Entry[] = [];
  for (let i = 0; i < n; i++) {
    const name = `State ${String(i + 1).padStart(4, '0')}`;
    const code = i % 97 === 3 ? 'Modern Slavery Act' : `Penal Code of ${name}`;
    const art = () => `art. ${1 + Math.floor(rand() * 400)}(${1 + Math.floor(rand() * 6)}) ${code}`;
    const clauses = Object.fromEntries(
      CLAUSES.map((c) => {
        const labels = SUBCLAUSE_LABELS[c.id as ClauseId].filter(() => rand() < (c.id === 'aggravation' ? 0.45 : 0.9));
        const subclauses: Subclause[] = labels.map((l, k) => {
          const citation = i % 53 === 7 && k === 0 ? 'art. 225-4-1 Penal Code' : i % 61 === 5 && k === 0 ? '§ 232(1) StGB' : art();
          const text = `${sentence(25 + Math.floor(rand() * 35))} (${citation}).`;
          return { label: l.label, key: l.key, anchor: anchorOf(c.id, l.key), text, html: text, citation, line: 1 };
        });
        const clause: Clause = { id: c.id, heading: c.heading, anchor: c.id, subclauses, text: subclauses.map((s) => `${s.label}: ${s.text}`).join('\n') };
        return [c.id, clause];
      }),
    ) as unknown as Entry['clauses'];
    const ids = <T extends { id: string }>(xs: readonly T[]) => xs.filter(() => rand() < 0.5).map((x) => x.id);
    entries.push({
      slug: `state-${i + 1}`,
      name,
      kind: 'state',
      iso2: 'XX',
      region: pick(['western-europe', 'americas', 'east-asia-pacific', 'sub-saharan-africa'] as const),
      legalFamily: pick(['civil-law', 'common-law', 'mixed'] as const),
      languages: ['en'],
      summary: sentence(20),
      instruments: [{ title: code, titleEn: code, citation: art(), url: 'https://example.org', asOf: '2024-01-01' }],
      protocol: null,
      elements: { acts: ids(ACTS), means: ids(MEANS), purposes: ids(PURPOSES), meansRequiredForAdults: rand() < 0.7, consentIrrelevant: null, childAge: 18, childMeansRequired: false },
      aggravatingCircumstances: ids(AGGRAVATING),
      penalties: { basic: { minYears: 1, maxYears: 5 + Math.floor(rand() * 10), fine: false }, aggravated: null, maxTerm: 5 + Math.floor(rand() * 20), other: [] },
      confiscation: { proceeds: true, instrumentalities: null, valueBased: null, extended: null, traffickingSpecific: false, provisions: null },
      sources: [{ title: 'synthetic', url: null }],
      reviewed: '2026-11-23',
      basis: 'primary',
      basisNote: 'synthetic',
      clauses,
    } as Entry);
  }
  return entries;
}
