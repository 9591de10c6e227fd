/**
 * The canonical vocabulary of Concordance (DESIGN §4): element ids with their English and
 * French labels and synonyms, the closed lists of regions and legal families, and the
 * closed list of clauses and sub-clause labels of the clause grammar (DESIGN §3).
 *
 * New ids are added here and nowhere else. Every other module (schema, parser, diff,
 * search, pages) reads the vocabulary from this file.
 */

/** A vocabulary term: a stable id, display labels and the words that mean the same thing. */
export interface Term {
  /** Stable id used in frontmatter, URLs and the open-data export. */
  readonly id: string;
  /** English label; also the canonical wording used in clause text. */
  readonly en: string;
  /** French label. */
  readonly fr: string;
  /**
   * Other English wordings that mean the same element. The body/frontmatter agreement
   * check and the search accept them as well as the label.
   */
  readonly synonymsEn: readonly string[];
  /** Other French wordings (used by search). */
  readonly synonymsFr: readonly string[];
}

function term(
  id: string,
  en: string,
  fr: string,
  synonymsEn: readonly string[] = [],
  synonymsFr: readonly string[] = [],
): Term {
  return { id, en, fr, synonymsEn, synonymsFr };
}

/** Acts: what the offender does to the person (Protocol art. 3(a), first element). */
export const ACTS = [
  term('recruitment', 'recruitment', 'recrutement', ['recruiting', 'recruits', 'recruit'], ['recruter']),
  term('transportation', 'transportation', 'transport', ['transport', 'transporting', 'transports', 'conveying'], ['transporter']),
  term('transfer', 'transfer', 'transfert', ['transferring', 'transfers', 'handing over', 'passing on'], ['transférer']),
  term('harbouring', 'harbouring', 'hébergement', ['harboring', 'harbours', 'sheltering', 'concealing', 'holding'], ['héberger']),
  term('receipt', 'receipt', 'accueil', ['receiving', 'receives', 'taking in'], ['accueillir']),
  term(
    'exchange-of-control',
    'exchange or transfer of control',
    'échange ou transfert du contrôle',
    ['exchange of control', 'transfer of control', 'transfer or exchange of control', 'selling', 'sale of a person', 'buying'],
    ['vente', 'achat'],
  ),
  term('other-act', 'other act', 'autre acte', ['other acts', 'other conduct']),
] as const satisfies readonly Term[];

/** Means: how the offender overcomes the person's will (Protocol art. 3(a), second element). */
export const MEANS = [
  term('threat', 'threat', 'menace', ['threats', 'threatening', 'threat of force'], ['menaces']),
  term('force', 'use of force', 'recours à la force', ['force', 'violence', 'physical force'], ['force', 'violence']),
  term('coercion', 'coercion', 'contrainte', ['other forms of coercion', 'coercive', 'coerced', 'compulsion'], ['coercition']),
  term('abduction', 'abduction', 'enlèvement', ['kidnapping', 'abducting'], ['rapt']),
  term('fraud', 'fraud', 'fraude', ['fraudulent']),
  term('deception', 'deception', 'tromperie', ['deceit', 'deceiving', 'trickery', 'ruse'], ['ruse']),
  term('abuse-of-power', 'abuse of power', "abus d'autorité", ['abuse of authority'], ['abus de pouvoir']),
  term(
    'abuse-of-vulnerability',
    'abuse of a position of vulnerability',
    "abus d'une situation de vulnérabilité",
    ['abuse of vulnerability', 'abuse of a situation of vulnerability', 'exploitation of a position of vulnerability', 'helplessness'],
    ['vulnérabilité', 'abus de vulnérabilité'],
  ),
  term(
    'payments-to-controller',
    'giving or receiving payments or benefits to obtain the consent of a person having control',
    "offre ou acceptation de paiements ou d'avantages pour obtenir le consentement d'une personne ayant autorité",
    ['payments or benefits', 'giving or receiving payments', 'payment to a person having control'],
    ['paiements ou avantages'],
  ),
  term('other-means', 'other means', 'autre moyen', ['other improper means']),
] as const satisfies readonly Term[];

