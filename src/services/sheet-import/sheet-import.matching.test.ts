import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import { adminEn } from '../../i18n/messages/admin.en.ts';
import { adminRu } from '../../i18n/messages/admin.ru.ts';
import { csvRecord } from '../../interchange/csv/csv-writer.ts';
import { SlugAllocator } from '../import/slug-allocator.ts';
import { importSheet, previewSheet } from './sheet-import.service.ts';
import { sheetProblemText } from './sheet-problem.ts';

// Which stored project a row writes to: never one it does not name (slugs made from titles,
// deleted projects, IATI identifiers held by other projects).
const csv = (rows: string[][]) => new TextEncoder().encode(rows.map(csvRecord).join(''));

for (const dialect of DIALECTS) {
  describe(`spreadsheet import: which project a row writes to (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());
    afterEach(() => vi.restoreAllMocks());

    /** Every stored project with this slug, deleted ones too. */
    const stored = async (slug: string) => {
      const row = await t.db
        .selectFrom('projects')
        .select(['id', 'deleted_at'])
        .where('slug', '=', slug)
        .executeTakeFirst();
      if (!row) return undefined;
      const [project] = await loadProjects(t.db, [row.id]);
      return { ...project!, deleted: row.deleted_at !== null };
    };
    const imported = async (name: string, rows: string[][]) => {
      const report = await importSheet(t.db, name, csv(rows));
      expect(report.fileError).toBeNull();
      return report;
    };

    it('gives a new project a slug no stored project has, never overwriting base-2', async () => {
      const first = await imported('a.csv', [
        ['Title', 'Country', 'Description'],
        ['Court Reform', 'KG', 'First project'],
      ]);
      expect(first.rows.map((r) => [r.action, r.slug])).toEqual([['create', 'court-reform']]);
      const second = await imported('b.csv', [
        ['Title', 'Country', 'Description'],
        ['Court reform', 'KZ', 'Second project'],
      ]);
      expect(second.rows.map((r) => [r.action, r.slug])).toEqual([['create', 'court-reform-2']]);

      const sheet = csv([
        ['Title', 'Country'],
        ['COURT REFORM', 'TJ'],
      ]);
      const preview = await previewSheet(t.db, 'c.csv', sheet);
      expect(preview.rows.map((r) => [r.action, r.slug])).toEqual([['create', 'court-reform-3']]);
      const third = await importSheet(t.db, 'c.csv', sheet);
      expect(third.rows).toEqual(preview.rows);
      expect(third.committed).toBe(true);

      const untouched = (await stored('court-reform-2'))!;
      expect(untouched.title).toBe('Court reform');
      expect(untouched.countries.map((c) => c.code)).toEqual(['KZ']);
      expect(untouched.description).toBe('Second project');
      expect(untouched.version).toBe(1);
      const made = (await stored('court-reform-3'))!;
      expect([made.title, made.countries.map((c) => c.code)]).toEqual(['COURT REFORM', ['TJ']]);
    });

    it("updates the one project with a row's title, and none when two share it", async () => {
      await imported('titles.csv', [
        ['Title', 'Summary'],
        ['Prison reform', 'one'],
        ['Bar associations', 'only'],
      ]);
      await imported('titles-2.csv', [
        ['Slug', 'Title', 'Summary'],
        ['prison-reform-again', 'Prison reform', 'two'],
      ]);
      const preview = await previewSheet(
        t.db,
        'd.csv',
        csv([
          ['Title', 'Summary'],
          ['Prison reform', 'changed'],
          ['Bar associations', 'changed'],
        ]),
      );
      expect(preview.rows.map((r) => [r.action, r.slug])).toEqual([
        ['create', 'prison-reform-2'],
        ['update', 'bar-associations'],
      ]);
    });

    it("keeps clear of deleted projects' slugs, and refuses a row that names one", async () => {
      await imported('legal.csv', [
        ['Title', 'Summary'],
        ['Legal aid', 'the original'],
      ]);
      await t.db
        .updateTable('projects')
        .set({ deleted_at: '2030-01-01T00:00:00.000Z' })
        .where('slug', '=', 'legal-aid')
        .execute();
      const sheet = csv([
        ['Title', 'Slug', 'Summary'],
        ['Legal aid', '', 'a new one'],
        ['Legal aid revived', 'legal-aid', 'over the deleted one'],
      ]);
      const preview = await previewSheet(t.db, 'again.csv', sheet);
      expect(preview.rows.map((r) => [r.action, r.slug, r.errors])).toEqual([
        ['create', 'legal-aid-2', []],
        ['error', 'legal-aid', [{ code: 'slugDeleted', column: 'slug', value: 'legal-aid' }]],
      ]);
      expect(sheetProblemText(preview.rows[1]!.errors[0]!, adminEn.imports, 'en')).toBe(
        'Slug: "legal-aid" is the slug of a deleted project; give another slug, or none to make one from the title',
      );
      const report = await importSheet(t.db, 'again.csv', sheet);
      expect(report.committed).toBe(true);
      const deleted = (await stored('legal-aid'))!;
      expect([deleted.deleted, deleted.title, deleted.summary]).toEqual([
        true,
        'Legal aid',
        'the original',
      ]);
      expect((await stored('legal-aid-2'))!.summary).toBe('a new one');
    });

    it("gives rows of one title different slugs in a preview, around the sheet's own slugs", async () => {
      const sheet = csv([
        ['Title', 'Slug'],
        ['Water courts', ''],
        ['Water courts', ''],
        ['Something else', 'water-courts'],
      ]);
      const preview = await previewSheet(t.db, 'w.csv', sheet);
      expect(preview.rows.map((r) => [r.action, r.slug])).toEqual([
        ['create', 'water-courts-2'],
        ['create', 'water-courts-3'],
        ['create', 'water-courts'],
      ]);
      const report = await importSheet(t.db, 'w.csv', sheet);
      expect(report.rows).toEqual(preview.rows);
      expect((await stored('water-courts'))!.title).toBe('Something else');
    });

    it('refuses to write a new project onto a slug taken after it was planned', async () => {
      await imported('t.csv', [
        ['Title', 'Summary'],
        ['Taken', 'keep me'],
      ]);
      // As if another writer had taken the slug between planning and writing.
      vi.spyOn(SlugAllocator.prototype, 'allocate').mockImplementation(async (_db, bases) =>
        bases.map((b) => (b === 'race' ? 'taken' : b)),
      );
      const report = await importSheet(
        t.db,
        'race.csv',
        csv([
          ['Title', 'Slug', 'Summary'],
          ['Race', '', 'overwrite?'],
          ['Fine', 'fine-project', 'written'],
        ]),
      );
      expect(report.rows.map((r) => [r.action, r.slug, r.errors])).toEqual([
        ['error', 'taken', [{ code: 'slugTaken', column: 'slug', value: 'taken' }]],
        ['create', 'fine-project', []],
      ]);
      expect(report.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 1 });
      expect(report.committed).toBe(true);
      const taken = (await stored('taken'))!;
      expect([taken.title, taken.summary, taken.version]).toEqual(['Taken', 'keep me', 1]);
      expect((await stored('fine-project'))!.summary).toBe('written');
    });

    it('refuses an IATI identifier another project holds, naming it, and imports the other rows', async () => {
      await imported('iati.csv', [
        ['Title', 'Slug', 'IATI identifier'],
        ['Holder', 'holder', 'XM-DAC-1-HELD'],
        ['Other', 'other', ''],
        ['Gone', 'gone', 'XM-DAC-1-GONE'],
      ]);
      await t.db
        .updateTable('projects')
        .set({ deleted_at: '2030-01-01T00:00:00.000Z' })
        .where('slug', '=', 'gone')
        .execute();
      const sheet = csv([
        ['Title', 'Slug', 'IATI identifier', 'Summary'],
        ['Other', 'other', 'XM-DAC-1-HELD', 'changed'],
        ['Brand new', '', 'XM-DAC-1-GONE', ''],
        ['Fresh one', '', 'XM-DAC-1-NEW', ''],
        ['Fresh two', '', 'XM-DAC-1-NEW', ''],
        ['Holder', 'holder', 'XM-DAC-1-HELD', 'still fine'],
      ]);
      const preview = await previewSheet(t.db, 'ids.csv', sheet);
      expect(preview.rows.map((r) => [r.action, r.errors])).toEqual([
        [
          'error',
          [
            {
              code: 'iatiIdentifierTaken',
              column: 'iatiIdentifier',
              value: 'XM-DAC-1-HELD',
              detail: 'holder',
            },
          ],
        ],
        [
          'error',
          [
            {
              code: 'iatiIdentifierOfDeleted',
              column: 'iatiIdentifier',
              value: 'XM-DAC-1-GONE',
              detail: 'gone',
            },
          ],
        ],
        ['create', []],
        [
          'error',
          [{ code: 'iatiIdentifierTwice', column: 'iatiIdentifier', value: 'XM-DAC-1-NEW' }],
        ],
        ['update', []],
      ]);
      const [taken] = preview.rows[0]!.errors;
      expect(sheetProblemText(taken!, adminEn.imports, 'en')).toBe(
        'IATI identifier: "XM-DAC-1-HELD" is already the IATI identifier of the project "holder"',
      );
      expect(sheetProblemText(taken!, adminRu.imports, 'ru')).toBe(
        'Идентификатор IATI: «XM-DAC-1-HELD» уже является идентификатором IATI проекта «holder»',
      );

      const report = await importSheet(t.db, 'ids.csv', sheet);
      expect(report.fileError).toBeNull();
      expect(report.rows).toEqual(preview.rows);
      expect(report.committed).toBe(true);
      expect((await stored('other'))!.provenance.iatiIdentifier).toBeNull();
      expect((await stored('other'))!.summary).toBeNull();
      expect((await stored('holder'))!.summary).toBe('still fine');
      expect((await stored('fresh-one'))!.provenance.iatiIdentifier).toBe('XM-DAC-1-NEW');
      expect(await stored('fresh-two')).toBeUndefined();
    });
  });
}
