/** `/data/jurisdictions.csv`: the export flattened to one row per entry (columns in src/lib/export.ts). */
import type { APIRoute } from 'astro';
import { allEntries, BUILD_DATE } from '../../data/entries.js';
import { buildCsv, buildExport } from '../../lib/export.js';

export const GET: APIRoute = async () => {
  const csv = buildCsv(buildExport(await allEntries(), BUILD_DATE));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
