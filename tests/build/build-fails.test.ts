/** A malformed content folder fails `astro build` with every problem, each naming its file. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './dist.js';

describe('astro build on malformed content', () => {
  it('fails, listing every problem of every file with file, line, field, expected and found', () => {
    const out = mkdtempSync(join(tmpdir(), 'concordance-broken-'));
    try {
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
        cwd: ROOT,
        env: { ...process.env, CONCORDANCE_CONTENT_DIR: 'tests/fixtures/broken-content', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
        timeout: 110_000,
      });
      const log = `${run.stdout}\n${run.stderr}`;
      expect(run.status, log).not.toBe(0);
      expect(existsSync(join(out, 'index.html'))).toBe(false);
      expect(log).toContain('Content check failed: 6 problems in 2 files.');
      const one = 'tests/fixtures/broken-content/jurisdictions/broken-one.mdx';
      const two = 'tests/fixtures/broken-content/instruments/broken-two.mdx';
      expect(log).toContain(`${one}:5 — region: expected one of the region ids`);
      expect(log).toMatch(new RegExp(`${one}:\\d+ — body: expected plain Markdown \\(an entry is data, not code\\); found an import/export statement`));
      expect(log).toMatch(new RegExp(`${one}:\\d+ — body: expected one of the clauses .*; found an unknown clause "Penalty"`));
      expect(log).toContain(`${one} — Penalties: expected the clause "## Penalties" (all four clauses are required); found no such heading.`);
      expect(log).toMatch(new RegExp(`${two}:\\d+ — Offence definition › Purposes: expected the sub-clause to name "removal of organs"`));
      expect(log).toMatch(new RegExp(`${two}:\\d+ — body: expected plain Markdown .*; found an event-handler attribute onclick on <abbr>`));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
