/** Search in a real browser: results, highlighting, landing on the sub-clause, typos, filters, keyboard, hostile input. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openPage, useBrowser } from './browser.js';
import { exportDoc } from '../build/dist.js';

const browser = useBrowser();

const results = (page: Page) => page.locator('[data-search-results] > li');
const waitForResults = (page: Page) => page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0);

describe('search', () => {
  it('loads its index only on first use', async () => {
    const { page } = await openPage(browser());
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/`);
    await page.waitForLoadState('networkidle');
    expect(requests).not.toContain('/data/search-index.json');
    await page.locator('#q').focus();
    await page.waitForResponse((r) => r.url().endsWith('/data/search-index.json'));
  });

  it('shows highlighted results and lands on the sub-clause', async () => {
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await page.locator('#q').fill('forced begging');
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('forced begging');
    const first = results(page).first().locator('a');
    const href = (await first.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/(about\/#term-purposes-forced-begging|jurisdictions\/[a-z-]+\/#definition-[a-z-]+)$/);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] mark').length > 0);
    const marked = await page.locator('[data-search-results] mark').allTextContents();
    expect(marked.map((m) => m.toLowerCase())).toContain('begging');
    const sub = results(page).locator('a[href*="#definition-purposes"]').first();
    const target = (await sub.getAttribute('href')) ?? '';
    await sub.click();
    await page.waitForURL(`**${target}`);
    const id = target.split('#')[1] ?? '';
    await expect(page.locator(`[id="${id}"]`).evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    expect(log.errors).toEqual([]);
  });

  it('forgives a typo and accents, and a shared link runs the search', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/?q=confiscaton`);
    await waitForResults(page);
    await expect(results(page).first().locator('.hit-meta').textContent()).resolves.toMatch(/^Confiscation › /);
    await page.goto(`${baseUrl()}/?q=mendicite`);
    await waitForResults(page);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('→ forced begging');
  });

  it('narrows results with a filter', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/?q=forced%20begging`);
    await waitForResults(page);
    const before = await results(page).count();
    await page.getByLabel('Kind').selectOption('instrument');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length < n, before);
    const hrefs = await results(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const doc = exportDoc();
    const instrumentSlugs = doc.jurisdictions.filter((e) => e.kind === 'instrument').map((e) => e.slug);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/about/#term-') || instrumentSlugs.some((s) => h.startsWith(`/jurisdictions/${s}/`)))).toBe(true);
    expect(new URL(page.url()).searchParams.get('kind')).toBe('instrument');
  });

  it('works from the keyboard: / focuses, arrows move, Enter opens, Escape closes', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    await page.keyboard.type('Germany');
    await waitForResults(page);
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).resolves.toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-panel]').isHidden()).resolves.toBe(true);
    await page.keyboard.type('Germany');
    await waitForResults(page);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/jurisdictions/germany/**');
  });

  for (const hostile of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', '%E0%A4%A', '\u202e\u0000'.repeat(3)]) {
    it(`renders a hostile query as text: ${JSON.stringify(hostile)}`, async () => {
      const { page, log } = await openPage(browser());
      await page.goto(`${baseUrl()}/?q=${encodeURIComponent(hostile)}&kind=<b>x</b>`);
      await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '').length > 0);
      expect(log.dialogs).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(await page.locator('img[src="x"], [data-search-panel] script, b').count()).toBe(0);
    });
  }
});
