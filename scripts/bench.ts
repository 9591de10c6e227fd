/**
 * `npm run bench`: measures what the project promises to keep fast, on this machine.
 *
 * - Clause diff: every entry aligned and diffed against each instrument baseline
 *   (all four clauses), per pair.
 * - The guard: two 200 KB texts, unlike (random words) and alike (one word in fifty
 *   changed), diffed with the same settings as the site; the fallback mode is reported.
 *
 * Speed goals are checked here, never in timed tests. Figures go in the README.
 */
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadContentDir } from '../src/lib/content-dir.js';
import { alignEntries } from '../src/lib/align.js';
import { diffText } from '../src/lib/diff-text.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stats(samples: number[]): { p50: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), max: s.at(-1) ?? 0 };
}

const ms = (n: number) => `${n.toFixed(2)} ms`;

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

function benchEntries(): void {
  const load = loadContentDir(`${ROOT}content`, ROOT);
  const all = [...load.entries.instruments, ...load.entries.jurisdictions];
  const baselines = load.entries.instruments;
  console.log(`\nClause diff: ${all.length} entries × ${baselines.length} instrument baselines (all four clauses)`);
  for (const b of baselines) {
    const samples: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const e of all) if (e.slug !== b.slug) samples.push(time(() => alignEntries([b, e]))[1]);
    }
    const s = stats(samples);
    console.log(`  vs ${b.slug.padEnd(28)} per pair p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}`);
  }
}

function benchGuard(): void {
  const rand = seeded(42);
  const word = () => Math.floor(rand() * 36 ** 5).toString(36);
  const text = (bytes: number) => {
    const parts: string[] = [];
    let n = 0;
    while (n < bytes) {
      const w = word() + (rand() < 0.08 ? '. ' : ' ');
      parts.push(w);
      n += w.length;
    }
    return parts.join('');
  };
  const a = text(200_000);
  const b = text(200_000);
  const alike = a.split(' ').map((w, i) => (i % 50 === 7 ? word() : w)).join(' ');
  console.log(`\nGuard: two texts of ${(a.length / 1000).toFixed(0)} KB and ${(b.length / 1000).toFixed(0)} KB (target: under 200 ms each)`);
  for (const [label, x, y] of [
    ['unlike (random words)', a, b],
    ['alike (1 word in 50 changed)', a, alike],
  ] as const) {
    diffText(x, y); // warm-up
    const samples: number[] = [];
    let mode = '';
    for (let i = 0; i < 5; i++) {
      const [d, t] = time(() => diffText(x, y));
      samples.push(t);
      mode = d.mode;
    }
    const s = stats(samples);
    console.log(`  ${label.padEnd(30)} p50 ${ms(s.p50)}  max ${ms(s.max)}  mode: ${mode}`);
  }
}

console.log(`Concordance benchmark — Node ${process.version}, ${new Date().toISOString()}`);
benchEntries();
benchGuard();
