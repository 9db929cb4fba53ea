import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/services/services.ts';
import { launchBrowser } from './browser.ts';
import { startTestServer } from './server.ts';

const PASSWORD = 'correct horse battery';

describe('editing in a real browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    const auth = createServices(server.database).admin.auth;
    await auth.createUser(
      { email: 'author@example.org', name: 'Author', role: 'contributor', password: PASSWORD },
      null,
    );
    await auth.createUser(
      { email: 'editor@example.org', name: 'Editor', role: 'editor', password: PASSWORD },
      null,
    );
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function logIn(page: Page, email: string) {
    await page.goto(`${server.origin}/admin/projects`);
    await page.waitForURL('**/admin/login?next=*');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL('**/admin/projects');
  }

  it('a contributor creates and submits a project; an editor publishes it; the public finds it', async () => {
    const errors: string[] = [];
    const author = await browser.newPage();
    // Script errors and failed requests (but the browser's own favicon probe) fail the test.
    author.on('pageerror', (e) => errors.push(e.message));
    author.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico'))
        errors.push(`${r.status()} ${r.url()}`);
    });
    await logIn(author, 'author@example.org');
    await author.getByRole('link', { name: 'New project' }).click();
    await author.locator('#f-title').fill('Browser-made court reform project');
    await author.locator('#f-description').fill('A **bold** start');
    // The live preview renders through the server (CSP forbids inline script).
    await expect.poll(() => author.locator('.markdown-preview__body strong').count()).toBe(1);
    await author.locator('#f-startYear').fill('2031');
    await author.locator('#f-startMonth').selectOption('3');
    await author.locator('#f-endYear').fill('2033');
    await author.locator('#f-countries').selectOption(['KZ', 'KG']);
    await author.locator('#f-budget-0-label').fill('Total');
    await author.locator('#f-budget-0-amount').fill('2500000');
    await author.locator('#f-budget-0-currency').selectOption('USD');
    await author.getByRole('button', { name: 'Add a row' }).nth(1).click();
    await author.getByRole('button', { name: 'Save' }).click();
    await author.waitForURL('**/admin/projects/*/edit?notice=created');
    const slug = /projects\/([^/]+)\/edit/.exec(author.url())![1]!;
    await author.getByRole('button', { name: 'Submit for review' }).click();
    await author.waitForURL('**/edit?notice=done');
    expect(await author.locator('.workflow .state').textContent()).toContain('Submitted');
    expect(errors, errors.join('\n')).toEqual([]);

    const editor = await (await browser.newContext()).newPage();
    await logIn(editor, 'editor@example.org');
    await editor.locator('#state').selectOption('submitted');
    await editor.getByRole('button', { name: 'Filter' }).click();
    await editor.getByRole('link', { name: 'Browser-made court reform project' }).click();
    await editor.getByRole('button', { name: 'Publish' }).click();
    await editor.waitForURL('**/edit?notice=done');
    expect(await editor.locator('.workflow .state').textContent()).toContain('Published');

    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${server.origin}/projects`);
    const link = visitor.locator(`a[href="/projects/${slug}"]`);
    expect(await link.count()).toBeGreaterThan(0);
    await link.first().click();
    await visitor.waitForURL(`**/projects/${slug}`);
    expect(await visitor.locator('h1').textContent()).toBe('Browser-made court reform project');
  });

  it("fits the editor's pages on a phone: nothing wider than the screen", async () => {
    const phone = await (
      await browser.newContext({ viewport: { width: 375, height: 800 } })
    ).newPage();
    await logIn(phone, 'editor@example.org');
    for (const path of [
      '/admin/projects',
      '/admin/projects/new',
      '/admin/imports',
      '/admin/organisations',
      '/admin/types',
      '/ru/admin/projects/new',
    ]) {
      await phone.goto(`${server.origin}${path}`);
      const width = await phone.evaluate('document.documentElement.scrollWidth');
      expect(width, path).toBeLessThanOrEqual(375);
    }
  });
});
