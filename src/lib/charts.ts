/**
 * Charts for slides, drawn at build time as SVG (no client chart library): the penalty
 * chart, the divergence matrix and the world map share this module's helpers. Every chart
 * can be written as a standalone SVG file: plain (viewBox only, for editing) or PNG-ready
 * (fixed pixel size, white background, fonts and colours inside the file).
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import countries from 'i18n-iso-countries';
import type { Entry } from './entry.js';
import { escapeHtml as h } from './render-inline.js';
import { ceilingRank, formatCeiling, formatRange } from './format.js';
import { buildMatrix, MATRIX_COLUMNS, MATRIX_GROUPS, STATUS_TEXT } from './matrix.js';
import { formatScore, scoreEntry } from './score.js';

/**
 * Presentation of each chart class as SVG attributes. On the site the same classes are
 * styled by the stylesheet; a standalone file carries these attributes instead of a
 * `<style>` element, so it renders the same in any viewer or converter and under any
 * content security policy.
 */
export const CHART_CLASSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  title: { 'font-size': '18', 'font-weight': '700', fill: '#1b1f24' },
  small: { 'font-size': '11', fill: '#1b1f24' },
  label: { 'font-size': '12', fill: '#1b1f24' },
  tick: { stroke: '#c9ced6', 'stroke-width': '1' },
  'bar-basic': { fill: '#0b5cad' },
  'bar-aggravated': { stroke: '#1b1f24', 'stroke-width': '1' },
  'hatch-bg': { fill: '#ffffff' },
  'hatch-line': { stroke: '#1b1f24', 'stroke-width': '2.5' },
  'ref-line': { stroke: '#8a6100', 'stroke-width': '2', 'stroke-dasharray': '6 4' },
  'ref-label': { 'font-size': '11', fill: '#5c4100' },
  marker: { fill: '#1b1f24' },
  country: { stroke: '#ffffff', 'stroke-width': '0.4' },
  'no-entry': { fill: '#eceef1' },
  'st-present': { fill: '#1d6b36' },
  'st-absent': { fill: '#8c1d18' },
  'st-not-established': { fill: '#4a525c' },
};

/** Replaces chart class names with their presentation attributes (explicit attributes already on an element win). */
export function inlineClasses(markup: string): string {
  return markup.replace(/<([a-z]+)([^>]*?)\sclass="([^"]+)"([^>]*)>/g, (_m, tag: string, before: string, classes: string, after: string) => {
    const attrs: Record<string, string> = {};
    for (const c of classes.split(/\s+/)) Object.assign(attrs, CHART_CLASSES[c] ?? {});
    const present = `${before} ${after}`;
    const extra = Object.entries(attrs)
      .filter(([k]) => !new RegExp(`\\s${k}="`).test(present))
      .map(([k, v]) => ` ${k}="${v}"`)
      .join('');
    return `<${tag}${before}${extra}${after}>`;
  });
}

/** Wraps chart markup as a standalone SVG document: plain (viewBox only) or PNG-ready (pixel size, white background). */
export function standaloneSvg(o: { width: number; height: number; body: string; title: string; pngReady: boolean }): string {
  const size = o.pngReady ? ` width="${o.width}" height="${o.height}"` : '';
  const bg = o.pngReady ? `<rect width="100%" height="100%" fill="#ffffff"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}"${size} font-family="Helvetica, Arial, sans-serif" role="img"><title>${h(o.title)}</title>${bg}${inlineClasses(o.body)}</svg>\n`;
}

/** Pattern definitions shared by the charts (hatching for aggravated ranges, map buckets). */
function patterns(prefix: string): string {
  return `<defs>
    <pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern>
    ${MAP_BUCKETS.map((b, i) => `<pattern id="${prefix}-b${i}" width="${b.spacing}" height="${b.spacing}" patternUnits="userSpaceOnUse" patternTransform="rotate(${b.angle})"><rect width="${b.spacing}" height="${b.spacing}" fill="${b.fill}"/>${b.lines ? `<line x1="0" y1="0" x2="0" y2="${b.spacing}" stroke="#ffffff" stroke-width="${b.lines}"/>` : ''}</pattern>`).join('')}
  </defs>`;
}

