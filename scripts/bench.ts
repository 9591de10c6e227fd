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
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { buildSearchIndex } from '../src/lib/search-index.js';
import { SearchEngine } from '../src/lib/search-engine.js';
import type { Entry } from '../src/lib/entry.js';
import { syntheticEntries } from './synthetic-corpus.js';
import { seeded } from './seeded-random.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));


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

/** The fixed queries, each with how a relevant (entry, clause) pair is recognised in the synthetic corpus. */
const QUERIES: { q: string; relevant: (e: Entry, clause: string, text: string, citation: string) => boolean }[] = [
  { q: 'forced begging', relevant: (_e, _c, t) => t.includes('forced begging') },
  { q: 'mendicité', relevant: (_e, _c, t) => t.includes('forced begging') },
  { q: 'organ', relevant: (_e, _c, t) => /\borgans?\b/.test(t) },
  { q: 'removal of organs', relevant: (_e, _c, t) => t.includes('removal of organs') },
  { q: '225-4-1', relevant: (_e, _c, _t, cite) => cite.includes('225-4-1') },
  { q: '§ 232', relevant: (_e, _c, _t, cite) => cite.includes('§ 232') },
  { q: 'Modern Slavery Act', relevant: (e) => e.instruments.some((i) => i.title === 'Modern Slavery Act') },
  { q: 'confiscation of proceeds', relevant: (_e, c, t) => c === 'confiscation' && t.includes('proceeds') },
  { q: 'confiscaton', relevant: (_e, c, t) => c === 'confiscation' || t.includes('confiscation') },
  { q: 'abuse of a position of vulnerability', relevant: (_e, _c, t) => t.includes('abuse of a position of vulnerability') },
  { q: 'threat deception forced labour', relevant: (_e, _c, t) => t.includes('threat') && t.includes('deception') && t.includes('forced labour') },
];

function benchSearch(n: number): void {
  const entries = syntheticEntries(n);
  const t0 = performance.now();
  const json = JSON.stringify(buildSearchIndex(entries));
  const buildMs = performance.now() - t0;
  const engine = new SearchEngine(JSON.parse(json));
  const naiveDocs = entries.flatMap((e) => Object.values(e.clauses).map((c) => ({ slug: e.slug, clause: c.id, text: `${e.name} ${e.instruments[0]?.title ?? ''} ${c.text}` })));
  const naive = new Fuse(naiveDocs, { keys: ['text'] });
  const bySlug = new Map(entries.map((e) => [e.slug, e]));

  const relevantPair = (slug: string, clause: string, q: (typeof QUERIES)[number]) => {
    const e = bySlug.get(slug);
    if (!e) return false;
    if (clause === '*') return q.relevant(e, '*', e.instruments.map((i) => i.title).join(' '), '') || Object.values(e.clauses).some((c) => c.subclauses.some((s) => q.relevant(e, c.id, s.text, s.citation)));
    const c = e.clauses[clause as keyof Entry['clauses']];
    return q.relevant(e, clause, '', '') || c.subclauses.some((s) => q.relevant(e, clause, s.text, s.citation));
  };

  const shipped: number[] = [];
  const base: number[] = [];
  const quality: string[] = [];
  for (const query of QUERIES) {
    for (let r = 0; r < 10; r++) engine.search(query.q, { limit: 20 });
    naive.search(query.q, { limit: 20 });
    for (let r = 0; r < 40; r++) shipped.push(time(() => engine.search(query.q, { limit: 20 }))[1]);
    for (let r = 0; r < 5; r++) base.push(time(() => naive.search(query.q, { limit: 20 }))[1]);
    const ours = engine
      .search(query.q, { limit: 10 })
      .hits.filter((h) => h.entry)
      .map((h) => relevantPair(h.entry?.slug ?? '', h.ref.type === 'subclause' ? h.ref.clause : '*', query));
    const theirs = naive.search(query.q, { limit: 10 }).map((r) => relevantPair(r.item.slug, r.item.clause, query));
    const p = (xs: boolean[]) => (xs.length ? `${xs.filter(Boolean).length}/${xs.length}` : '0/0');
    quality.push(`    ${query.q.padEnd(38)} shipped ${p(ours).padStart(5)}   naive ${p(theirs).padStart(5)}`);
  }
  const s = stats(shipped);
  const b = stats(base);
  const gz = gzipSync(json).length;
  console.log(`\nSearch, ${n} synthetic jurisdictions (${engine.size} records, index built in ${buildMs.toFixed(0)} ms)`);
  console.log(`  shipped   p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}`);
  console.log(`  naive     p50 ${ms(b.p50)}  p95 ${ms(b.p95)}  max ${ms(b.max)}   (fuse.js over one record per whole clause, default options)`);
  console.log(`  speed-up  p50 ×${(b.p50 / s.p50).toFixed(0)}  p95 ×${(b.p95 / s.p95).toFixed(0)}`);
  console.log(`  index     ${(json.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(1)} KB gzip`);
  console.log('  relevant hits in the top 10 (an (entry, clause) pair counts when it contains what the query asks for):');
  for (const line of quality) console.log(line);
}

function searchJavaScript(): void {
  const dir = `${ROOT}dist/_astro`;
  if (!existsSync(dir)) {
    console.log('\nSearch JavaScript: run "npm run build" first to measure the shipped bundle.');
    return;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const size = (pattern: RegExp) =>
    files.filter((f) => pattern.test(f)).reduce((n, f) => n + gzipSync(readFileSync(`${dir}/${f}`)).length, 0);
  const lazy = size(/^(search-ui|fuse\.basic|vocabulary)\./);
  console.log(`\nSearch JavaScript loaded on first use (engine, UI, fuse.js basic, vocabulary): ${(lazy / 1024).toFixed(1)} KB gzip, index excluded`);
  const pages: [string, string][] = [
    ['home', 'index.html'],
    ['compare', 'compare/index.html'],
    ['entry', 'jurisdictions/germany/index.html'],
  ];
  for (const [label, page] of pages) {
    const html = readFileSync(`${ROOT}dist/${page}`, 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="\/_astro\/([^"]+)"/g)].map((m) => m[1] as string);
    const total = scripts.reduce((n, f) => n + gzipSync(readFileSync(`${dir}/${f}`)).length, 0);
    console.log(`  ${label.padEnd(8)} page scripts at load: ${(total / 1024).toFixed(1)} KB gzip (${scripts.length} file(s), imports not counted)`);
  }
}

console.log(`Concordance benchmark — Node ${process.version}, ${new Date().toISOString()}`);
benchEntries();
benchGuard();
benchSearch(250);
benchSearch(2500);
searchJavaScript();