/** Purposes: the forms of exploitation aimed at (Protocol art. 3(a), third element). */
export const PURPOSES = [
  term(
    'sexual-exploitation',
    'sexual exploitation',
    'exploitation sexuelle',
    ['exploitation of the prostitution of others', 'prostitution', 'pornography', 'sexual acts'],
    ['exploitation de la prostitution', 'prostitution'],
  ),
  term(
    'forced-labour',
    'forced labour or services',
    'travail ou services forcés',
    ['forced labour', 'forced labor', 'forced services', 'compulsory labour', 'labour exploitation', 'exploitative employment'],
    ['travail forcé', 'services forcés'],
  ),
  term(
    'slavery',
    'slavery or practices similar to slavery',
    "esclavage ou pratiques analogues à l'esclavage",
    ['slavery', 'practices similar to slavery', 'slave'],
    ['esclavage'],
  ),
  term('servitude', 'servitude', 'servitude', ['debt bondage', 'bondage'], ['servitude pour dettes']),
  term(
    'organ-removal',
    'removal of organs',
    "prélèvement d'organes",
    ['organ removal', 'removal of an organ', 'organ harvesting', 'organ trafficking', 'removal of organs, tissue or cells'],
    ["prélèvement d'organe", 'organes'],
  ),
  term('forced-begging', 'forced begging', 'mendicité forcée', ['begging'], ['mendicité']),
  term(
    'forced-criminality',
    'forced criminal activities',
    'contrainte à commettre des infractions',
    ['exploitation of criminal activities', 'forced criminality', 'criminal activities', 'commission of offences', 'committing offences'],
    ['activités criminelles', 'délits'],
  ),
  term('forced-marriage', 'forced marriage', 'mariage forcé', ['marriage'], ['mariage']),
  term('illegal-adoption', 'illegal adoption', 'adoption illégale', ['adoption'], ['adoption']),
  term('surrogacy', 'surrogacy', 'gestation pour autrui', ['surrogate', 'exploitation of surrogacy'], ['maternité de substitution']),
  term('other-purpose', 'other forms of exploitation', "autres formes d'exploitation", ['other exploitation', 'other purpose', 'other purposes']),
] as const satisfies readonly Term[];

/** Aggravating circumstances. Each is also a sub-clause label of the Aggravating factors clause. */
export const AGGRAVATING = [
  term('child-victim', 'Child victim', 'Victime mineure', ['minor victim', 'child'], ['mineur', 'enfant']),
  term('vulnerable-victim', 'Vulnerable victim', 'Victime vulnérable', ['particularly vulnerable victim'], ['particulièrement vulnérable']),
  term('organised-group', 'Organised group', 'Groupe organisé', ['organised crime', 'organized group', 'criminal organisation', 'gang'], ['bande organisée', 'criminalité organisée']),
  term('public-official', 'Public official', 'Agent public', ['official', 'abuse of office', 'civil servant'], ['fonctionnaire', 'agent public']),
  term('death', 'Death', 'Décès', ['death of the victim', 'killing'], ['mort']),
  term('serious-harm', 'Serious harm', 'Atteinte grave', ['grievous bodily harm', 'serious injury', 'serious damage to health'], ['blessures graves']),
  term('endangered-life', 'Endangered life', 'Mise en danger de la vie', ['danger to life', 'life-threatening'], ['danger de mort']),
  term('weapon-or-violence', 'Weapon or violence', 'Arme ou violence', ['weapon', 'serious violence', 'violence'], ['arme', 'violences']),
  term('drugs-or-medication', 'Drugs or medication', 'Drogues ou médicaments', ['drugs', 'narcotics', 'medication'], ['stupéfiants']),
  term('repeat-offence', 'Repeat offence', 'Récidive', ['recidivism', 'previous conviction'], ['récidive']),
  term('multiple-victims', 'Multiple victims', 'Pluralité de victimes', ['several victims', 'more than one victim'], ['plusieurs victimes']),
  term('professional-or-habitual', 'Professional or habitual', 'Habitude ou profession', ['commercial', 'habitual', 'for gain as a business', 'gewerbsmäßig'], ['habituel', 'professionnel']),
  term('family-or-guardian', 'Family or guardian', 'Famille ou tuteur', ['parent', 'guardian', 'relative', 'person in a position of trust'], ['parent', 'tuteur', 'ascendant']),
  term('other-aggravation', 'Other aggravation', 'Autre circonstance aggravante', ['other aggravating circumstance'], ['autre']),
] as const satisfies readonly Term[];

