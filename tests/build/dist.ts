/** Shared helpers for tests that read the built site in dist/. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ExportDocument } from '../../src/lib/export.js';

/** Project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site. */
export const DIST = join(ROOT, 'dist');

/** Reads a built file; fails with a hint if the site was not built. */
export function readDist(path: string): string {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${path} is not in dist/: run "npm run build" (npm test does it) before these tests`);
  return readFileSync(file, 'utf8');
}

/** The JSON export of the built site. */
export function exportDoc(): ExportDocument {
  return JSON.parse(readDist('data/jurisdictions.json')) as ExportDocument;
}

/** Slugs of the published content files (drafts excluded), by reading content/ directly. */
export function contentSlugs(): { slug: string; kind: 'state' | 'instrument' }[] {
  const out: { slug: string; kind: 'state' | 'instrument' }[] = [];
  for (const [dir, kind] of [['jurisdictions', 'state'], ['instruments', 'instrument']] as const) {
    for (const f of readdirSync(join(ROOT, 'content', dir)).filter((n) => n.endsWith('.mdx'))) {
      if (/^draft:\s*true\s*$/m.test(readFileSync(join(ROOT, 'content', dir, f), 'utf8'))) continue;
      out.push({ slug: f.replace(/\.mdx$/, ''), kind });
    }
  }
  return out;
}
