/** `/data/compare/<slug>.csv`: the ready-made comparison of an entry with the default baseline, as shown on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries, siteBaseline } from '../../../data/entries.js';
import type { Entry } from '../../../lib/entry.js';
import { comparisonRows } from '../../../lib/compare-render.js';
import { toCsv } from '../../../lib/export.js';

export const getStaticPaths: GetStaticPaths = async () => {
  const baseline = (await siteBaseline())?.entry;
  if (!baseline) return [];
  return (await allEntries()).filter((e) => e.slug !== baseline.slug).map((entry) => ({ params: { slug: entry.slug }, props: { entry, baseline } }));
};

export const GET: APIRoute = ({ props }) => {
  const { entry, baseline } = props as { entry: Entry; baseline: Entry };
  const { headers, rows } = comparisonRows([baseline, entry], 'all');
  return new Response(toCsv(headers, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
