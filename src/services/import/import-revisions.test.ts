import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iatiFixture } from '../../../test/fixtures/iati/paths.ts';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { csvRecord } from '../../interchange/csv/csv-writer.ts';
import { seedDemoData } from '../seed.service.ts';
import { createServices } from '../services.ts';
import { importSheet } from '../sheet-import/sheet-import.service.ts';
import { importIatiFile } from './iati-import.service.ts';

const SEED = 'unodc-programme-for-central-asia-2015-2019';
const IATI_SLUG = 'access-to-justice-in-central-asia';
const csv = (rows: string[][]) => new TextEncoder().encode(rows.map(csvRecord).join(''));

for (const dialect of DIALECTS) {
  describe(`every import leaves revisions and an audit entry (${dialect})`, () => {
    let t: TestDatabase;
    let services: ReturnType<typeof createServices>;
    let admin: { id: number; role: 'admin' };

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemoData(t.db);
      services = createServices(t);
      const user = await services.admin.auth.createUser(
        { email: 'a@example.org', name: 'A', role: 'admin', password: 'correct horse battery' },
        null,
      );
      admin = { id: user.id, role: 'admin' };
    });
    afterAll(() => t.drop());

    const history = (slug: string) => services.admin.editing.history(admin, slug);
    const audit = (action: string) =>
      t.db
        .selectFrom('audit_log')
        .select(['subject_id', 'details'])
        .where('action', '=', action)
        .execute();

    it('a spreadsheet row leaves a revision naming the file and row, and can be undone', async () => {
      const report = await importSheet(
        t.db,
        'kz-update.csv',
        csv([
          ['Slug', 'Title'],
          ['some-other-slug-nobody-has', 'A new project from a sheet'],
          [SEED, 'Retitled by a spreadsheet'],
        ]),
        { actorId: admin.id, runId: null },
      );
      expect(report.committed).toBe(true);
      const h = await history(SEED);
      expect(h.revisions.map((r) => r.origin)).toEqual([
        { kind: 'sheet', file: 'kz-update.csv', row: 3, run: null },
        { kind: 'seed' },
      ]);
      expect(h.revisions[0]!.authorName).toBe('A');
      const [entry] = await audit('sheet_imported');
      expect(entry!.subject_id).toBe('kz-update.csv');
      expect(JSON.parse(entry!.details!)).toMatchObject({ create: 1, update: 1, written: 2 });

      const page = await services.admin.editing.history(admin, SEED);
      await services.admin.editing.restore(
        admin,
        SEED,
        page.revisions[1]!.version,
        page.project.version,
      );
      const restored = (await findProjectBySlug(t.db, SEED))!;
      expect(restored.title).toBe('UNODC Programme for Central Asia – 2015-2019');
      expect((await history(SEED)).revisions[0]!.origin).toEqual({ kind: 'restore', from: 1 });
    });

    it('an IATI file leaves one revision per created or changed project, naming file and run', async () => {
      const first = await importIatiFile(t.db, iatiFixture('multilingual-2.03.xml'), {
        runId: 12,
        actorId: admin.id,
      });
      expect(first.created).toBe(2);
      const created = await history(IATI_SLUG);
      expect(created.revisions.map((r) => r.origin)).toEqual([
        { kind: 'iati', file: 'multilingual-2.03.xml', run: 12 },
      ]);
      // Unchanged on a second import: no new revision.
      await importIatiFile(t.db, iatiFixture('multilingual-2.03.xml'));
      expect((await history(IATI_SLUG)).revisions).toHaveLength(1);

      const xml = readFileSync(iatiFixture('multilingual-2.03.xml'), 'utf8').replace(
        'Access to Justice in Central Asia',
        'Access to Justice, phase II',
      );
      await importIatiFile(t.db, Readable.from([xml]), { fileName: 'CD.xml' });
      const changed = await history(IATI_SLUG);
      expect(changed.revisions.map((r) => [r.version, r.origin])).toEqual([
        [2, { kind: 'iati', file: 'CD.xml', run: null }],
        [1, { kind: 'iati', file: 'multilingual-2.03.xml', run: 12 }],
      ]);
      const entries = await audit('iati_imported');
      expect(entries.map((e) => e.subject_id)).toEqual([
        'multilingual-2.03.xml',
        'multilingual-2.03.xml',
        'CD.xml',
      ]);
      expect(JSON.parse(entries[0]!.details!)).toMatchObject({ created: 2, run: 12 });
    });

    it('keeps the version an import replaces when no revision held it (data from before)', async () => {
      const before = (await findProjectBySlug(t.db, IATI_SLUG))!;
      await t.db.deleteFrom('revisions').where('project_id', '=', before.id).execute();
      const xml = readFileSync(iatiFixture('multilingual-2.03.xml'), 'utf8').replace(
        'Access to Justice in Central Asia',
        'Access to Justice, phase III',
      );
      await importIatiFile(t.db, Readable.from([xml]), { fileName: 'CD-3.xml' });
      const h = await history(IATI_SLUG);
      expect(h.revisions.map((r) => [r.version, r.origin?.kind])).toEqual([
        [before.version + 1, 'iati'],
        [before.version, 'baseline'],
      ]);
      expect(h.revisions[1]!.authorName).toBeNull();
      const compare = await services.admin.editing.compare(
        admin,
        IATI_SLUG,
        before.version,
        before.version + 1,
      );
      expect(compare.changes.map((c) => c.field)).toContain('title');
    });

    it('a failed import leaves no revision and no audit entry', async () => {
      const revisions = await t.db.selectFrom('revisions').select('id').execute();
      const entries = await t.db.selectFrom('audit_log').select('id').execute();
      const report = await importIatiFile(t.db, iatiFixture('truncated-2.03.xml'));
      expect(report.committed).toBe(false);
      expect(await t.db.selectFrom('revisions').select('id').execute()).toHaveLength(
        revisions.length,
      );
      expect(await t.db.selectFrom('audit_log').select('id').execute()).toHaveLength(
        entries.length,
      );
    });
  });
}
