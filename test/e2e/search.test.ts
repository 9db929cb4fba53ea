import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchTestApp } from '../fixtures/search/search-app.ts';
import { launchBrowser } from './browser.ts';

describe('searching in a real browser', () => {
  let server: Awaited<ReturnType<typeof createSearchTestApp>>;
  let origin: string;
  let browser: Browser;
  beforeAll(async () => {
    server = await createSearchTestApp('sqlite');
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    origin = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('filters by two countries and a type without reloading, opens a project and comes back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${origin}/projects`);
    // A marker on the window survives only if the page is never reloaded.
    await page.evaluate(() => {
      (globalThis as any).sameDocument = true;
    });
    await page.locator('#f-country-KZ').check();
    await page.waitForURL('**/projects?country=KZ');
    await page.locator('#f-country-KG').check();
    await page.waitForURL('**/projects?country=KZ&country=KG');
    await expect.poll(() => page.locator('.result-count strong').textContent()).toBe('3 projects');
    await page.locator('#f-type-anti-corruption').check();
    await page.waitForURL('**/projects?country=KZ&country=KG&type=anti-corruption');
    await expect.poll(() => page.locator('.result-count strong').textContent()).toBe('1 project');
    expect(await page.evaluate(() => (globalThis as any).sameDocument)).toBe(true);
    const listUrl = page.url();

    // The browser's Back walks the filter history.
    await page.goBack();
    await page.waitForURL('**/projects?country=KZ&country=KG');
    await expect.poll(() => page.locator('.result-count strong').textContent()).toBe('3 projects');
    expect(await page.locator('#f-type-anti-corruption').isChecked()).toBe(false);
    await page.goForward();
    await page.waitForURL(listUrl);
    await expect.poll(() => page.locator('.result-count strong').textContent()).toBe('1 project');

    await page.getByRole('link', { name: 'Fighting corruption in courts' }).click();
    await page.waitForURL('**/projects/courts');
    await page.getByRole('link', { name: '← Back to list' }).click();
    await page.waitForURL(listUrl);
    expect(await page.locator('#f-country-KZ').isChecked()).toBe(true);
    expect(await page.locator('#f-country-KG').isChecked()).toBe(true);
    expect(await page.locator('#f-type-anti-corruption').isChecked()).toBe(true);
    expect(await page.locator('.results .result__title').allTextContents()).toEqual([
      'Fighting corruption in courts',
    ]);
  });

  it('works without JavaScript: the form submits as a GET', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${origin}/projects`);
    await page.locator('#q').fill('legal');
    await page.locator('#f-country-KZ').check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/projects\?q=legal/);
    expect(page.url()).toContain('country=KZ');
    expect(await page.locator('.results .result__title').allTextContents()).toEqual([
      'Legal aid for women',
    ]);
    await context.close();
  });
});
