/**
 * The bridge between Astro's content collections and the core: every page gets its
 * entries from here, already checked by the loader, typed as the core's `Entry`.
 */
import { getCollection } from 'astro:content';
import type { Entry } from '../lib/entry.js';
import { defaultBaseline, type BaselineChoice } from '../lib/baseline.js';

/** Every entry, instruments first, then states, each group by name. */
export async function allEntries(): Promise<Entry[]> {
  const [states, instruments] = await Promise.all([getCollection('jurisdictions'), getCollection('instruments')]);
  const byName = (a: Entry, b: Entry) => a.name.localeCompare(b.name, 'en');
  return [
    ...instruments.map((e) => e.data as Entry).sort(byName),
    ...states.map((e) => e.data as Entry).sort(byName),
  ];
}

/** The default baseline of the site, computed from the content (DESIGN §3). */
export async function siteBaseline(): Promise<BaselineChoice | null> {
  return defaultBaseline(await allEntries());
}

/** The date of this build, `YYYY-MM-DD` (UTC), shown as "built on" and used as the citation access date. */
export const BUILD_DATE = (process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date()).toISOString().slice(0, 10);