/** One bar of the penalty chart. */
export interface PenaltyBarRow {
  readonly slug: string;
  readonly name: string;
  readonly basic: Entry['penalties']['basic'];
  readonly aggravated: Entry['penalties']['aggravated'];
  readonly maxTerm: Entry['penalties']['maxTerm'];
}

/** Reference lines: the EU Directive's minimum maxima, read from its entry (null when absent). */
export function euReferenceLines(entries: readonly Entry[]): { years: number; label: string }[] {
  const eu = entries.find((e) => e.slug === 'eu-directive-2011-36');
  const out: { years: number; label: string }[] = [];
  if (typeof eu?.penalties.basic?.maxYears === 'number') out.push({ years: eu.penalties.basic.maxYears, label: `EU minimum maximum, basic (${eu.penalties.basic.maxYears})` });
  if (typeof eu?.penalties.aggravated?.maxYears === 'number') out.push({ years: eu.penalties.aggravated.maxYears, label: `EU minimum maximum, aggravated (${eu.penalties.aggravated.maxYears})` });
  return out;
}

/** The entries the penalty chart shows (every State, and instruments that set penalties), highest first. */
export function penaltyRows(entries: readonly Entry[]): PenaltyBarRow[] {
  return entries
    .filter((e) => e.kind === 'state' || e.penalties.basic || e.penalties.aggravated)
    .map((e) => ({ slug: e.slug, name: e.name, basic: e.penalties.basic, aggravated: e.penalties.aggravated, maxTerm: e.penalties.maxTerm }))
    .sort((a, b) => ceilingRank(b.maxTerm) - ceilingRank(a.maxTerm) || a.name.localeCompare(b.name, 'en'));
}

