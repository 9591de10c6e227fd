/**
 * The frontmatter schema of an entry (DESIGN §2), as zod. Field names are part of the
 * open-data contract (DESIGN §6): rename nothing without raising `schemaVersion`.
 *
 * Unknown values are `null` (shown as "not established"); the schema never supplies
 * a default that would turn an unknown into a claim.
 */
import { z } from 'zod';
import {
  ACTS,
  AGGRAVATING,
  BASIS,
  LEGAL_FAMILIES,
  MEANS,
  PURPOSES,
  REGIONS,
  type Term,
} from './vocabulary.js';

function idEnum<T extends readonly Term[]>(terms: T, what: string) {
  const ids = terms.map((t) => t.id) as [string, ...string[]];
  return z.enum(ids, { error: () => `one of the ${what} ids (${ids.join(', ')})` });
}

/** A calendar date, `YYYY-MM-DD`, or a month `YYYY-MM`, or a year `YYYY`. */
export const partialDate = z
  .string({ error: () => 'a date written YYYY-MM-DD (or YYYY-MM, or YYYY)' })
  .refine((s) => /^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/.test(s) && (s.length < 10 || z.iso.date().safeParse(s).success), {
    error: () => 'a date written YYYY-MM-DD (or YYYY-MM, or YYYY)',
  });

const httpsUrl = z
  .string({ error: () => 'an https:// address' })
  .refine((s) => {
    try {
      return new URL(s).protocol === 'https:';
    } catch {
      return false;
    }
  }, { error: () => 'an https:// address' });

const anyUrl = z
  .string({ error: () => 'an http(s):// address' })
  .refine((s) => {
    try {
      return ['https:', 'http:'].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, { error: () => 'an http(s):// address' });

const nonEmpty = (what: string) => z.string({ error: () => what }).trim().min(1, { error: () => what });

/** Three-valued fact: `true`, `false` or `null` (not established). */
const fact = z.boolean({ error: () => 'true, false or null' }).nullable();

/** A penalty ceiling: years, life imprisonment or the death penalty. */
export const ceiling = z.union([z.number().positive(), z.literal('life'), z.literal('death')], {
  error: () => 'a number of years, "life" or "death"',
});

/** A penalty range in years. `minYears` is 0 where the law states no minimum. */
export const penaltyRange = z.strictObject({
  minYears: z.number({ error: () => 'a number of years (0 where the law states no minimum) or null' }).min(0).nullable(),
  maxYears: ceiling.nullable(),
  fine: fact,
});

const labelledRange = penaltyRange.extend({
  label: nonEmpty('a label naming the tier or offence and its article'),
});

const instrument = z.strictObject({
  title: nonEmpty('the title in the original language'),
  titleEn: nonEmpty('the English title'),
  citation: nonEmpty('the articles summarised'),
  url: httpsUrl,
  asOf: partialDate.nullable(),
});

const source = z.strictObject({
  title: nonEmpty('a title naming the source'),
  url: anyUrl.nullable(),
  note: z.string().nullable().optional(),
});

/** The schema of an entry's frontmatter. */
export const frontmatterSchema = z.strictObject({
  name: nonEmpty('the display name'),
  kind: z.enum(['state', 'instrument'], { error: () => '"state" or "instrument"' }),
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: () => 'a two-letter ISO 3166-1 code in capitals, e.g. DE' })
    .nullable(),
  region: idEnum(REGIONS, 'region'),
  legalFamily: idEnum(LEGAL_FAMILIES, 'legal family'),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: () => 'an ISO 639-1 language code, e.g. de' })).min(1),
  summary: z.string().trim().min(1).nullable(),
  instruments: z.array(instrument).min(1, { error: () => 'at least one instrument' }),
  protocol: z
    .strictObject({
      status: z.enum(['party', 'signatory', 'not-party'], { error: () => '"party", "signatory", "not-party" or null' }).nullable(),
      date: partialDate.nullable(),
      source: z.string().nullable(),
    })
    .nullable(),
  elements: z.strictObject({
    acts: z.array(idEnum(ACTS, 'act')).nullable(),
    means: z.array(idEnum(MEANS, 'means')).nullable(),
    purposes: z.array(idEnum(PURPOSES, 'purpose')).nullable(),
    meansRequiredForAdults: fact,
    consentIrrelevant: fact,
    childAge: z.number({ error: () => 'an age in years or null' }).int().min(1).max(25).nullable(),
    childMeansRequired: fact,
  }),
  aggravatingCircumstances: z.array(idEnum(AGGRAVATING, 'aggravating circumstance')).nullable(),
  penalties: z.strictObject({
    basic: penaltyRange.nullable(),
    aggravated: penaltyRange.nullable(),
    maxTerm: ceiling.nullable(),
    other: z.array(labelledRange).default([]),
  }),
  confiscation: z.strictObject({
    proceeds: fact,
    instrumentalities: fact,
    valueBased: fact,
    extended: fact,
    traffickingSpecific: fact,
    provisions: z.string().trim().min(1).nullable(),
  }),
  sources: z.array(source).min(1, { error: () => 'at least one source' }),
  reviewed: partialDate,
  basis: z.enum(BASIS.map((b) => b.id) as [string, ...string[]], { error: () => '"primary", "secondary" or "partial"' }),
  basisNote: nonEmpty('one line saying how firm the entry is'),
  /** A draft is checked like any entry but not published. `npm run new` writes drafts. */
  draft: z.boolean({ error: () => 'true or false' }).optional(),
});

/** Validated frontmatter of an entry. */
export type Frontmatter = z.infer<typeof frontmatterSchema>;
/** A penalty range. */
export type PenaltyRange = z.infer<typeof penaltyRange>;
/** A penalty ceiling: years, `"life"` or `"death"`. */
export type Ceiling = z.infer<typeof ceiling>;
