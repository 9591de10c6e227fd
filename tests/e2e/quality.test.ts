/**
 * Quality gates in a real browser: axe-core on every page type at desktop and phone width
 * (zero violations), no content-security-policy violation and no third-party request on
 * any page, and a keyboard-only walk through the main journey (search → entry → compare →
 * print).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { baseUrl, openPage, useBrowser } from './browser.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const browser = useBrowser();

/** Every page type, with what to wait for before auditing. */
const PAGES: { name: string; path: string; ready?: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '/' },
  { name: 'search results', path: '/?q=forced%20begging', ready: (p) => p.waitForSelector('[data-search-results] mark') },
  { name: 'entry', path: '/jurisdictions/germany/' },
  { name: 'partial entry', path: '/jurisdictions/unodc-model-law/' },
  { name: 'compare', path: '/compare/?j=un-trafficking-protocol,germany,austria', ready: (p) => p.waitForSelector('[data-compare-root] .cmp-summary') },
  { name: 'compare, stacked', path: '/compare/?j=un-trafficking-protocol,canada&view=inline', ready: (p) => p.waitForSelector('[data-compare-root] .cmp-inline-row') },
  { name: 'about', path: '/about/' },
  { name: 'listing', path: '/regions/western-europe/' },
  { name: '2005 survey', path: '/survey-2005/' },
  { name: 'matrix', path: '/matrix/' },
  { name: 'penalties', path: '/penalties/' },
  { name: 'map', path: '/map/' },
  { name: 'not found', path: '/no-such-page/' },
];

const WIDTHS = [
  { label: 'desktop', viewport: { width: 1280, height: 900 } },
  { label: 'phone', viewport: { width: 375, height: 740 } },
];

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  for (const w of WIDTHS) {
    for (const p of PAGES) {
      it(`${p.name} at ${w.label} width has no violations`, async () => {
        const { page, log } = await openPage(browser(), { viewport: w.viewport });
        await page.addInitScript(() => {
          (window as unknown as { __csp: string[] }).__csp = [];
          document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        await page.goto(`${baseUrl()}${p.path}`);
        if (p.ready) await p.ready(page);
        await page.evaluate(AXE);
        const violations = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
          return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        });
        expect(violations).toEqual([]);
        // A horizontal scroll bar on the page itself (not inside a table's own scroller) is a layout bug.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'page overflows horizontally').toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
        // The not-found page is served with status 404, which the browser reports as a console error.
        const errors = p.name === 'not found' ? log.errors.filter((e) => !e.includes('status of 404')) : log.errors;
        expect({ ...log, errors }).toEqual({ errors: [], dialogs: [], foreignRequests: [] });
      });
    }
  }
});

describe('keyboard only: search → entry → compare → print', () => {
  it('walks the main journey without a mouse', async () => {
    const { page, log } = await openPage(browser());
    await page.addInitScript(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => {
        (window as unknown as { __printed: number }).__printed++;
      };
    });
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', href: (document.activeElement as HTMLAnchorElement | null)?.getAttribute?.('href') ?? '' }));
    const tabTo = async (match: (f: { text: string; href: string }) => boolean, max = 300) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (match(await focused())) return;
      }
      throw new Error('never reached the element by Tab');
    };

    await page.goto(`${baseUrl()}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Austria');
    await page.waitForSelector('[data-search-results] a');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/jurisdictions/austria/**');

    await tabTo((f) => f.text.startsWith('Open this comparison in the compare view'));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/compare/?j=*');
    await page.waitForSelector('[data-compare-root] .cmp-summary');

    await tabTo((f) => f.text === 'Print');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => (window as unknown as { __printed: number }).__printed)).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-compare-root] .cmp-summary').isVisible()).resolves.toBe(true);
    expect(log.errors).toEqual([]);
  });

  it('shows where the focus is', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
