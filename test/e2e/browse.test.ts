import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startTestServer } from './server.ts';

describe('browsing in a real browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the seed record from the list and comes back to the same page', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.origin}/projects`);
    const seedLink = page.locator('a[href="/projects/unodc-programme-for-central-asia-2015-2019"]');
    // The list is newest first; walk the pages until the seed record shows.
    // With JavaScript the next page is swapped in place and the address changes after the swap,
    // so waiting for the address (not for a load event, which does not come) waits for the list.
    for (let n = 2; n <= 11 && (await seedLink.count()) === 0; n++) {
      await page.locator('a[rel="next"]').click();
      await page.waitForURL(`**/projects?page=${n}`);
    }
    const listUrl = page.url();
    expect(listUrl).toMatch(/\/projects\?page=\d+$/);
    await seedLink.click();
    await page.waitForURL('**/projects/unodc-programme-for-central-asia-2015-2019');
    expect(await page.locator('h1').textContent()).toBe(
      'UNODC Programme for Central Asia – 2015-2019',
    );
    expect(await page.locator('.summary-list').textContent()).toContain(
      'January 2015 – December 2019',
    );
    await page.getByRole('link', { name: '← Back to list' }).click();
    await page.waitForURL(listUrl);
    expect(page.url()).toBe(listUrl);
    expect(await seedLink.count()).toBe(1);
  });
});
