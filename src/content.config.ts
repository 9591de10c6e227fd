/**
 * The two content collections. Both are filled by one loader that reads and checks the
 * whole content folder with the core in `src/lib/` (schema, MDX safety, clause parser,
 * body/frontmatter agreement) and fails the build once, listing every problem of every
 * file, if anything is wrong.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadContentDir, type CollectionName, type ContentLoad } from './lib/content-dir.js';
import { ContentError } from './lib/problems.js';
import { frontmatterSchema } from './lib/schema.js';
import type { Clauses } from './lib/clauses.js';

/** Reads the content folder once per build; `CONCORDANCE_CONTENT_DIR` points it elsewhere (tests). */
function loadAll(rootUrl: URL): ContentLoad {
  const root = fileURLToPath(rootUrl);
  const dir = process.env.CONCORDANCE_CONTENT_DIR ? resolve(root, process.env.CONCORDANCE_CONTENT_DIR) : resolve(root, 'content');
  return loadContentDir(dir, root);
}

function entriesLoader(collection: CollectionName): Loader {
  return {
    name: `concordance-${collection}`,
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      // Each collection checks the whole folder, so that whichever fails first lists every problem.
      const all = loadAll(config.root);
      if (all.problems.length) throw new ContentError(all.problems);
      store.clear();
      for (const entry of all.entries[collection]) {
        const data = await parseData({ id: entry.slug, data: { ...entry } });
        store.set({ id: entry.slug, data, digest: generateDigest(data), filePath: `content/${collection}/${entry.slug}.mdx` });
      }
      watcher?.add(fileURLToPath(new URL('./content/', config.root)));
    },
  };
}

const entrySchema = frontmatterSchema.extend({
  slug: z.string(),
  clauses: z.custom<Clauses>((v) => typeof v === 'object' && v !== null),
});

export const collections = {
  jurisdictions: defineCollection({ loader: entriesLoader('jurisdictions'), schema: entrySchema }),
  instruments: defineCollection({ loader: entriesLoader('instruments'), schema: entrySchema }),
};
