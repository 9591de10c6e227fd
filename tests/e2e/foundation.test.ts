/** The foundation journeys in a real browser: the overview table, an entry page, its sources. */
import { describe, expect, it } from 'vitest';
import { baseUrl, openPage, useBrowser } from './browser.js';
import { exportDoc } from '../build/dist.js';

const browser = useBrowser();

const doc = exportDoc();

describe('overview table', () => {
  it('lists every entry and filters and sorts with the island', async () => {
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    const rows = page.locator('table[data-entry-table] tbody tr');
    await expect(rows.count()).resolves.toBe(doc.jurisdictions.length);

    await page.getByLabel('Kind').selectOption('instrument');
    const instruments = doc.jurisdictions.filter((e) => e.kind === 'instrument').map((e) => e.name).sort();
    const visible = async () => (await page.locator('table[data-entry-table] tbody tr:visible th a').allTextContents()).sort();
    await expect(visible()).resolves.toEqual(instruments);
    await expect(page.locator('[data-table-count]').textContent()).resolves.toBe(`${instruments.length} of ${doc.jurisdictions.length} entries shown`);

    await page.getByLabel('Kind').selectOption('');
    const first = doc.jurisdictions.find((e) => e.kind === 'state');
    await page.getByLabel('Name contains').fill(first?.name.slice(0, 4) ?? '');
    await expect(visible()).resolves.toContain(first?.name);
    await expect(page.locator('table[data-entry-table] tbody tr:visible').count()).resolves.toBeLessThan(doc.jurisdictions.length);
    await page.getByLabel('Name contains').fill('');

    const header = page.locator('th[data-sort-key="name"]');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('ascending');
    await header.getByRole('button').click();
    await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');
    const names = await page.locator('table[data-entry-table] tbody tr th a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en')));
    expect(log).toEqual({ errors: [], dialogs: [], foreignRequests: [] });
  });

  it('is complete and readable without JavaScript', async () => {
    const { page } = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`${baseUrl()}/`);
    await expect(page.locator('table[data-entry-table] tbody tr').count()).resolves.toBe(doc.jurisdictions.length);
    await expect(page.locator('[data-table-filters]').isVisible()).resolves.toBe(false);
  });
});

describe('entry page', () => {
  const state = doc.jurisdictions.find((e) => e.kind === 'state') ?? doc.jurisdictions[0];

  it('opens from the table and shows the notice, the clauses with anchors, and the facts', async () => {
    if (!state) throw new Error('no entry');
    const { page, log } = await openPage(browser());
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('link', { name: state.name, exact: true }).click();
    await page.waitForURL(`**/jurisdictions/${state.slug}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(state.name);
    const notice = await page.locator('[data-legal-notice]').textContent();
    expect(notice).toContain('Information, not legal advice.');
    expect(notice).toContain('last reviewed');
    for (const [clause, value] of Object.entries(state.clauses)) {
      await expect(page.locator(`section#${clause} h2`).count()).resolves.toBe(1);
      for (const s of value.subclauses) {
        const key = s.label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
        const id = clause === 'aggravation' && s.label !== 'Notes' ? `aggravation-${key}` : `${clause}-${key}`;
        await expect(page.locator(`li#${id}`).count(), id).resolves.toBe(1);
      }
    }
    await expect(page.locator('[data-facts]').isVisible()).resolves.toBe(true);
    expect(log).toEqual({ errors: [], dialogs: [], foreignRequests: [] });
  });

  it('links each instrument to its official text, and the link can be followed', async () => {
    if (!state) throw new Error('no entry');
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/jurisdictions/${state.slug}/`);
    const links = page.locator('a[data-source-link]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual(state.instruments.map((i) => new URL(i.url).href));
    // The sandbox has no internet: answer the official site's request locally and check the browser went there.
    const target = hrefs[0] as string;
    await page.context().unroute('**/*');
    await page.context().route(target, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Official text</title>' }));
    await links.first().click();
    await page.waitForURL(target);
    await expect(page.title()).resolves.toBe('Official text');
  });

  it('lands on a sub-clause anchor from a shared link', async () => {
    if (!state) throw new Error('no entry');
    const first = state.clauses.definition.subclauses[0];
    const id = `definition-${first?.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/jurisdictions/${state.slug}/#${id}`);
    await expect(page.locator(`li#${id}`).evaluate((el) => el.matches(':target'))).resolves.toBe(true);
  });
});

describe('an entry whose text is only partly established', () => {
  it('says plainly which facts are not established and where the official text is', async () => {
    const modelLaw = doc.jurisdictions.find((e) => e.slug === 'unodc-model-law');
    if (!modelLaw) throw new Error('the Model Law entry is missing');
    const { page } = await openPage(browser());
    await page.goto(`${baseUrl()}/jurisdictions/unodc-model-law/`);
    const box = await page.locator('[data-not-established]').textContent();
    for (const fact of ['Acts', 'Means', 'Purposes', 'Child age', 'Basic offence']) expect(box).toContain(fact);
    const acts = page.locator('[data-facts] dt', { hasText: /^Acts$/ }).locator('xpath=following-sibling::dd[1]');
    await expect(acts.textContent()).resolves.toBe('not established');
    await expect(page.locator('[data-legal-notice]').textContent()).resolves.toContain('Partial');
    await expect(page.locator('a[data-source-link]').first().getAttribute('href')).resolves.toBe(modelLaw.instruments[0]?.url);
  });
});
