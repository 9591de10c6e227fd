/** The charts built with the site: standalone SVGs are valid XML, draw one shape per entry with data, and their numbers match the export. */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { DIST, exportDoc, readDist } from './dist.js';

const doc = exportDoc();
const svgs = readdirSync(join(DIST, 'downloads')).filter((f) => f.endsWith('.svg'));

describe('downloadable charts', () => {
  it('exist, for every chart, plain and PNG-ready, and are valid XML', () => {
    for (const name of ['penalties', 'map-coverage', 'map-penalty', 'matrix-un-trafficking-protocol']) {
      expect(svgs).toContain(`${name}.svg`);
      expect(svgs).toContain(`${name}.png.svg`);
    }
    for (const f of svgs) {
      const text = readDist(`downloads/${f}`);
      expect(XMLValidator.validate(text), f).toBe(true);
      expect(text, f).not.toContain('<style');
      if (f.endsWith('.png.svg')) expect(text, f).toMatch(/<svg[^>]+ width="\d+" height="\d+"/);
    }
  });

  it('draw one bar group per entry with penalties, with the exported maximum', () => {
    const svg = readDist('downloads/penalties.svg');
    const groups = [...svg.matchAll(/<g data-slug="([^"]+)" data-max-term="([^"]*)">/g)].map((m) => ({ slug: m[1] as string, max: m[2] as string }));
    const expected = doc.jurisdictions.filter((e) => e.kind === 'state' || e.penalties.basic || e.penalties.aggravated);
    expect(groups.map((g) => g.slug).sort()).toEqual(expected.map((e) => e.slug).sort());
    for (const g of groups) expect(g.max, g.slug).toBe(String(doc.jurisdictions.find((e) => e.slug === g.slug)?.penalties.maxTerm ?? ''));
  });

  it('draw the matrix with one row per entry and one symbol per element', () => {
    const svg = readDist('downloads/matrix-un-trafficking-protocol.svg');
    const rows = [...svg.matchAll(/<g data-slug="([^"]+)">([\s\S]*?)<\/g>/g)];
    expect(rows.map((m) => m[1]).sort()).toEqual(doc.jurisdictions.map((e) => e.slug).sort());
    for (const m of rows) expect((m[2]?.match(/[●○?]<\/text>/g) ?? []).length, m[1]).toBe(50);
  });

  it('link every State drawn on the map to its entry, and list the rest in the table', () => {
    const page = readDist('map/index.html');
    const linked = new Set([...page.matchAll(/<a href="\/jurisdictions\/([a-z0-9-]+)\/" data-slug="\1">/g)].map((m) => m[1]));
    const states = doc.jurisdictions.filter((e) => e.kind === 'state');
    for (const s of states) expect(linked.has(s.slug) || page.includes(`>${s.name}</a></th><td>`), s.slug).toBe(true);
    expect(linked.size).toBeGreaterThanOrEqual(states.length - 2);
  });
});
