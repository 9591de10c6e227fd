/**
 * The 2005 survey layer: what each State told the UN Secretary-General about its measures
 * against trafficking, as summarised in document E/CN.15/2005/8. The data file
 * (`content/survey-2005/survey.yaml`) attributes measures to States, each with the
 * paragraph or footnote of the report, and records the figures the report gives.
 * Absent means "not attributed by the report", never "did not do".
 */
import { z } from 'zod';
import { parseYaml } from './frontmatter.js';
import type { Problem } from './problems.js';

/** The document the layer summarises. */
export const SURVEY_SOURCE = 'E/CN.15/2005/8';

/** The measures the report attributes to States, with our labels and the report's own term. */
export const SURVEY_MEASURES = [
  { id: 'ratified-protocol', en: 'Ratified the Protocol', short: 'Ratified', fr: 'ratification du Protocole' },
  { id: 'ratification-underway', en: 'Ratification under way', short: 'Ratifying', fr: 'ratification en cours' },
  { id: 'criminalised-without-ratification', en: 'Criminalised without ratifying', short: 'Criminalised', fr: 'incrimination sans ratification' },
  { id: 'legislation-incomplete', en: 'Legislation not yet complete', short: 'Law pending', fr: 'législation en cours d’adoption' },
  { id: 'penalties-reported', en: 'Penalties reported', short: 'Penalties', fr: 'peines indiquées' },
  { id: 'special-investigation', en: 'Special investigative techniques', short: 'Investigation', fr: 'techniques d’enquête spéciales' },
  { id: 'special-police-unit', en: 'Special police unit', short: 'Police unit', fr: 'unité de police spécialisée' },
  { id: 'border-cooperation', en: 'Border cooperation', short: 'Borders', fr: 'coopération aux frontières' },
  { id: 'confiscation-cited', en: 'Confiscation used or cited', short: 'Confiscation', fr: 'confiscation' },
  { id: 'training', en: 'Training', short: 'Training', fr: 'formation' },
  { id: 'awareness-campaigns', en: 'Awareness campaigns', short: 'Awareness', fr: 'campagnes de sensibilisation' },
  { id: 'victim-protection-law', en: 'Victim or witness protection law', short: 'Protection law', fr: 'protection des victimes et des témoins' },
  { id: 'temporary-visas', en: 'Temporary residence for victims', short: 'Visas', fr: 'titres de séjour temporaires' },
  { id: 'shelters', en: 'Shelters', short: 'Shelters', fr: 'foyers d’accueil' },
  { id: 'repatriation', en: 'Repatriation', short: 'Repatriation', fr: 'rapatriement' },
  { id: 'national-plan', en: 'National plan', short: 'Plan', fr: 'plan national' },
  { id: 'child-national-plan', en: 'National plan for children', short: 'Child plan', fr: 'plan national pour les enfants' },
  { id: 'coordination-mechanism', en: 'Coordination mechanism', short: 'Coordination', fr: 'mécanisme de coordination' },
] as const;

export type SurveyMeasureId = (typeof SURVEY_MEASURES)[number]['id'];

/** Kinds of figures the report gives. */
export const FIGURE_KINDS = ['arrests', 'investigations', 'prosecutions', 'convictions', 'victims', 'cases'] as const;

const ref = z
  .string({ error: () => 'a reference to the report such as "para 5", "fn 4" or "para 5; fn 4"' })
  .regex(/^(para|fn) \d+(; (para|fn) \d+)*$/, { error: () => 'a reference to the report such as "para 5", "fn 4" or "para 5; fn 4"' });

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: () => 'a slug of lower-case letters, digits and hyphens' });

const measure = z.strictObject({ reported: z.literal(true, { error: () => 'true (omit a measure the report does not attribute)' }), ref });

const figure = z.strictObject({
  measure: z.enum(FIGURE_KINDS, { error: () => `one of ${FIGURE_KINDS.join(', ')}` }),
  year: z.union([z.number().int().min(1990).max(2005), z.string().regex(/^\d{4}-\d{4}$/)], { error: () => 'a year (2003) or a span ("2003-2004")' }).optional(),
  value: z.number().nonnegative(),
  ref,
  note: z.string().min(1),
});

const measureIds = SURVEY_MEASURES.map((m) => m.id) as [SurveyMeasureId, ...SurveyMeasureId[]];

/** One responding State. */
export const surveyStateSchema = z.strictObject({
  slug,
  name: z.string().min(1),
  nameFr: z.string().min(1),
  today: z.array(slug),
  measures: z.partialRecord(z.enum(measureIds, { error: () => `one of the survey measures (${measureIds.join(', ')})` }), measure).default({}),
  notes: z.array(z.strictObject({ text: z.string().min(1), ref })).default([]),
  figures: z.array(figure).default([]),
});

/** The whole survey file. */
export const surveySchema = z
  .strictObject({
    source: z.literal(SURVEY_SOURCE),
    title: z.string().min(1),
    respondents: z.number().int().positive(),
    states: z.array(surveyStateSchema),
    organisations: z.array(z.strictObject({ name: z.string().min(1), nameFr: z.string().min(1), ref })),
  })
  .superRefine((d, ctx) => {
    if (d.states.length !== d.respondents) ctx.addIssue({ code: 'custom', path: ['states'], message: `${d.respondents} States, one per respondent (found ${d.states.length})` });
    const seen = new Set<string>();
    d.states.forEach((s, i) => {
      if (seen.has(s.slug)) ctx.addIssue({ code: 'custom', path: ['states', i, 'slug'], message: `each State once ("${s.slug}" appears twice)` });
      seen.add(s.slug);
    });
  });

export type Survey = z.infer<typeof surveySchema>;
export type SurveyState = z.infer<typeof surveyStateSchema>;

/** Reads and validates the survey file; every problem is reported with its line. */
export function readSurvey(file: string, text: string): { survey: Survey | null; problems: Problem[] } {
  const r = parseYaml(surveySchema, file, text, 1, 'survey');
  return { survey: r.data, problems: r.problems };
}

/** The export `/data/survey-2005.json`. */
export function surveyExport(s: Survey): {
  source: string;
  title: string;
  states: { slug: string; name: string; today: string[]; measures: Partial<Record<SurveyMeasureId, { reported: true; ref: string }>>; figures: SurveyState['figures'] }[];
  organisations: Survey['organisations'];
} {
  return {
    source: s.source,
    title: s.title,
    states: s.states.map((st) => ({ slug: st.slug, name: st.name, today: st.today, measures: st.measures, figures: st.figures })),
    organisations: s.organisations,
  };
}

/** The State of the survey that corresponds to today's entry `slug`, if any. */
export function surveyStateFor(s: Survey, slug: string): SurveyState | undefined {
  return s.states.find((st) => st.today.includes(slug));
}

/** Anchor of a State's note on the survey page. */
export const surveyAnchor = (stateSlug: string, measureId?: string): string => (measureId ? `s-${stateSlug}-${measureId}` : `s-${stateSlug}`);
