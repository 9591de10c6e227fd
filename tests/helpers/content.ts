/** Loads the real content folder once for unit tests (no Astro). */
import { fileURLToPath } from 'node:url';
import { loadContentDir } from '../../src/lib/content-dir.js';
import type { Entry } from '../../src/lib/entry.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const load = loadContentDir(`${ROOT}content`, ROOT);
if (load.problems.length) throw new Error(`content has problems: ${load.problems.length}`);

/** Every published entry. */
export const ENTRIES: readonly Entry[] = [...load.entries.instruments, ...load.entries.jurisdictions];

/** One entry by slug; throws if it is missing. */
export function entry(slug: string): Entry {
  const e = ENTRIES.find((x) => x.slug === slug);
  if (!e) throw new Error(`no entry ${slug}`);
  return e;
}
