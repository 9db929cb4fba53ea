import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { csvRecord } from '../../interchange/csv/csv-writer.ts';
import { importSheet, previewSheet } from './sheet-import.service.ts';

// Sheets longer than the rows planned at a time (500), so that rows in later chunks meet
// slugs and projects of earlier ones.
const csv = (rows: string[][]) => new TextEncoder().encode(rows.map(csvRecord).join(''));
const HEADER = ['Title', 'Slug', 'Summary'];
const numbered = (n: number, summary = 'first') =>
  Array.from({ length: n }, (_, i) => [`Project ${i}`, `p-${i}`, summary]);

const projectCount = async (t: TestDatabase) =>
  Number(
    (
      await t.db
        .selectFrom('projects')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

for (const dialect of DIALECTS) {
  describe(`spreadsheet import of many rows (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it('creates rows across chunks and finds a slug repeated two chunks later', async () => {
      const rows = [...numbered(1200), ['Again', 'p-3', 'a repeat']];
      const sheet = csv([HEADER, ...rows]);
      const preview = await previewSheet(t.db, 'many.csv', sheet);
      expect(preview.counts).toEqual({ create: 1200, update: 0, unchanged: 0, error: 1 });
      expect(preview.rows.at(-1)).toMatchObject({
        line: 1202,
        action: 'error',
        errors: [{ code: 'slugTwice', column: 'slug', value: 'p-3' }],
      });

      const report = await importSheet(t.db, 'many.csv', sheet);
      expect(report.committed).toBe(true);
      expect(report.rows).toEqual(preview.rows);
      expect(await projectCount(t)).toBe(1200);
      expect((await findProjectBySlug(t.db, 'p-1199'))!.summary).toBe('first');
      expect((await findProjectBySlug(t.db, 'p-3'))!.title).toBe('Project 3');
    });

    it('plans a second row for the same project against it as it was before the import', async () => {
      const rows = numbered(1000);
      rows[0] = ['Changed', 'p-0', 'first'];
      // Row 700 names project 0 again with no title: its report shows the stored title, not
      // the one row 0 has just written.
      rows[700] = ['', 'p-0', 'first'];
      const sheet = csv([HEADER, ...rows]);
      const preview = await previewSheet(t.db, 'again.csv', sheet);
      expect(preview.counts).toEqual({ create: 0, update: 1, unchanged: 998, error: 1 });
      expect(preview.rows[700]).toMatchObject({
        action: 'error',
        title: 'Project 0',
        errors: [{ code: 'slugTwice', column: 'slug', value: 'p-0' }],
      });
      const report = await importSheet(t.db, 'again.csv', sheet);
      expect(report.committed).toBe(true);
      expect(report.rows).toEqual(preview.rows);
      expect((await findProjectBySlug(t.db, 'p-0'))!.title).toBe('Changed');
    });

    it('reports every row and writes nothing when a write fails half-way', async () => {
      if (dialect === 'sqlite') {
        await sql`CREATE TRIGGER boom BEFORE UPDATE ON projects WHEN NEW.slug = 'p-900'
          BEGIN SELECT RAISE(ABORT, 'boom'); END`.execute(t.db);
      } else {
        await sql`CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN
          IF NEW.slug = 'p-900' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$
          LANGUAGE plpgsql`.execute(t.db);
        await sql`CREATE TRIGGER boom BEFORE UPDATE ON projects
          FOR EACH ROW EXECUTE FUNCTION boom()`.execute(t.db);
      }
      const sheet = csv([HEADER, ...numbered(1200, 'second')]);
      const preview = await previewSheet(t.db, 'boom.csv', sheet);
      expect(preview.counts.update).toBe(1200);
      const report = await importSheet(t.db, 'boom.csv', sheet);
      expect(report.committed).toBe(false);
      expect(report.fileError).toMatchObject({ code: 'importFailed' });
      expect(report.fileError!.detail).toContain('boom');
      expect(report.rows).toEqual(preview.rows);
      expect(report.counts).toEqual(preview.counts);
      expect((await findProjectBySlug(t.db, 'p-0'))!.summary).toBe('first');
      expect(await projectCount(t)).toBe(1200);
    });
  });
}
