/** `/data/matrix-<baseline>.csv`: the whole divergence matrix against each baseline the matrix pages offer. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allEntries } from '../../data/entries.js';
import { definitionEstablished } from '../../lib/baseline.js';
import type { Entry } from '../../lib/entry.js';
import { buildMatrix, matrixTable } from '../../lib/matrix.js';
import { toCsv } from '../../lib/export.js';

export const getStaticPaths: GetStaticPaths = async () => {
  const entries = await allEntries();
  return entries.filter((e) => e.kind === 'instrument' && definitionEstablished(e)).map((baseline) => ({ params: { file: `matrix-${baseline.slug}` }, props: { baseline, entries } }));
};

export const GET: APIRoute = ({ props }) => {
  const { baseline, entries } = props as { baseline: Entry; entries: Entry[] };
  const { headers, rows } = matrixTable(buildMatrix(entries, baseline));
  return new Response(toCsv(headers, rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
