/** The 2005 survey page and the "then and now" panels, in a real browser. */
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser.js';

const browser = useBrowser();

describe('2005 survey', () => {
  it('renders the matrix, narrows it with a filter, and opens a cell’s note', async () => {
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/survey-2005/`);
    const rows = page.locator('table[data-survey-matrix] tbody tr');
    await expect(rows.count()).resolves.toBe(37);
    await page.getByLabel('Reported measure').selectOption('special-police-unit');
    await expect(page.locator('table[data-survey-matrix] tbody tr:visible').count()).resolves.toBeLessThan(37);
    await expect(page.locator('[data-survey-count]').textContent()).resolves.toMatch(/^\d+ of 37 States shown$/);
    const cell = page.locator('table[data-survey-matrix] tbody tr:visible td.mark-yes a').first();
    const href = (await cell.getAttribute('href')) ?? '';
    await cell.click();
    expect(new URL(page.url()).hash).toBe(href);
    const note = page.locator(href);
    await expect(note.evaluate((el) => el.matches(':target'))).resolves.toBe(true);
    await expect(note.textContent()).resolves.toMatch(/\((para|fn) \d+/);
    expect(log).toEqual({ errors: [], dialogs: [], foreignRequests: [] });
  });

  it('is complete without JavaScript, with a text alternative', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/survey-2005/`);
    await expect(page.locator('table[data-survey-matrix] tbody tr').count()).resolves.toBe(37);
    await expect(page.locator('.by-measure dt').count()).resolves.toBe(18);
  });

  it('shows a responding State’s 2005 panel on its entry page', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/jurisdictions/austria/`);
    const panel = page.locator('[data-survey-panel]');
    await expect(panel.locator('h2').textContent()).resolves.toBe('In 2005 and today');
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('reported that ratification was under way (fn 4)');
    expect(text).toContain("Today's highest penalty: 10 years.");
    await expect(page.locator('[data-survey-panel] a[href="/survey-2005/#s-austria"]').count()).resolves.toBe(1);
  });

  it('shows no 2005 panel for an instrument', async () => {
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/jurisdictions/un-trafficking-protocol/`);
    await expect(page.locator('[data-survey-panel]').count()).resolves.toBe(0);
  });
});
