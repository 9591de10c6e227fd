/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), with a page
 * that records what must not happen: uncaught errors, console errors, dialogs, and any
 * request to a host other than the local server (which is blocked).
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { existsSync } from 'node:fs';

/** Path of the browser; override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The local server's address, from the global setup. */
export const baseUrl = (): string => inject('baseUrl');

/** Launches headless Chromium with the flags this machine needs. */
export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM}: run "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** What a page did that a test may assert never happens. */
export interface PageLog {
  readonly errors: string[];
  readonly dialogs: string[];
  readonly foreignRequests: string[];
}

/** Opens a page that records errors, dialogs and third-party requests (blocking the latter). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log: PageLog = { errors: [], dialogs: [], foreignRequests: [] };
  const local = new URL(baseUrl()).host;
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('dialog', (d) => {
    log.dialogs.push(d.message());
    void d.dismiss();
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === local || url.protocol === 'data:') return route.continue();
    log.foreignRequests.push(url.href);
    return route.abort();
  });
  return { page, log };
}

/**
 * Launches one browser for the test file (closed after its last test) and returns a
 * function that gives it to the tests.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not started');
    return browser;
  };
}
