/**
 * The skeleton of a new entry: every frontmatter field and every clause in place, all
 * unknown, marked as a draft. The build accepts it as it is (so a contributor can build
 * while writing) and refuses to publish it until the TODOs are gone.
 */
import { PLACEHOLDER } from './entry.js';
import { CLAUSES, SUBCLAUSE_LABELS } from './vocabulary.js';

/** What the scaffold needs to know. */
export interface ScaffoldOptions {
  readonly slug: string;
  readonly kind: 'state' | 'instrument';
  readonly name?: string;
}

function titleCase(slug: string): string {
  return slug
    .split('-')
    .map((w) => (w.length > 2 || slug.indexOf(w) === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** Returns the text of a new draft entry. */
export function scaffoldEntry(o: ScaffoldOptions): string {
  const name = o.name ?? titleCase(o.slug);
  const T = PLACEHOLDER;
  const labels = (id: (typeof CLAUSES)[number]['id']) => SUBCLAUSE_LABELS[id].map((s) => s.label).join(', ');
  return `---
# New entry: read content/README.md first. Ids come from src/lib/vocabulary.ts.
# Unknown stays null ("not established"). Remove "draft: true" when every ${T} is gone.
draft: true
name: ${JSON.stringify(name)}
kind: ${o.kind}
iso2: ${o.kind === 'state' ? `XX # ${T}: ISO 3166-1 alpha-2 code` : 'null'}
region: ${o.kind === 'state' ? `western-europe # ${T}: one of the REGIONS ids` : 'international'}
legalFamily: ${o.kind === 'state' ? `civil-law # ${T}: one of the LEGAL_FAMILIES ids` : 'international-law'}
languages: [en] # ${T}: languages of the official text
summary: null
instruments:
  - title: ${T} title in the original language
    titleEn: ${T} English title
    citation: ${T} articles summarised
    url: https://example.org/${T}-official-text
    asOf: null # date of the version summarised, YYYY-MM-DD
protocol:${o.kind === 'state' ? '\n  status: null\n  date: null\n  source: null' : ' null'}
elements:
  acts: null
  means: null
  purposes: null
  meansRequiredForAdults: null
  consentIrrelevant: null
  childAge: null
  childMeansRequired: null
aggravatingCircumstances: null
penalties:
  basic: null # { minYears: 0, maxYears: 5, fine: false }
  aggravated: null
  maxTerm: null
  other: []
confiscation:
  proceeds: null
  instrumentalities: null
  valueBased: null
  extended: null
  traffickingSpecific: null
  provisions: null
sources:
  - title: ${T} what you read (repository file, page, official text)
    url: null
    note: null
reviewed: ${new Date().toISOString().slice(0, 10)}
basis: partial
basisNote: ${T} one line saying how firm the entry is.
---

${CLAUSES.map(
  (c) => `## ${c.heading}

{/* Labels: ${labels(c.id)}. Each sub-clause ends with its citation in brackets. */}
- **Notes:** not established yet (no source read).`,
).join('\n\n')}
`;
}
