/** The compare page in a real browser: marks, element table, picker, permalink, history, bad parameters, print. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseUrl, openPage, useBrowser } from './browser.js';

const browser = useBrowser();

const query = (page: Page) => new URL(page.url()).searchParams.get('j');
const ready = async (page: Page) => {
  await page.waitForSelector('[data-compare-root] .cmp-summary');
  await page.waitForFunction(() => document.querySelector('[data-compare-root]')?.getAttribute('aria-busy') === 'false');
};
const columns = (page: Page) => page.locator('[data-compare-root] table[data-element-table="acts"] thead th a').allTextContents();

describe('compare page', () => {
  it('compares two States and the Protocol: marks, element table, summary', async () => {
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/compare/?j=un-trafficking-protocol,germany,austria`);
    await ready(page);
    await expect(columns(page)).resolves.toEqual(['UN Trafficking in Persons Protocol', 'Germany', 'Austria']);
    expect(await page.locator('[data-compare-root] ins').count()).toBeGreaterThan(5);
    expect(await page.locator('[data-compare-root] del').count()).toBeGreaterThan(5);
    const fraud = page.locator('table[data-element-table="means"] tr[data-element="fraud"] td');
    await expect(fraud.allTextContents()).resolves.toEqual(['✔ yes', '✘ no (gap)', '✘ no (gap)']);
    await expect(page.locator('li[data-summary="germany"]').textContent()).resolves.toContain("names 5 of the baseline's 9 means and adds 0");
    await expect(page.locator('[data-baseline]').getAttribute('data-baseline')).resolves.toBe('un-trafficking-protocol');
    // A summary statement links to the row it summarises.
    await page.locator('li[data-summary="germany"] a').nth(1).click();
    expect(new URL(page.url()).hash).toBe('#cmp-means');
    expect(log).toEqual({ errors: [], dialogs: [], foreignRequests: [] });
  });

  it('changes selection and baseline through the picker, keeps the URL in step, and goes back', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/compare/?j=un-trafficking-protocol,germany,austria`);
    await ready(page);

    await page.getByRole('button', { name: 'Remove Austria' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('j') === 'un-trafficking-protocol,germany');
    await ready(page);
    await expect(columns(page)).resolves.toEqual(['UN Trafficking in Persons Protocol', 'Germany']);

    await page.selectOption('#cmp-add', 'canada');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('j') === 'un-trafficking-protocol,germany,canada');

    await page.getByRole('button', { name: 'Make baseline: Germany' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('j') === 'germany,un-trafficking-protocol,canada');
    await ready(page);
    await expect(page.locator('[data-baseline]').getAttribute('data-baseline')).resolves.toBe('germany');

    await page.selectOption('#cmp-clause', 'penalties');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('clause') === 'penalties');
    await ready(page);
    expect(await page.locator('[data-compare-root] [data-clause]').evaluateAll((els) => els.map((e) => e.getAttribute('data-clause')))).toEqual(['penalties']);

    // Reload the permalink: the same view comes back.
    const permalink = page.url();
    const before = await page.locator('[data-compare-root]').innerHTML();
    await page.goto(permalink);
    await ready(page);
    expect(await page.locator('[data-compare-root]').innerHTML()).toBe(before);

    // Back twice: the clause filter goes, then the baseline switch.
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('clause'));
    await ready(page);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('j') === 'un-trafficking-protocol,germany,canada');
    await ready(page);
    await expect(page.locator('[data-baseline]').getAttribute('data-baseline')).resolves.toBe('un-trafficking-protocol');
    expect(query(page)).toBe('un-trafficking-protocol,germany,canada');
  });

  it('is usable by keyboard alone', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/compare/?j=un-trafficking-protocol,germany,austria`);
    await ready(page);
    await page.getByRole('button', { name: 'Make baseline: Austria' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('j') === 'austria,un-trafficking-protocol,germany');
    await page.focus('#cmp-view');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'inline');
    await ready(page);
    expect(await page.locator('[data-compare-root] .cmp-inline-row').count()).toBeGreaterThan(5);
  });

  it('names an unknown entry and suggests a close one', async () => {
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/compare/?j=un-trafficking-protocol,germny`);
    await ready(page);
    await expect(page.locator('[data-compare-messages]').textContent()).resolves.toContain('There is no entry “germny”. Did you mean Germany?');
    await expect(columns(page)).resolves.toHaveLength(2);
    expect(log.errors).toEqual([]);
  });

  it('keeps the first four of five and says so', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/compare/?j=un-trafficking-protocol,germany,austria,canada,unodc-model-law`);
    await ready(page);
    await expect(columns(page)).resolves.toHaveLength(4);
    await expect(page.locator('[data-compare-messages]').textContent()).resolves.toContain('A comparison shows at most 4 entries');
  });

  for (const hostile of ['"><img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '%E0%A4%A', '%%%', "');alert(1);//", '\u202egermany']) {
    it(`renders a hostile parameter as text: ${JSON.stringify(hostile)}`, async () => {
      const { page, log } = await openPage(browser());
      await page.goto(`${baseUrl()}/compare/?j=${hostile}&clause=${hostile}&view=${hostile}`);
      await ready(page);
      expect(log.dialogs).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(await page.locator('img[src="x"], [data-compare-messages] script, [data-compare-messages] *:not(li)').count()).toBe(0);
      await expect(page.locator('[data-compare-messages] li').count()).resolves.toBeGreaterThan(0);
      await expect(columns(page)).resolves.toHaveLength(3);
    });
  }

  it('prints without navigation chrome or picker', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/compare/?j=un-trafficking-protocol,germany`);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-nav', '[data-compare-controls]', '.compare-static']) await expect(page.locator(sel).isVisible(), sel).resolves.toBe(false);
    await expect(page.locator('[data-permalink]').textContent()).resolves.toContain('/compare/?j=un-trafficking-protocol,germany');
    const ins = await page.locator('[data-compare-root] ins').first().evaluate((e) => getComputedStyle(e).textDecorationLine);
    expect(ins).toContain('underline');
    const del = await page.locator('[data-compare-root] del').first().evaluate((e) => getComputedStyle(e).textDecorationLine);
    expect(del).toContain('line-through');
  });
});

describe('without JavaScript', () => {
  it('the compare page links to the ready-made comparisons', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/compare/`);
    const links = await page.locator('[data-prerendered] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/jurisdictions/germany/#comparison');
  });

  it('an entry page shows its comparison with the default baseline as plain HTML', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/jurisdictions/germany/#comparison`);
    await expect(page.locator('#comparison h2').textContent()).resolves.toBe('Compared with UN Trafficking in Persons Protocol');
    expect(await page.locator('#comparison ins').count()).toBeGreaterThan(0);
    await expect(page.locator('#comparison tr[data-element="fraud"] td').allTextContents()).resolves.toEqual(['✔ yes', '✘ no (gap)']);
  });
});
