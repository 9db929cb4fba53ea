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
    await auth.createUser(
      { email: 'second@example.org', name: 'Second', role: 'editor', password: PASSWORD },
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

  it('merges two editors working at once: no one reverts the other, conflicts are chosen', async () => {
    const editing = createServices(server.database).admin.editing;
    const actor = { id: 2, role: 'editor' as const };
    const p = await editing.create(
      actor,
      {
        language: 'en',
        title: 'Shared title',
        summary: 'Shared summary',
        description: 'Shared description.',
        countries: ['KZ'],
      },
      null,
    );
    const edit = `${server.origin}/admin/projects/${p.slug}/edit`;
    const one = await (await browser.newContext()).newPage();
    const two = await (
      await browser.newContext({ viewport: { width: 375, height: 800 } })
    ).newPage();
    await logIn(one, 'editor@example.org');
    await logIn(two, 'second@example.org');
    await one.goto(edit);
    await two.goto(edit);

    await one.locator('#f-title').fill('Title by one');
    await one.locator('#f-countries').selectOption(['KZ', 'KG']);
    await one.locator('#f-description').fill('Description by one:\n\n1. first\n2. second');
    await one.getByRole('button', { name: 'Save' }).click();
    await one.waitForURL('**/edit?notice=saved');

    await two.locator('#f-title').fill('Title by two');
    await two.locator('#f-countries').selectOption(['UZ']);
    await two.locator('#f-summary').fill('Summary by two');
    await two.getByRole('button', { name: 'Save' }).click();
    await two.waitForSelector('.conflict');
    const conflicts = await two
      .locator('.conflict__field')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-conflict')));
    expect(conflicts).toEqual(['title', 'countries']);
    // The description only one changed is already in two's form; two's own summary too.
    expect(await two.locator('#f-description').inputValue()).toContain('Description by one');
    expect(await two.locator('#f-summary').inputValue()).toBe('Summary by two');
    await two.locator('.conflict').screenshot({ path: 'test-results/conflict-phone.png' });
    // Saving without choosing saves nothing and asks again.
    await two.getByRole('button', { name: 'Save' }).click();
    await two.waitForSelector('.conflict .field-error');
    await two.locator('#resolve-title-theirs').check();
    await two.locator('#resolve-countries-mine').check();
    await two.getByRole('button', { name: 'Save' }).click();
    await two.waitForURL('**/edit?notice=saved');

    const saved = (await editing.getForEditor(actor, p.slug)).project;
    expect(saved.title).toBe('Title by one');
    expect(saved.countries.map((c) => c.code)).toEqual(['UZ']);
    expect(saved.description).toBe('Description by one:\n\n1. first\n2. second');
    expect(saved.summary).toBe('Summary by two');
  });

  it('reads the budget text as it is typed and copies the lines it read into the form', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await logIn(page, 'editor@example.org');
    await page.goto(`${server.origin}/admin/projects/new`);
    await page.locator('#f-title').fill('Budget typed in the browser');
    await page
      .locator('#f-budgetText')
      .fill('Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million.');
    const use = page.getByRole('button', { name: 'Use these lines' });
    await use.waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-budget-line]').count()).toBe(2);
    await use.click();
    expect(await page.locator('[name="budget.0.amount"]').inputValue()).toBe('70600000');
    expect(await page.locator('[name="budget.1.label"]').inputValue()).toBe('Sub-Programme 2');
    expect(await page.locator('[name="budget.0.total"]').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL('**/edit?notice=created');
    const saved = await createServices(server.database).admin.editing.getForEditor(
      { id: 1, role: 'admin' },
      'budget-typed-in-the-browser',
    );
    expect(saved.project.budgetLines.map((l) => [l.amountCents, l.isTotal])).toEqual([
      [7_060_000_000, true],
      [1_830_000_000, false],
    ]);
    expect(errors).toEqual([]);
    await page.close();
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