/** Element groups compared between entries. */
export type ElementGroup = 'acts' | 'means' | 'purposes' | 'aggravatingCircumstances';

/** Ids of each element group, as string-literal unions. */
export type ActId = (typeof ACTS)[number]['id'];
export type MeansId = (typeof MEANS)[number]['id'];
export type PurposeId = (typeof PURPOSES)[number]['id'];
export type AggravationId = (typeof AGGRAVATING)[number]['id'];

/** The terms of each element group, keyed by the frontmatter field name. */
export const ELEMENT_GROUPS: Readonly<Record<ElementGroup, readonly Term[]>> = {
  acts: ACTS,
  means: MEANS,
  purposes: PURPOSES,
  aggravatingCircumstances: AGGRAVATING,
};

/** Human labels of the element groups. */
export const ELEMENT_GROUP_LABELS: Readonly<Record<ElementGroup, { en: string; fr: string }>> = {
  acts: { en: 'Acts', fr: 'Actes' },
  means: { en: 'Means', fr: 'Moyens' },
  purposes: { en: 'Purposes', fr: 'Fins' },
  aggravatingCircumstances: { en: 'Aggravating circumstances', fr: 'Circonstances aggravantes' },
};

/** Ids of a group, in vocabulary order. */
export function idsOf(group: ElementGroup): string[] {
  return ELEMENT_GROUPS[group].map((t) => t.id);
}

/** Finds a term of a group by id, or `undefined`. */
export function findTerm(group: ElementGroup, id: string): Term | undefined {
  return ELEMENT_GROUPS[group].find((t) => t.id === id);
}

/** English label of an id in a group; the id itself if unknown (never throws). */
export function labelOf(group: ElementGroup, id: string): string {
  return findTerm(group, id)?.en ?? id;
}

/** Closed list of regions used to group and filter entries. */
export const REGIONS = [
  term('international', 'International', 'International'),
  term('europe-regional', 'European (regional)', 'Européen (régional)'),
  term('western-europe', 'Western Europe', "Europe de l'Ouest"),
  term('northern-europe', 'Northern Europe', 'Europe du Nord'),
  term('south-east-central-europe', 'South-East and Central Europe', 'Europe centrale et du Sud-Est'),
  term('eastern-europe', 'Eastern Europe', "Europe de l'Est"),
  term('central-south-asia', 'Central and South Asia', 'Asie centrale et du Sud'),
  term('east-asia-pacific', 'East Asia and the Pacific', "Asie de l'Est et Pacifique"),
  term('middle-east-north-africa', 'Middle East and North Africa', 'Moyen-Orient et Afrique du Nord'),
  term('sub-saharan-africa', 'Sub-Saharan Africa', 'Afrique subsaharienne'),
  term('americas', 'Americas', 'Amériques'),
] as const satisfies readonly Term[];

/** Closed list of legal families. */
export const LEGAL_FAMILIES = [
  term('civil-law', 'Civil law', 'Droit civil (romano-germanique)'),
  term('common-law', 'Common law', 'Common law'),
  term('mixed', 'Mixed system', 'Système mixte'),
  term('islamic-law', 'Islamic law (mixed)', 'Droit musulman (mixte)'),
  term('international-law', 'International instrument', 'Instrument international'),
] as const satisfies readonly Term[];

export type RegionId = (typeof REGIONS)[number]['id'];
export type LegalFamilyId = (typeof LEGAL_FAMILIES)[number]['id'];

/** The four clauses of an entry, in their mandatory order. */
export const CLAUSES = [
  { id: 'definition', heading: 'Offence definition', fr: "Définition de l'infraction" },
  { id: 'aggravation', heading: 'Aggravating factors', fr: 'Circonstances aggravantes' },
  { id: 'penalties', heading: 'Penalties', fr: 'Peines' },
  { id: 'confiscation', heading: 'Confiscation', fr: 'Confiscation' },
] as const;

