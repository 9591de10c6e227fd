/**
 * Hostile URL parameters, generated with a fixed seed (1,000 per page that reads them):
 * no uncaught exception, no dialog, no element injected, and a message that helps.
 * Each string is fed to the page's own parser through history navigation or the search
 * form, so one page load serves many cases.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser.js';
import { hostileStrings } from '../helpers/hostile.js';

const browser = useBrowser();

const INJECTED = 'img, iframe, object, embed, svg[onload], details[ontoggle], a[href^="javascript:"], style:not([data-site])';

describe('hostile URL parameters', () => {
  it('the compare page survives 1,000 of them', { timeout: 240_000 }, async () => {
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/compare/`);
    await page.waitForSelector('[data-compare-root][data-rendered]');
    const scripts = await page.locator('script').count();
    const strings = hostileStrings(1000, 11);
    for (const [i, s] of strings.entries()) {
      const param = ['j', 'clause', 'view'][i % 3] as string;
      const result = await page.evaluate(
        async ({ param, s }) => {
          const root = document.querySelector('[data-compare-root]') as HTMLElement;
          const before = root.dataset.rendered;
          const extra = param === 'j' ? '' : '&j=germany,austria';
          history.pushState(null, '', `/compare/?${param}=${s}${extra}`);
          dispatchEvent(new PopStateEvent('popstate'));
          for (let t = 0; t < 200 && root.dataset.rendered === before; t++) await new Promise((r) => setTimeout(r, 10));
          const value = (new URL(location.href).searchParams.get(param) ?? '').trim();
          return {
            value,
            rendered: root.dataset.rendered !== before,
            messages: [...document.querySelectorAll('[data-compare-messages] li')].map((li) => li.textContent ?? ''),
            columns: document.querySelectorAll('[data-compare-root] table[data-element-table="acts"] thead th a').length,
          };
        },
        { param, s },
      );
      expect(result.rendered, `case ${i}: ${JSON.stringify(s.slice(0, 80))}`).toBe(true);
      expect(result.columns, `case ${i}`).toBeGreaterThanOrEqual(2);
      if (result.value && !/^[a-z0-9,-]*$/.test(result.value)) expect(result.messages.length, `case ${i}: no message for ${JSON.stringify(s.slice(0, 80))}`).toBeGreaterThan(0);
    }
    expect(await page.locator(INJECTED).count()).toBe(0);
    expect(await page.locator('script').count()).toBe(scripts);
    expect(log).toEqual({ errors: [], dialogs: [], foreignRequests: [] });
  });

  it('the search survives 1,000 of them', { timeout: 240_000 }, async () => {
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await page.locator('#q').focus();
    await page.waitForResponse((r) => r.url().endsWith('/data/search-index.json'));
    const scripts = await page.locator('script').count();
    for (const [i, s] of hostileStrings(1000, 12).entries()) {
      const status = await page.evaluate(async (s) => {
        const input = document.querySelector('#q') as HTMLInputElement;
        const form = document.querySelector('[data-search-form]') as HTMLFormElement;
        const statusEl = document.querySelector('[data-search-status]') as HTMLElement;
        input.value = s;
        form.requestSubmit();
        // The browser sanitises a search field's value (line breaks removed): compare with what it holds.
        const want = input.value.trim();
        for (let t = 0; t < 200 && (statusEl.dataset.query ?? '') !== want; t++) await new Promise((r) => setTimeout(r, 5));
        return { want, query: statusEl.dataset.query ?? '', text: statusEl.textContent ?? '' };
      }, s);
      expect(status.query, `case ${i}`).toBe(status.want);
      if (status.want) expect(status.text.length, `case ${i}`).toBeGreaterThan(0);
    }
    expect(await page.locator(INJECTED).count()).toBe(0);
    expect(await page.locator('script').count()).toBe(scripts);
    expect(log).toEqual({ errors: [], dialogs: [], foreignRequests: [] });
  });
});
