/** `/data/jurisdictions.json`: the open-data export (DESIGN §6). */
import type { APIRoute } from 'astro';
import { allEntries, BUILD_DATE } from '../../data/entries.js';
import { buildExport } from '../../lib/export.js';

export const GET: APIRoute = async () => {
  const doc = buildExport(await allEntries(), BUILD_DATE);
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