export type ClauseId = (typeof CLAUSES)[number]['id'];

/** A sub-clause label with its anchor slug. */
export interface SubclauseLabel {
  /** The label as written in bold in the body, e.g. `Basic offence`. */
  readonly label: string;
  /** Anchor-safe key, e.g. `basic-offence`; the anchor is `<clause>-<key>`. */
  readonly key: string;
  /** French label. */
  readonly fr: string;
}

function sub(label: string, fr: string, key = label.toLowerCase().replace(/[^a-z0-9]+/g, '-')): SubclauseLabel {
  return { label, key, fr };
}

const NOTES = sub('Notes', 'Remarques');

/**
 * The closed list of sub-clause labels, per clause, in the order they should appear.
 * The Aggravating factors clause uses one label per aggravating circumstance.
 */
export const SUBCLAUSE_LABELS: Readonly<Record<ClauseId, readonly SubclauseLabel[]>> = {
  definition: [
    sub('Scope', 'Champ'),
    sub('Acts', 'Actes'),
    sub('Means', 'Moyens'),
    sub('Purposes', 'Fins'),
    sub('Child victims', 'Victimes mineures'),
    sub('Consent', 'Consentement'),
    sub('Related offences', 'Infractions voisines'),
    NOTES,
  ],
  aggravation: [...AGGRAVATING.map((t) => sub(t.en, t.fr, t.id)), NOTES],
  penalties: [
    sub('Basic offence', 'Infraction simple'),
    sub('Aggravated offence', 'Infraction aggravée'),
    sub('Further tiers', 'Autres degrés'),
    sub('Related offences', 'Infractions voisines'),
    sub('Legal persons', 'Personnes morales'),
    NOTES,
  ],
  confiscation: [
    sub('Proceeds', 'Produits'),
    sub('Instrumentalities', 'Instruments'),
    sub('Value confiscation', 'Confiscation en valeur'),
    sub('Extended confiscation', 'Confiscation élargie'),
    sub('Victims', 'Victimes'),
    NOTES,
  ],
};

/** Finds a sub-clause label (case-sensitive, as written) in a clause, or `undefined`. */
export function findSubclauseLabel(clause: ClauseId, label: string): SubclauseLabel | undefined {
  return SUBCLAUSE_LABELS[clause].find((s) => s.label === label);
}

/** Clause descriptor by heading text, or `undefined`. */
export function clauseByHeading(heading: string): (typeof CLAUSES)[number] | undefined {
  return CLAUSES.find((c) => c.heading === heading);
}

/** Anchor id of a clause or sub-clause, e.g. `definition` or `definition-means`. */
export function anchorOf(clause: ClauseId, key?: string): string {
  return key ? `${clause}-${key}` : clause;
}

/** Confiscation features recorded in frontmatter, with labels. */
export const CONFISCATION_FEATURES = [
  { id: 'proceeds', en: 'Proceeds', fr: 'Produits' },
  { id: 'instrumentalities', en: 'Instrumentalities', fr: 'Instruments' },
  { id: 'valueBased', en: 'Value confiscation', fr: 'Confiscation en valeur' },
  { id: 'extended', en: 'Extended confiscation', fr: 'Confiscation élargie' },
  { id: 'traffickingSpecific', en: 'Trafficking-specific provision', fr: 'Disposition propre à la traite' },
] as const;

export type ConfiscationFeatureId = (typeof CONFISCATION_FEATURES)[number]['id'];

/** How firm an entry is (DESIGN §2). */
export const BASIS = [
  { id: 'primary', en: 'Primary', description: 'the official text, or an official translation, of the version summarised was read' },
  { id: 'secondary', en: 'Secondary', description: 'reliable secondary sources only' },
  { id: 'partial', en: 'Partial', description: 'some clauses rest on secondary sources or are not established' },
] as const;

export type BasisId = (typeof BASIS)[number]['id'];

/** The wording shown wherever a value is unknown (`null`). */
export const NOT_ESTABLISHED = 'not established';