/** The penalty chart: one row per entry with its basic (solid) and aggravated (hatched) ranges on one scale. */
export function penaltyChart(entries: readonly Entry[], base = '/', prefix = 'pc'): { svgBody: string; width: number; height: number; rows: PenaltyBarRow[] } {
  const rows = penaltyRows(entries);
  const refs = euReferenceLines(entries);
  const finite = rows.flatMap((r) => [r.basic?.maxYears, r.aggravated?.maxYears, r.maxTerm]).filter((v): v is number => typeof v === 'number');
  const scale = Math.ceil(Math.max(10, ...finite, ...refs.map((r) => r.years)) / 5) * 5;
  const left = 250;
  const plot = 560;
  const rowH = 42;
  const top = 86;
  const width = left + plot + 190;
  const height = top + rows.length * rowH + 50;
  const x = (years: number) => left + (Math.min(years, scale) / scale) * plot;
  const parts: string[] = [patterns(prefix)];
  parts.push(`<text x="20" y="28" class="title">Penalty ranges for trafficking (years of imprisonment)</text>`);
  parts.push(`<text x="20" y="46" class="small">Solid: basic offence. Hatched: first aggravated tier. ▶ life imprisonment, ✖ death penalty, € a fine in the same provision.</text>`);
  for (let y = 0; y <= scale; y += 5) parts.push(`<line x1="${x(y)}" y1="${top - 4}" x2="${x(y)}" y2="${height - 36}" class="tick"/><text x="${x(y)}" y="${height - 20}" text-anchor="middle" class="small">${y}</text>`);
  refs.forEach((r, i) => parts.push(`<line x1="${x(r.years)}" y1="${top - 8 - i * 14}" x2="${x(r.years)}" y2="${height - 36}" class="ref-line"/><text x="${x(r.years) + 4}" y="${top - 10 - i * 14}" class="ref-label">${h(r.label)}</text>`));
  rows.forEach((r, i) => {
    const y0 = top + i * rowH;
    const bar = (range: PenaltyBarRow['basic'], dy: number, cls: string, label: string) => {
      if (!range || range.maxYears === null) return `<text x="${left + 4}" y="${y0 + dy + 11}" class="small">${label}: not established</text>`;
      const x0 = x(range.minYears ?? 0);
      const top = typeof range.maxYears === 'number' ? range.maxYears : scale;
      const x1 = x(top);
      const fill = cls === 'bar-aggravated' ? ` fill="url(#${prefix}-hatch)"` : '';
      const end = range.maxYears === 'life' ? `<path d="M${x1 + 2},${y0 + dy} l10,7 l-10,7 z" class="marker"/>` : range.maxYears === 'death' ? `<text x="${x1 + 4}" y="${y0 + dy + 12}" class="label">✖</text>` : '';
      const fine = range.fine ? `<text x="${x1 + (range.maxYears === 'life' || range.maxYears === 'death' ? 16 : 4)}" y="${y0 + dy + 12}" class="label">€</text>` : '';
      return `<rect x="${x0}" y="${y0 + dy}" width="${Math.max(2, x1 - x0)}" height="14" class="${cls}"${fill}><title>${h(`${r.name}, ${label}: ${formatRange(range)}`)}</title></rect>${end}${fine}`;
    };
    parts.push(`<g data-slug="${h(r.slug)}" data-max-term="${h(String(r.maxTerm ?? ''))}"><a href="${h(`${base}jurisdictions/${r.slug}/#penalties`)}"><text x="${left - 10}" y="${y0 + 20}" text-anchor="end" class="label">${h(r.name.length > 34 ? `${r.name.slice(0, 33)}…` : r.name)}</text></a>${bar(r.basic, 2, 'bar-basic', 'basic')}${bar(r.aggravated, 20, 'bar-aggravated', 'aggravated')}<text x="${left + plot + 24}" y="${y0 + 20}" class="small">max ${h(formatCeiling(r.maxTerm))}</text></g>`);
  });
  return { svgBody: parts.join(''), width, height, rows };
}

/** The divergence matrix as SVG: one row of symbols per entry (shape, not only colour, tells the status). */
export function matrixChart(entries: readonly Entry[], baseline: Entry): { svgBody: string; width: number; height: number } {
  const rows = buildMatrix(entries, baseline);
  const cell = 14;
  const left = 200;
  const top = 190;
  const width = left + MATRIX_COLUMNS.length * cell + 120;
  const height = top + rows.length * (cell + 4) + 40;
  const parts: string[] = [`<text x="20" y="28" class="title">Divergence matrix against ${h(baseline.name)}</text><text x="20" y="46" class="small">● present · ○ absent · ? not established</text>`];
  MATRIX_COLUMNS.forEach((c, i) => {
    const cx = left + i * cell + cell / 2;
    parts.push(`<text transform="translate(${cx + 4},${top - 8}) rotate(-70)" class="small">${h(c.label)}</text>`);
  });
  let gx = left;
  for (const g of MATRIX_GROUPS) {
    const n = MATRIX_COLUMNS.filter((c) => c.group === g.id).length;
    parts.push(`<line x1="${gx}" y1="60" x2="${gx}" y2="${height - 30}" class="tick"/><text x="${gx + 2}" y="62" class="small">${h(g.label)}</text>`);
    gx += n * cell;
  }
  rows.forEach((r, j) => {
    const y = top + j * (cell + 4);
    parts.push(`<g data-slug="${h(r.entry.slug)}"><text x="${left - 8}" y="${y + 11}" text-anchor="end" class="label">${h(r.entry.name)}${r.baseline ? ' (baseline)' : ''}</text>`);
    r.cells.forEach((s, i) => {
      parts.push(`<text x="${left + i * cell + cell / 2}" y="${y + 11}" text-anchor="middle" class="label st-${s}">${STATUS_TEXT[s].symbol}</text>`);
    });
    parts.push(`<text x="${left + MATRIX_COLUMNS.length * cell + 8}" y="${y + 11}" class="small">${h(r.scoreText)}</text></g>`);
  });
  return { svgBody: parts.join(''), width, height };
}

/** Legend buckets of the map, from lightest to darkest, each with its own pattern so they read in black and white. */
export const MAP_BUCKETS = [
  { label: 'not established', fill: '#c9ced6', spacing: 4, angle: 0, lines: 1.5 },
  { label: 'low', fill: '#9ecae1', spacing: 6, angle: 45, lines: 2 },
  { label: 'middle', fill: '#4292c6', spacing: 6, angle: -45, lines: 1 },
  { label: 'high', fill: '#08519c', spacing: 8, angle: 0, lines: 0 },
] as const;

/** What the map colours: the coverage score or the highest penalty. */
export type MapMeasure = 'coverage' | 'penalty';

/** The bucket of an entry for a measure, and the value shown. */
export function mapValue(e: Entry, measure: MapMeasure, baseline: Entry | null): { bucket: number; text: string } {
  if (measure === 'coverage') {
    if (!baseline) return { bucket: 0, text: 'not established' };
    const s = scoreEntry(e, baseline);
    if (s.ratio === null) return { bucket: 0, text: 'not established' };
    return { bucket: s.ratio < 0.6 ? 1 : s.ratio < 0.85 ? 2 : 3, text: formatScore(s) };
  }
  const m = e.penalties.maxTerm;
  if (m === null) return { bucket: 0, text: 'not established' };
  if (m === 'life' || m === 'death') return { bucket: 3, text: formatCeiling(m) };
  return { bucket: m <= 10 ? 1 : m <= 15 ? 2 : 3, text: formatCeiling(m) };
}

/** Bucket labels of a measure, in legend order. */
export function bucketLabels(measure: MapMeasure): string[] {
  return measure === 'coverage' ? ['not established', 'under 60 %', '60 % to under 85 %', '85 % and over'] : ['not established', 'up to 10 years', 'over 10, up to 15 years', 'over 15 years, life or death'];
}

/** The world map: countries with an entry linked to it and filled by bucket (pattern + colour); a legend. */
export function worldMap(entries: readonly Entry[], measure: MapMeasure, baseline: Entry | null, topology: unknown, base = '/', prefix = 'map'): { svgBody: string; width: number; height: number; shown: string[] } {
  const width = 960;
  const height = 540;
  const topo = topology as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const fc = feature(topo, topo.objects.countries);
  const projection = geoEqualEarth().fitExtent([[10, 50], [width - 10, height - 70]], fc);
  const path = geoPath(projection);
  const byIso = new Map(entries.filter((e) => e.kind === 'state' && e.iso2).map((e) => [e.iso2 as string, e]));
  const shown: string[] = [];
  const shapes = fc.features.map((f: Feature<Geometry, { name: string }>) => {
    const d = path(f) ?? '';
    const iso2 = f.id !== undefined ? countries.numericToAlpha2(String(f.id).padStart(3, '0')) : undefined;
    const e = iso2 ? byIso.get(iso2) : undefined;
    if (!e) return `<path d="${d}" class="country no-entry"/>`;
    shown.push(e.slug);
    const v = mapValue(e, measure, baseline);
    return `<a href="${h(`${base}jurisdictions/${e.slug}/`)}" data-slug="${h(e.slug)}"><path d="${d}" class="country" fill="url(#${prefix}-b${v.bucket})"><title>${h(`${e.name}: ${v.text}`)}</title></path></a>`;
  });
  const labels = bucketLabels(measure);
  const legend = MAP_BUCKETS.map((b, i) => `<rect x="${20 + i * 220}" y="${height - 44}" width="22" height="16" fill="url(#${prefix}-b${i})" stroke="#1b1f24" stroke-width="0.5"/><text x="${50 + i * 220}" y="${height - 31}" class="label">${h(labels[i] ?? b.label)}</text>`).join('');
  const title = measure === 'coverage' ? `Coverage score against ${baseline?.name ?? 'the baseline'}` : 'Highest penalty for trafficking';
  return {
    svgBody: `${patterns(prefix)}<text x="20" y="30" class="title">${h(title)}</text><text x="20" y="46" class="small">Countries without an entry are blank. Patterns as well as shades tell the buckets apart.</text>${shapes.join('')}${legend}`,
    width,
    height,
    shown,
  };
}
