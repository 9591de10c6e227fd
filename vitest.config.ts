import { defineConfig } from 'vitest/config';

/**
 * Three kinds of tests, run in this order by `npm test` (after `astro check` and `astro build`):
 * - unit: the core in src/lib against real fixtures;
 * - build: the built site in dist/ (export contract, pages, a build that must fail);
 * - e2e: the built site served locally, driven in Debian's Chromium by playwright-core.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/serve.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
