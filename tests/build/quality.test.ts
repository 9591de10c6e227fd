/**
 * Quality gates over the built files: valid HTML, no broken internal link or anchor, only
 * https external links, the content security policy on every page with nothing inline,
 * and the JavaScript weight budgets.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { CSP, CSP_HEADER } from '../../src/lib/csp.js';
import { DIST, ROOT } from './dist.js';

function htmlFiles(dir: string = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const pages = htmlFiles();
const rel = (p: string) => `/${relative(DIST, p).replace(/\\/g, '/')}`;

describe('valid HTML (html-validate, .htmlvalidate.json)', () => {
  it('has zero errors on every built page', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${rel(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});

/** The file a site path serves, or null. */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0]?.split('?')[0] ?? '/');
  const direct = join(DIST, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = join(DIST, clean, 'index.html');
  return existsSync(index) ? index : null;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('links', () => {
  it('crawls from / and finds every internal link and anchor, and only https external links', () => {
    const start = join(DIST, 'index.html');
    const queue = [start];
    const seen = new Set(queue);
    let checked = 0;
    while (queue.length) {
      const file = queue.shift() as string;
      const html = readFileSync(file, 'utf8');
      const pagePath = rel(file).replace(/index\.html$/, '');
      for (const m of html.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
        const href = (m[1] as string).replace(/&amp;/g, '&');
        checked++;
        if (/^(mailto:)/.test(href)) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
          let ok = false;
          try {
            ok = new URL(href).protocol === 'https:';
          } catch {
            ok = false;
          }
          if (!ok) throw new Error(`${pagePath}: external link is not a well-formed https URL: ${href}`);
          continue;
        }
        const [pathPart, fragment] = href.split('#') as [string, string | undefined];
        const targetPath = pathPart === '' ? pagePath : pathPart.startsWith('/') ? pathPart : posix.join(pagePath, pathPart);
        const target = fileFor(targetPath);
        if (!target) throw new Error(`${pagePath}: broken link to ${href}`);
        if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) throw new Error(`${pagePath}: link to ${href} has no element with id "${fragment}"`);
        if (target.endsWith('.html') && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    // Every page is reachable from the home page (the 404 page excepted).
    expect(pages.filter((p) => !seen.has(p) && !p.endsWith('404.html')).map(rel)).toEqual([]);
  });
});

describe('content security policy', () => {
  it('is on every page, and nothing inline could need it relaxed', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, rel(file)).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/g)];
      expect(inline.map((m) => m[0]), rel(file)).toEqual([]);
      expect(/\sstyle="/.test(html), `${rel(file)} has a style attribute`).toBe(false);
      expect(/\son[a-z]+="/i.test(html), `${rel(file)} has an event-handler attribute`).toBe(false);
      expect(/<link[^>]+rel="(?:stylesheet|preload|modulepreload|prefetch|icon)"[^>]+href="(?:https?:)?\/\//.test(html), `${rel(file)} loads a third-party resource`).toBe(false);
    }
  });

  it('is documented for servers as a header', () => {
    expect(readFileSync(join(ROOT, 'public/_headers'), 'utf8')).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
  });
});

/** A built script and every chunk it imports (statically or dynamically). */
function moduleGraph(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["`](\.\/[^"`]+\.js)["`]/g)) stack.push(join(dirname(file), m[1] as string));
  }
  return seen;
}

const gz = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);

/** Gzip size of a built script and every chunk it imports, counted once. */
function moduleGraphGzip(entries: readonly string[]): number {
  return gz(moduleGraph(entries));
}

function pageScripts(page: string): string[] {
  const html = readFileSync(join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+)"/g)].map((m) => join(DIST, m[1] as string));
}

describe('page weight budgets', () => {
  it('entry pages need no JavaScript: at most the optional copy buttons, under 1 KB', () => {
    for (const file of pages.filter((p) => rel(p).startsWith('/jurisdictions/'))) {
      const scripts = pageScripts(rel(file));
      expect(moduleGraphGzip(scripts), rel(file)).toBeLessThan(1024);
    }
  });

  it('the compare island is at most 35 KB gzip, all its imports included', () => {
    expect(moduleGraphGzip(pageScripts('compare/index.html'))).toBeLessThanOrEqual(35 * 1024);
  });

  it('the search code loaded on first use is at most 15 KB gzip, index excluded', () => {
    const home = pageScripts('index.html');
    const code = home.map((f) => readFileSync(f, 'utf8')).join('\n');
    const lazy = [...code.matchAll(/import\(["`](\.\/[^"`]+\.js)["`]\)/g)].map((m) => join(DIST, '_astro', (m[1] as string).slice(2)));
    expect(lazy.length).toBeGreaterThan(0);
    const eager = new Set<string>(home);
    // Chunks the page already loads eagerly are not counted again.
    for (const f of home) for (const m of readFileSync(f, 'utf8').matchAll(/from\s*["`](\.\/[^"`]+\.js)["`]/g)) eager.add(join(DIST, '_astro', (m[1] as string).slice(2)));
    const lazyOnly = gz([...moduleGraph(lazy)].filter((f) => !eager.has(f)));
    expect(lazyOnly).toBeLessThanOrEqual(15 * 1024);
  });
});
