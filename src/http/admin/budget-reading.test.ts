import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/helpers/databases.ts';
import { adminTestBed, projectForm, type TestSession } from './admin-test-helpers.ts';

const admin = { id: 1, role: 'admin' as const };
const SEED_TEXT =
  'Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million. Of which: UNDP USD 450,000';

for (const dialect of DIALECTS) {
  describe(`${dialect}: the editor reads budget text into lines`, () => {
    let bed: Awaited<ReturnType<typeof adminTestBed>>;
    let editor: TestSession;

    beforeAll(async () => {
      bed = await adminTestBed(dialect);
      editor = await bed.userWithRole('editor', 'budget@example.org');
    });
    afterAll(async () => {
      await bed?.close();
    });

    it('"Read the budget" fills the lines from the text, shows them, and saves nothing', async () => {
      const created = await bed.post(editor, '/admin/projects', projectForm('Budget reading'));
      const slug = /projects\/([^/]+)\/edit/.exec(created.headers.location!)![1]!;
      const res = await bed.post(
        editor,
        `/admin/projects/${slug}`,
        projectForm('Budget reading, renamed', {
          version: '1',
          budgetText: 'Total - USD 70.6 million; Sub-Programme 2 - USD 18.3 million.',
          readBudget: '1',
        }),
      );
      expect(res.statusCode).toBe(200);
      // The lines the reader found, in the panel and in the form's rows, replacing the old one.
      expect(res.body).toContain('Lines read from the text');
      expect(res.body).toContain('data-amount="70600000"');
      expect(res.body).toMatch(/name="budget\.0\.amount"[^>]*value="70600000"/);
      expect(res.body).toMatch(/name="budget\.1\.amount"[^>]*value="18300000"/);
      expect(res.body).toMatch(/name="budget\.1\.label"[^>]*value="Sub-Programme 2"/);
      expect(res.body).not.toContain('value="1000.50"');
      // What else was typed stays in the form, unsaved.
      expect(res.body).toContain('value="Budget reading, renamed"');
      const stored = (await bed.services.admin.editing.getForEditor(admin, slug)).project;
      expect([stored.title, stored.version, stored.budgetText]).toEqual([
        'Budget reading',
        1,
        null,
      ]);
      expect(stored.budgetLines.map((l) => l.amountCents)).toEqual([100_050]);
    });

    it('says what it was unsure of, and keeps the lines when it read none', async () => {
      const res = await bed.post(
        editor,
        '/admin/projects',
        projectForm('Budget unsure', { budgetText: 'about two million', readBudget: '1' }),
      );
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('No amount with a currency was found in the text.');
      expect(res.body).toMatch(/name="budget\.0\.amount"[^>]*value="1000.50"/);
      expect(
        await bed.services.admin.editing.getForEditor(admin, 'budget-unsure').catch(() => null),
      ).toBeNull();
    });

    it("answers the script with the panel as the text is typed, in the reader's language", async () => {
      const res = await bed.post(editor, '/admin/budget-reading', { budgetText: SEED_TEXT });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('data-use-budget-lines');
      expect(res.body).toMatch(
        /data-amount="70600000" data-currency="USD" data-label="Total" data-total="1"/,
      );
      const ru = await bed.post(editor, '/ru/admin/budget-reading', { budgetText: SEED_TEXT });
      expect(ru.body).toContain('Строки, прочитанные из текста');
      const refused = await bed.post(editor, '/admin/budget-reading', { budgetText: 'x' }, null);
      expect(refused.statusCode).toBe(403);
    });
  });
}
