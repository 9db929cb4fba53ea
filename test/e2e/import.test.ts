import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services/services.ts';
import { iatiFixture } from '../fixtures/iati/paths.ts';
import { launchBrowser } from './browser.ts';
import { startTestServer } from './server.ts';

const PASSWORD = 'correct horse battery';

const CSV = [
  'Title,Country,Period,Budget,Description,Shoe size',
  'Zanzibarite legal aid caravan,Kyrgyz Republic,January 2025 – December 2027,USD 1.2 million,Mobile legal aid for remote villages.,42',
  'Broken row,Atlantis,,,,43',
  '',
].join('\r\n');

describe('importing in a real browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    await createServices(server.database).admin.auth.createUser(
      { email: 'editor@example.org', name: 'Editor', role: 'editor', password: PASSWORD },
      null,
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A logged-in editor's page that fails the test on script errors and failed requests. */
  async function editorPage(errors: string[]): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
        errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.origin}/admin/projects`);
    await page.waitForURL('**/admin/login?next=*');
    await page.getByLabel('Email').fill('editor@example.org');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL('**/admin/projects');
    return page;
  }

  it('an editor uploads a CSV, reads the preview, imports the valid row; the public finds it', async () => {
    const errors: string[] = [];
    const page = await editorPage(errors);
    await page.getByRole('link', { name: 'Imports' }).click();
    await page.waitForURL('**/admin/imports');
    await page.locator('#f-sheet-file').setInputFiles({
      name: 'partners.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV),
    });
    await page.locator('#f-sheet-state').selectOption('published');
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page.waitForURL(/\/admin\/imports\/\d+$/);
    expect(await page.locator('h1').textContent()).toBe('Preview of partners.csv');
    expect(await page.locator('[data-unmatched]').textContent()).toContain('Shoe size');
    expect(await page.locator('tr[data-action="create"]').textContent()).toContain(
      'Zanzibarite legal aid caravan',
    );
    expect(await page.locator('tr[data-action="error"]').textContent()).toContain('Atlantis');
    await page.getByRole('button', { name: 'Import the 1 valid rows' }).first().click();
    await page.waitForURL(/\/admin\/imports\/\d+$/);
    expect(await page.locator('[data-committed="true"]').textContent()).toContain('1 created');
    expect(errors, errors.join('\n')).toEqual([]);

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${server.origin}/projects?q=zanzibarite`);
    const link = visitor.locator('a[href="/projects/zanzibarite-legal-aid-caravan"]');
    await expect.poll(() => link.count()).toBeGreaterThan(0);
    await link.first().click();
    await visitor.waitForURL('**/projects/zanzibarite-legal-aid-caravan');
    expect(await visitor.locator('h1').textContent()).toBe('Zanzibarite legal aid caravan');
  });

  it('an editor uploads an IATI file and sees its report', async () => {
    const errors: string[] = [];
    const page = await editorPage(errors);
    await page.goto(`${server.origin}/admin/imports`);
    await page.locator('#f-iati-files').setInputFiles({
      name: 'multilingual-2.03.xml',
      mimeType: 'application/xml',
      buffer: readFileSync(iatiFixture('multilingual-2.03.xml')),
    });
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await page.waitForURL(/\/admin\/imports\/\d+$/);
    await expect
      .poll(() => page.locator('[data-field="state"]').textContent(), { timeout: 30_000 })
      .toContain('Done');
    expect(await page.locator('[data-count="created"]').textContent()).toBe('2');
    // Nobody chose to publish: the new projects wait for review, and the report says so.
    expect(await page.locator('[data-created-as]').getAttribute('data-created-as')).toBe('draft');
    expect(await page.locator('.import-warnings li code').first().textContent()).toBe(
      'XM-TEST-1-CA-ROL-001',
    );
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
