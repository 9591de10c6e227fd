// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

/** The public address of the site, used in permalinks and citations. Override with SITE_URL. */
const site = process.env.SITE_URL ?? 'https://concordance.example.org';

export default defineConfig({
  site,
  // A build from another content folder (tests) keeps its own cache, so it never mixes with the real one.
  ...(process.env.CONCORDANCE_CONTENT_DIR ? { cacheDir: './node_modules/.astro-alt-content' } : {}),
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Scripts and styles are always separate files (never inlined), so a strict
  // content security policy without 'unsafe-inline' can hold.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1' },
});
