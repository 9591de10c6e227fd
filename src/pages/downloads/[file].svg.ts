/**
 * `/downloads/<chart>.svg` and `/downloads/<chart>.png.svg`: every chart as a standalone
 * SVG, plain (for editing) or PNG-ready (pixel size, white background), for slides.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import topology from 'world-atlas/countries-110m.json';
import { allEntries, siteBaseline } from '../../data/entries.js';
import { definitionEstablished } from '../../lib/baseline.js';
import { matrixChart, penaltyChart, standaloneSvg, worldMap } from '../../lib/charts.js';

type Chart = { title: string; width: number; height: number; body: string };

export const getStaticPaths: GetStaticPaths = async () => {
  const entries = await allEntries();
  const choice = await siteBaseline();
  const baseline = choice?.entry ?? null;
  const site = import.meta.env.BASE_URL;
  const charts: Record<string, Chart> = {};
  const p = penaltyChart(entries, site);
  charts.penalties = { title: 'Penalty ranges for trafficking, in years', width: p.width, height: p.height, body: p.svgBody };
  for (const measure of ['coverage', 'penalty'] as const) {
    const m = worldMap(entries, measure, baseline, topology, site);
    charts[`map-${measure}`] = { title: measure === 'coverage' ? 'Coverage score' : 'Highest penalty for trafficking', width: m.width, height: m.height, body: m.svgBody };
  }
  for (const b of entries.filter((e) => e.kind === 'instrument' && definitionEstablished(e))) {
    const m = matrixChart(entries, b);
    charts[`matrix-${b.slug}`] = { title: `Divergence matrix against ${b.name}`, width: m.width, height: m.height, body: m.svgBody };
  }
  return Object.entries(charts).flatMap(([name, chart]) => [
    { params: { file: name }, props: { chart, pngReady: false } },
    { params: { file: `${name}.png` }, props: { chart, pngReady: true } },
  ]);
};

export const GET: APIRoute = ({ props }) => {
  const { chart, pngReady } = props as { chart: Chart; pngReady: boolean };
  return new Response(standaloneSvg({ ...chart, pngReady }), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
