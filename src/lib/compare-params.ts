/**
 * Reads the compare page's query string (`?j=a,b[,c,d]&clause=…&view=side|inline`) into a
 * request the page can always render: unknown slugs are named with close matches, more
 * than four entries are cut to four, an empty or garbled query falls back to a default.
 * Every message is plain text; nothing from the URL is ever meant to become markup.
 */
import { closeMatches } from './problems.js';
import { CLAUSES, type ClauseId } from './vocabulary.js';

/** The most entries a comparison shows. */
export const MAX_COMPARED = 4;

/** Views of a comparison: columns side by side, or stacked rows. */
export const VIEWS = ['side', 'inline'] as const;
export type View = (typeof VIEWS)[number];

/** An entry the page may compare. */
export interface KnownEntry {
  readonly slug: string;
  readonly name: string;
}

/** What the page will show, and what it must tell the reader about the query. */
export interface CompareRequest {
  /** Slugs to compare, 2 to 4, the baseline first. */
  readonly slugs: readonly string[];
  /** A single clause, or `all`. */
  readonly clause: ClauseId | 'all';
  readonly view: View;
  /** Plain-text notices about the query (never HTML). */
  readonly messages: readonly string[];
}

const MAX_PARAM = 2_000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Shortens and de-controls a value from the URL for display in a plain-text message. */
export function displayValue(v: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = v.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/gu, '�');
  const chars = [...clean];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : clean;
}

/** Parses a query string safely: never throws, even on invalid percent-encoding. */
export function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.length > 20_000 ? search.slice(0, 20_000) : search);
  } catch {
    return new URLSearchParams();
  }
}

/**
 * Builds the compare request from a query string.
 * @param known every entry that can be compared
 * @param fallback the default selection (baseline first), used when the query gives fewer than two valid entries
 */
export function parseCompareQuery(search: string, known: readonly KnownEntry[], fallback: readonly string[]): CompareRequest {
  const params = safeParams(search);
  const messages: string[] = [];
  const bySlug = new Map(known.map((k) => [k.slug, k]));
  const raw = (params.get('j') ?? '').slice(0, MAX_PARAM);
  const slugs: string[] = [];
  for (const part of raw.split(',')) {
    const s = part.trim().toLowerCase();
    if (!s) continue;
    if (SLUG.test(s) && bySlug.has(s)) {
      if (slugs.includes(s)) messages.push(`“${bySlug.get(s)?.name ?? s}” was listed twice; it is shown once.`);
      else slugs.push(s);
      continue;
    }
    const close = closeMatches(s, known.flatMap((k) => [k.slug, k.name])).map((c) => known.find((k) => k.slug === c || k.name === c)?.name ?? c);
    const unique = [...new Set(close)].slice(0, 3);
    messages.push(`There is no entry “${displayValue(part.trim())}”.${unique.length ? ` Did you mean ${unique.join(', ')}?` : ''}`);
  }
  let chosen = slugs;
  if (chosen.length > MAX_COMPARED) {
    messages.push(`A comparison shows at most ${MAX_COMPARED} entries: the first ${MAX_COMPARED} are shown (${chosen.slice(MAX_COMPARED).map((s) => bySlug.get(s)?.name ?? s).join(', ')} left out).`);
    chosen = chosen.slice(0, MAX_COMPARED);
  }
  if (chosen.length < 2) {
    const base = fallback.filter((s) => bySlug.has(s));
    const only = chosen[0];
    let filled: string[] = base;
    if (only !== undefined) filled = only === base[0] ? [only, ...base.slice(1, 2)] : [...base.slice(0, 1), only];
    if (raw.trim() || params.has('j')) {
      messages.push(
        only === undefined
          ? 'No entries to compare were given: a default comparison is shown.'
          : only === base[0]
            ? 'A comparison needs two entries: a default entry was added.'
            : 'A comparison needs two entries: the default baseline was added first.',
      );
    }
    chosen = filled.slice(0, MAX_COMPARED);
  }

  const clauseRaw = (params.get('clause') ?? 'all').slice(0, 100).trim().toLowerCase();
  const clause = clauseRaw === 'all' || clauseRaw === '' ? 'all' : CLAUSES.find((c) => c.id === clauseRaw)?.id;
  if (!clause) messages.push(`There is no clause “${displayValue(clauseRaw)}”: all clauses are shown (choose from ${CLAUSES.map((c) => c.id).join(', ')}).`);

  const viewRaw = (params.get('view') ?? 'side').slice(0, 100).trim().toLowerCase();
  const view = (VIEWS as readonly string[]).includes(viewRaw) ? (viewRaw as View) : 'side';
  if (view !== viewRaw && viewRaw !== '') messages.push(`There is no view “${displayValue(viewRaw)}”: the side-by-side view is shown.`);

  return { slugs: chosen, clause: clause ?? 'all', view, messages };
}

/** The query string for a request (slugs in order, baseline first), e.g. `?j=a,b&clause=penalties`. */
export function compareQuery(r: Pick<CompareRequest, 'slugs' | 'clause' | 'view'>): string {
  const p = new URLSearchParams();
  p.set('j', r.slugs.join(','));
  if (r.clause !== 'all') p.set('clause', r.clause);
  if (r.view !== 'side') p.set('view', r.view);
  return `?${p.toString().replace(/%2C/g, ',')}`;
}
