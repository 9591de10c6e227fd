/**
 * Display helpers shared by pages, the export and islands: penalties, three-valued
 * facts, dates. Every unknown renders as "not established", never as "no".
 */
import type { Ceiling, PenaltyRange } from './schema.js';
import { NOT_ESTABLISHED } from './vocabulary.js';

/** `10 years`, `6 months`, `life imprisonment`, `death penalty`. */
export function formatCeiling(c: Ceiling | null): string {
  if (c === null) return NOT_ESTABLISHED;
  if (c === 'life') return 'life imprisonment';
  if (c === 'death') return 'death penalty';
  return formatYears(c);
}

/** A duration in years as words: `1 year`, `2.5 years` → `2 years 6 months`, `0.5` → `6 months`. */
export function formatYears(years: number): string {
  const whole = Math.floor(years);
  const months = Math.round((years - whole) * 12);
  const parts: string[] = [];
  if (whole) parts.push(`${whole} year${whole === 1 ? '' : 's'}`);
  if (months) parts.push(`${months} month${months === 1 ? '' : 's'}`);
  return parts.length ? parts.join(' ') : '0 years';
}

/** A penalty range: `2–8 years`, `up to 5 years`, `5 years to life imprisonment`, or "not established". */
export function formatRange(r: PenaltyRange | null): string {
  if (!r) return NOT_ESTABLISHED;
  const fine = r.fine === true ? ' (fine possible)' : '';
  const max = r.maxYears;
  if (max === null && r.minYears === null) return NOT_ESTABLISHED;
  if (max === null) return `at least ${formatYears(r.minYears ?? 0)}; maximum ${NOT_ESTABLISHED}${fine}`;
  if (r.minYears === null) return `up to ${formatCeiling(max)}; minimum ${NOT_ESTABLISHED}${fine}`;
  if (r.minYears === 0) return `up to ${formatCeiling(max)}${fine}`;
  if (typeof max === 'number') {
    const sameUnit = Number.isInteger(r.minYears) && Number.isInteger(max);
    return sameUnit ? `${r.minYears}–${max} years${fine}` : `${formatYears(r.minYears)} to ${formatYears(max)}${fine}`;
  }
  return `${formatYears(r.minYears)} to ${formatCeiling(max)}${fine}`;
}

/** A three-valued fact as words. */
export function formatFact(v: boolean | null, yes = 'yes', no = 'no'): string {
  return v === null ? NOT_ESTABLISHED : v ? yes : no;
}

/** A number or "not established". */
export function formatMaybe(v: number | string | null, suffix = ''): string {
  return v === null ? NOT_ESTABLISHED : `${v}${suffix}`;
}

const MONTHS_FMT = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_FMT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2023-12-01` → `1 December 2023`; `2009-09` → `September 2009`; `2009` → `2009`. */
export function formatDate(d: string | null): string {
  if (d === null) return NOT_ESTABLISHED;
  if (/^\d{4}$/.test(d)) return d;
  if (/^\d{4}-\d{2}$/.test(d)) return MONTHS_FMT.format(new Date(`${d}-01T00:00:00Z`));
  return DAY_FMT.format(new Date(`${d}T00:00:00Z`));
}

/** Sort key for a ceiling: years, with life above any term and death above life. */
export function ceilingRank(c: Ceiling | null): number {
  if (c === null) return -1;
  if (c === 'life') return 1000;
  if (c === 'death') return 2000;
  return c;
}
