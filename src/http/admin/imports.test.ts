import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iatiFixture } from '../../../test/fixtures/iati/paths.ts';
import { DIALECTS } from '../../../test/helpers/databases.ts';
import { pageAuditEntries } from '../../db/audit.repository.ts';
import { claimImportRun, insertImportRun } from '../../db/import-runs.repository.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { csvRecord } from '../../interchange/csv/csv-writer.ts';
import { adminTestBed, type TestSession } from './admin-test-helpers.ts';
import { filePart, runIdOf, upload } from './imports-test-helpers.ts';

const csv = (rows: string[][]) => rows.map(csvRecord).join('');

async function projectCount(bed: Awaited<ReturnType<typeof adminTestBed>>) {
  const row = await bed.db.db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of DIALECTS) {
  describe(`${dialect}: admin imports`, () => {
    let bed: Awaited<ReturnType<typeof adminTestBed>>;
    let editor: TestSession;
    let contributor: TestSession;

    beforeAll(async () => {
      bed = await adminTestBed(dialect);
      editor = await bed.userWithRole('editor');
      contributor = await bed.userWithRole('contributor');
    });
    afterAll(async () => {
      await bed?.services.admin.imports.whenIdle();
      await bed?.close();
    });

    const status = async (id: number) => {
      const res = await bed.get(editor, `/admin/imports/${id}/status`);
      expect(res.statusCode).toBe(200);
      return res.json();
    };

    describe('who may import', () => {
      it('sends anonymous visitors to log in (401 for JSON and uploads)', async () => {
        const page = await bed.get(null, '/admin/imports');
        expect(page.statusCode).toBe(303);
        expect(page.headers.location).toContain('/admin/login');
        const json = await bed.app.inject({
          method: 'GET',
          url: '/admin/imports',
          headers: { accept: 'application/json' },
        });
        expect(json.statusCode).toBe(401);
        const anon = await bed.anonymous();
        const res = await upload(bed, anon, '/admin/imports/iati', [
          filePart('files', iatiFixture('multilingual-2.03.xml')),
        ]);
        expect(res.statusCode).toBe(401);
      });

      it('refuses contributors (403) and shows them no link', async () => {
        expect((await bed.get(contributor, '/admin/imports')).statusCode).toBe(403);
        const res = await upload(bed, contributor, '/admin/imports/sheet', [
          { name: 'file', filename: 'a.csv', content: csv([['Title'], ['X']]) },
        ]);
        expect(res.statusCode).toBe(403);
        const projects = await bed.get(contributor, '/admin/projects');
        expect(projects.body).not.toContain('href="/admin/imports"');
      });

      it('shows editors both forms, in English and Russian', async () => {
        const res = await bed.get(editor, '/admin/imports');
        expect(res.statusCode).toBe(200);
        expect(res.body).toContain('action="/admin/imports/iati"');
        expect(res.body).toContain('action="/admin/imports/sheet"');
        expect(res.body).toContain('enctype="multipart/form-data"');
        expect(res.body).toContain('href="/admin/imports"');
        const ru = await bed.get(editor, '/ru/admin/imports');
        expect(ru.statusCode).toBe(200);
        expect(ru.body).toContain('Файлы мероприятий IATI');
        expect(ru.body).toContain('action="/ru/admin/imports/sheet"');
      });
    });

    describe('CSRF', () => {
      it('refuses an upload without the token or with a wrong one, storing nothing', async () => {
        const before = (await bed.services.admin.imports.list({ id: 1, role: 'admin' })).length;
        const anon = await bed.anonymous();
        for (const csrf of [null, 'wrong', anon.csrf]) {
          const res = await upload(
            bed,
            editor,
            '/admin/imports/iati',
            [filePart('files', iatiFixture('multilingual-2.03.xml'))],
            { csrf },
          );
          expect(res.statusCode).toBe(403);
        }
        const after = (await bed.services.admin.imports.list({ id: 1, role: 'admin' })).length;
        expect(after).toBe(before);
      });

      it('refuses the import of a previewed sheet without the token', async () => {
        const res = await upload(bed, editor, '/admin/imports/sheet', [
          { name: 'file', filename: 'csrf.csv', content: csv([['Title'], ['CSRF row']]) },
        ]);
        const id = runIdOf(res.headers.location);
        const refused = await bed.post(editor, `/admin/imports/${id}/import`, {}, null);
        expect(refused.statusCode).toBe(403);
        expect(await findProjectBySlug(bed.db.db, 'csrf-row')).toBeUndefined();
      });
    });

    describe('IATI', () => {
      it('imports an uploaded file in the background, shows progress state and the report', async () => {
        const res = await upload(bed, editor, '/admin/imports/iati', [
          filePart('files', iatiFixture('multilingual-2.03.xml')),
        ]);
        expect(res.statusCode).toBe(303);
        const id = runIdOf(res.headers.location);
        expect(res.headers.location).toBe(`/admin/imports/${id}`);
        await bed.services.admin.imports.whenIdle();
        expect(await status(id)).toMatchObject({
          state: 'done',
          active: false,
          filesTotal: 1,
          filesDone: 1,
          recordsDone: 2,
        });
        const page = await bed.get(editor, `/admin/imports/${id}`);
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('multilingual-2.03.xml');
        expect(page.body).toMatch(/data-count="created">2</);
        expect(page.body).toContain('data-committed="true"');
        expect(page.body).not.toContain('http-equiv="refresh"');
        const project = await findProjectBySlug(bed.db.db, 'access-to-justice-in-central-asia');
        expect(project?.provenance).toMatchObject({
          source: 'iati',
          iatiIdentifier: 'XM-TEST-1-CA-ROL-001',
          sourceFile: 'multilingual-2.03.xml',
        });
        const audit = await pageAuditEntries(bed.db.db, { action: 'import', limit: 10, offset: 0 });
        expect(audit.entries[0]).toMatchObject({
          actorId: editor.userId,
          subjectId: 'multilingual-2.03.xml',
          details: { run: id, kind: 'iati', created: 2, activities: 2, failedFiles: 0 },
        });
      });

      it('imports several files in one run and updates, never duplicates, on a second import', async () => {
        const count = await projectCount(bed);
        const res = await upload(bed, editor, '/admin/imports/iati', [
          filePart('files', iatiFixture('multilingual-2.03.xml')),
          filePart('files', iatiFixture('legacy-1.03.xml')),
        ]);
        const id = runIdOf(res.headers.location);
        await bed.services.admin.imports.whenIdle();
        const run = await bed.services.admin.imports.get({ id: 1, role: 'admin' }, id);
        expect(run.state).toBe('done');
        expect(run.filesTotal).toBe(2);
        expect(run.fileName).toBe('multilingual-2.03.xml, legacy-1.03.xml');
        const files = (run.report as { files: { unchanged: number; created: number }[] }).files;
        expect(files[0]).toMatchObject({ unchanged: 2, created: 0 });
        expect(files[1]!.created).toBeGreaterThan(0);
        expect(await projectCount(bed)).toBe(count + files[1]!.created);
        // Why each activity was skipped, in the reader's language; unchanged files say so.
        const ru = (await bed.get(editor, `/ru/admin/imports/${id}`)).body;
        expect(ru).toContain('Нет iati-identifier.');
        expect(ru).toContain('Нет названия.');
        expect(ru).toContain('Записывать нечего');
        expect(ru).toMatch(/\d+ МБ ·/);
        expect(ru).not.toContain('use --force');
        const en = (await bed.get(editor, `/admin/imports/${id}`)).body;
        expect(en).toContain('It has no title.');
      });

      it('reports a broken file with line and column and writes nothing', async () => {
        const count = await projectCount(bed);
        const res = await upload(bed, editor, '/admin/imports/iati', [
          filePart('files', iatiFixture('truncated-2.03.xml')),
        ]);
        const id = runIdOf(res.headers.location);
        await bed.services.admin.imports.whenIdle();
        expect((await status(id)).state).toBe('failed');
        const page = await bed.get(editor, `/admin/imports/${id}`);
        expect(page.body).toMatch(/line \d+, column \d+/);
        expect(page.body).toContain('Nothing of this file was written.');
        expect(page.body).toContain('data-committed="false"');
        expect(await projectCount(bed)).toBe(count);
      });

      it('refuses a file that is not IATI with a message', async () => {
        const res = await upload(bed, editor, '/admin/imports/iati', [
          filePart('files', iatiFixture('not-iati.xml')),
        ]);
        const id = runIdOf(res.headers.location);
        await bed.services.admin.imports.whenIdle();
        const page = await bed.get(editor, `/admin/imports/${id}`);
        expect(page.body).toContain('not an IATI activity file');
        expect(page.body).toContain('Nothing of this file was written.');
      });

      it('refuses a request without a file, naming the problem', async () => {
        const res = await upload(bed, editor, '/admin/imports/iati', [
          { name: 'files', filename: '', content: '' },
        ]);
        expect(res.statusCode).toBe(400);
        expect(res.body).toContain('Choose a file to upload.');
      });

      it('shows a run left "running" by a dead process as failed after the timeout', async () => {
        const long = new Date(Date.now() - 10 * 60_000).toISOString();
        const id = await insertImportRun(bed.db.db, {
          kind: 'iati',
          fileName: 'orphan.xml',
          fileSize: 1000,
          filesTotal: 1,
          options: {},
          actorId: null,
          at: long,
        });
        await claimImportRun(bed.db.db, id, long);
        expect(await status(id)).toMatchObject({ state: 'failed', active: false });
        const page = await bed.get(editor, `/admin/imports/${id}`);
        expect(page.body).toContain('stopped before it finished');

        const fresh = new Date().toISOString();
        const live = await insertImportRun(bed.db.db, {
          kind: 'iati',
          fileName: 'live.xml',
          fileSize: 4 * 1024 * 1024,
          filesTotal: 1,
          options: {},
          actorId: null,
          at: fresh,
        });
        await claimImportRun(bed.db.db, live, fresh);
        const running = await bed.get(editor, `/admin/imports/${live}`);
        expect(running.body).toContain(
          '<noscript><meta http-equiv="refresh" content="2"></noscript>',
        );
        expect(running.body).toContain(`data-import-status="/admin/imports/${live}/status"`);
        expect(running.body).toContain('0 of 4 MB read');
      });
    });

    describe('spreadsheets', () => {
      const sheet = csv([
        ['Title', 'Country', 'Budget', 'Period', 'Shoe size'],
        ['Sheet-made court project', 'Kyrgyz Republic', 'USD 1.5 million', '2024-2026', '42'],
        ['Bad sheet row', 'Atlantis', '', 'sometime', '43'],
        ['Second sheet project', 'Kazakhstan', '', '', ''],
      ]);

      it('previews every row and the unmatched columns, writes nothing, then imports the valid rows', async () => {
        const count = await projectCount(bed);
        const res = await upload(bed, editor, '/admin/imports/sheet', [
          { name: 'state', value: 'published' },
          { name: 'file', filename: 'partner.csv', content: sheet, type: 'text/csv' },
        ]);
        expect(res.statusCode).toBe(303);
        const id = runIdOf(res.headers.location);
        const preview = await bed.get(editor, `/admin/imports/${id}`);
        expect(preview.statusCode).toBe(200);
        expect(preview.body).toContain('Shoe size');
        expect(preview.body).toContain('data-line="2" data-action="create"');
        expect(preview.body).toContain('data-line="3" data-action="error"');
        expect(preview.body).toContain('Country: &quot;Atlantis&quot; is not a known country');
        expect(preview.body).toContain('Import the 2 valid rows');
        const ru = await bed.get(editor, `/ru/admin/imports/${id}`);
        expect(ru.body).toContain('Предпросмотр partner.csv');
        expect(ru.body).toContain('Импортировать корректные строки: 2');
        expect(ru.body).toContain(`action="/ru/admin/imports/${id}/import"`);
        // Row problems are codes, told in the editor's language with the column's Russian name.
        expect(ru.body).toContain('Страна: «Atlantis» — неизвестная страна или регион');
        expect(ru.body).toContain('Период: «sometime» не удалось прочитать однозначно');
        expect(ru.body).toContain('не найдено ни месяца, ни года');
        expect(ru.body).not.toContain('is not a known country');
        expect(ru.body).not.toContain('no month or year');
        expect(await projectCount(bed)).toBe(count);

        const done = await bed.post(editor, `/admin/imports/${id}/import`);
        expect(done.statusCode).toBe(303);
        const report = await bed.get(editor, `/admin/imports/${id}`);
        expect(report.body).toContain('Imported: 2 created, 0 updated.');
        expect(await projectCount(bed)).toBe(count + 2);
        const made = await findProjectBySlug(bed.db.db, 'sheet-made-court-project');
        expect(made?.state).toBe('published');
        expect(made?.countries.map((c) => c.code)).toEqual(['KG']);
        expect(await findProjectBySlug(bed.db.db, 'bad-sheet-row')).toBeUndefined();

        // A second click imports nothing more.
        await bed.post(editor, `/admin/imports/${id}/import`);
        expect(await projectCount(bed)).toBe(count + 2);
        const audit = await pageAuditEntries(bed.db.db, { action: 'import', limit: 1, offset: 0 });
        expect(audit.entries[0]).toMatchObject({
          subjectId: 'partner.csv',
          details: { run: id, kind: 'sheet', created: 2, errors: 1, committed: true },
        });
        const log = await bed.get(await bed.userWithRole('admin'), '/admin/audit?action=import');
        expect(log.body).toContain('partner.csv');
      });

      it('keeps stored values for empty cells unless asked to clear them', async () => {
        const edit = (clear: boolean) =>
          upload(bed, editor, '/admin/imports/sheet', [
            ...(clear ? [{ name: 'clearEmpty', value: '1' }] : []),
            {
              name: 'file',
              filename: 'edit.csv',
              content: csv([
                ['Slug', 'Title', 'Budget'],
                ['sheet-made-court-project', 'Sheet-made court project (edited)', ''],
              ]),
            },
          ]);
        for (const clear of [false, true]) {
          const id = runIdOf((await edit(clear)).headers.location);
          const preview = await bed.get(editor, `/admin/imports/${id}`);
          expect(preview.body).toContain(clear ? 'Empty cells clear fields.' : 'Empty cells keep');
          await bed.post(editor, `/admin/imports/${id}/import`);
          const p = await findProjectBySlug(bed.db.db, 'sheet-made-court-project');
          expect(p?.title).toBe('Sheet-made court project (edited)');
          expect(p?.budgetLines.length).toBe(clear ? 0 : 1);
        }
      });

      it('refuses a file over the size limit with a clear message', async () => {
        const big = Buffer.alloc(20 * 1024 * 1024 + 10, 'a');
        const res = await upload(bed, editor, '/admin/imports/sheet', [
          { name: 'file', filename: 'huge.csv', content: big },
        ]);
        expect(res.statusCode).toBe(413);
        expect(res.body).toContain('“huge.csv” is larger than 20 MB. Nothing was imported.');
      });

      it('shows a sheet it cannot use with the reason and no import button', async () => {
        const res = await upload(bed, editor, '/admin/imports/sheet', [
          { name: 'file', filename: 'odd.csv', content: csv([['Colour'], ['blue']]) },
        ]);
        const page = await bed.get(editor, `/admin/imports/${runIdOf(res.headers.location)}`);
        expect(page.body).toContain('no &quot;Title&quot; or &quot;Slug&quot; column');
        const ru = await bed.get(editor, `/ru/admin/imports/${runIdOf(res.headers.location)}`);
        expect(ru.body).toContain('в первой строке нет столбца «Название» или «Slug»');
        expect(page.body).toContain('Colour');
        expect(page.body).not.toContain('Import the');
      });
    });
  });
}
