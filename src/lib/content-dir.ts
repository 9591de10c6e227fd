/**
 * Loads every entry of the content directory (`content/jurisdictions/*.mdx`,
 * `content/instruments/*.mdx`), checking each file and the rules that span files
 * (the kind matches the folder, slugs are unique). Returns all entries and all
 * problems, so the build can fail once with the complete list.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readEntry, slugOfPath, type Entry } from './entry.js';
import type { Problem } from './problems.js';

/** The two content collections and the kind each holds. */
export const COLLECTIONS = [
  { name: 'jurisdictions', kind: 'state' },
  { name: 'instruments', kind: 'instrument' },
] as const;

export type CollectionName = (typeof COLLECTIONS)[number]['name'];

/** Everything loaded from a content directory. */
export interface ContentLoad {
  /** Valid entries, by collection, sorted by slug. */
  readonly entries: Readonly<Record<CollectionName, readonly Entry[]>>;
  /** Every problem in every file. */
  readonly problems: readonly Problem[];
  /** Number of entry files read. */
  readonly files: number;
  /** Slugs of valid drafts: checked, not published. */
  readonly drafts: readonly string[];
}

/**
 * Reads and checks every entry under `contentDir`.
 * @param contentDir absolute path of the `content/` folder
 * @param root the project root, for relative paths in messages
 */
export function loadContentDir(contentDir: string, root: string = process.cwd()): ContentLoad {
  const problems: Problem[] = [];
  const entries: Record<CollectionName, Entry[]> = { jurisdictions: [], instruments: [] };
  const seen = new Map<string, string>();
  const drafts: string[] = [];
  let files = 0;
  for (const col of COLLECTIONS) {
    const dir = join(contentDir, col.name);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(root, path) || path;
      if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
      if (!name.endsWith('.mdx')) {
        problems.push({ file, where: 'file name', expected: `an .mdx file in content/${col.name}/`, found: `"${name}"` });
        continue;
      }
      files++;
      const slug = slugOfPath(name);
      const other = seen.get(slug);
      if (other) problems.push({ file, where: 'file name', expected: 'a slug used by one file only', found: `"${slug}", also used by ${other}` });
      seen.set(slug, file);
      const result = readEntry(file, readFileSync(path, 'utf8'));
      problems.push(...result.problems);
      if (result.entry && result.entry.kind !== col.kind) {
        problems.push({ file, where: 'kind', expected: `"${col.kind}" for a file in content/${col.name}/`, found: `"${result.entry.kind}"` });
        continue;
      }
      if (result.entry?.draft) drafts.push(result.entry.slug);
      else if (result.entry) entries[col.name].push(result.entry);
    }
  }
  return { entries, problems, files, drafts };
}
