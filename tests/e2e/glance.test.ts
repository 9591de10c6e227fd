/** The matrix, the penalty chart and the map in a real browser. */
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser.js';
import { exportDoc } from '../build/dist.js';

const browser = useBrowser();

const doc = exportDoc();

describe('divergence matrix', () => {
  it('sorts by coverage, groups by region, hides a column group, keeping the baseline first', async () => {
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/matrix/`);
    const names = () => page.locator('table[data-matrix] tbody tr:not(.group-row) th a').allTextContents();
    await expect(page.locator('table[data-matrix] tbody tr').count()).resolves.toBe(doc.jurisdictions.length);
    await page.getByLabel('Sort rows').selectOption('score');
    const scores = await page.locator('table[data-matrix] tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.score)));
    expect(scores[0]).toBe(2);
    expect(scores.slice(1)).toEqual([...scores.slice(1)].sort((a, b) => b - a));
    await page.getByLabel('Group rows').selectOption('region');
    expect(await page.locator('table[data-matrix] tbody tr.group-row').count()).toBeGreaterThan(1);
    expect((await names())[0]).toBe('UN Trafficking in Persons Protocol');
    await page.getByLabel('Aggravating circumstances').uncheck();
    await expect(page.locator('table[data-matrix] td[data-group="aggravation"]:visible').count()).resolves.toBe(0);
    await expect(page.locator('table[data-matrix] td[data-group="acts"]:visible').count()).resolves.toBeGreaterThan(0);
    expect(log).toEqual({ errors: [], dialogs: [], foreignRequests: [] });
  });

  it('switches the baseline by a link, without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/matrix/`);
    await page.getByRole('link', { name: 'Council of Europe Anti-Trafficking Convention' }).first().click();
    await page.waitForURL('**/matrix/coe-convention-197/');
    await expect(page.locator('table[data-matrix]').getAttribute('data-baseline')).resolves.toBe('coe-convention-197');
  });
});

describe('map and penalties', () => {
  it('links a country on the map to its entry', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/map/`);
    await page.locator('figure[data-chart="world-map"] a[data-slug="germany"]').click();
    await page.waitForURL('**/jurisdictions/germany/');
  });

  it('draws one bar group per entry with penalties', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/penalties/`);
    const drawn = await page.locator('figure[data-chart="penalty-chart"] g[data-slug]').count();
    await expect(page.locator('table[data-penalty-data] tbody tr').count()).resolves.toBe(drawn);
  });
});
