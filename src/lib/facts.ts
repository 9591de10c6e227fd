/**
 * The facts panel of an entry: every frontmatter fact as a labelled, formatted line,
 * and the list of facts that are not established, so a page can say plainly what is
 * missing.
 */
import type { Entry } from './entry.js';
import { formatCeiling, formatDate, formatFact, formatMaybe, formatRange } from './format.js';
import { CONFISCATION_FEATURES, LEGAL_FAMILIES, NOT_ESTABLISHED, REGIONS, labelOf, type ElementGroup } from './vocabulary.js';

/** One line of the facts panel. */
export interface FactLine {
  readonly label: string;
  readonly value: string;
  /** True when the value is "not established". */
  readonly unknown: boolean;
  /** Anchor of the sub-clause that states this fact, if any. */
  readonly anchor?: string;
}

function list(group: ElementGroup, ids: readonly string[] | null): string {
  if (ids === null) return NOT_ESTABLISHED;
  if (ids.length === 0) return 'none';
  return ids.map((id) => labelOf(group, id)).join('; ');
}

const line = (label: string, value: string, anchor?: string): FactLine => ({ label, value, unknown: value === NOT_ESTABLISHED || value.startsWith(`${NOT_ESTABLISHED}`), ...(anchor ? { anchor } : {}) });

/** The facts panel lines, grouped by heading. */
export function factGroups(e: Entry, coverage?: { value: string; against: string } | null): { heading: string; lines: FactLine[] }[] {
  const p = e.protocol;
  const protocol = p?.status ? `${p.status === 'not-party' ? 'not a party' : p.status}${p.date ? ` since ${formatDate(p.date)}` : ''}` : NOT_ESTABLISHED;
  return [
    {
      heading: 'Identity',
      lines: [
        line('Kind', e.kind === 'state' ? 'State' : 'International instrument'),
        line('Region', REGIONS.find((r) => r.id === e.region)?.en ?? e.region),
        line('Legal family', LEGAL_FAMILIES.find((f) => f.id === e.legalFamily)?.en ?? e.legalFamily),
        ...(e.kind === 'state' ? [line('UN Trafficking Protocol', protocol)] : []),
      ],
    },
    {
      heading: 'Offence definition',
      lines: [
        line('Acts', list('acts', e.elements.acts), 'definition-acts'),
        line('Means', list('means', e.elements.means), 'definition-means'),
        line('Purposes', list('purposes', e.elements.purposes), 'definition-purposes'),
        line('Means required (adults)', formatFact(e.elements.meansRequiredForAdults)),
        line('Consent irrelevant', formatFact(e.elements.consentIrrelevant), 'definition-consent'),
        line('Child age', formatMaybe(e.elements.childAge, e.elements.childAge === null ? '' : ' (under)'), 'definition-child-victims'),
        line('Means required (children)', formatFact(e.elements.childMeansRequired)),
        ...(coverage ? [line(`Coverage score (against ${coverage.against})`, coverage.value, 'coverage-how')] : []),
      ],
    },
    {
      heading: 'Aggravation and penalties',
      lines: [
        line('Aggravating circumstances', list('aggravatingCircumstances', e.aggravatingCircumstances), 'aggravation'),
        line('Basic offence', formatRange(e.penalties.basic), 'penalties-basic-offence'),
        line('Aggravated offence', formatRange(e.penalties.aggravated), 'penalties-aggravated-offence'),
        line('Highest penalty', formatCeiling(e.penalties.maxTerm)),
        ...(e.penalties.other.length ? [line('Further tiers and offences', `${e.penalties.other.length}, listed under Penalties`, 'penalty-tiers')] : []),
      ],
    },
    {
      heading: 'Confiscation',
      lines: [
        ...CONFISCATION_FEATURES.map((f) => line(f.en, formatFact(e.confiscation[f.id]))),
        line('Provisions', e.confiscation.provisions ?? NOT_ESTABLISHED),
      ],
    },
  ];
}

/** Labels of the facts of `e` that are not established. */
export function unestablishedFacts(e: Entry): string[] {
  return factGroups(e)
    .flatMap((g) => g.lines)
    .filter((l) => l.unknown)
    .map((l) => l.label);
}

/** The newest `asOf` among an entry's instruments, or `null`. */
export function newestAsOf(e: Pick<Entry, 'instruments'>): string | null {
  const dates = e.instruments.map((i) => i.asOf).filter((d): d is string => d !== null);
  return dates.length ? dates.sort().at(-1) ?? null : null;
}

/** Every anchor an entry page carries: clauses, sub-clauses and the penalty-tier table. */
export function pageAnchors(e: Entry): Set<string> {
  const anchors = new Set<string>();
  for (const clause of Object.values(e.clauses)) {
    anchors.add(clause.anchor);
    for (const s of clause.subclauses) anchors.add(s.anchor);
  }
  if (e.penalties.other.length) anchors.add('penalty-tiers');
  return anchors;
}
