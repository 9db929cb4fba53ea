import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { adminEn } from '../../i18n/messages/admin.en.ts';
import { csvRecord } from '../../interchange/csv/csv-writer.ts';
import { MemoryOutput } from '../../interchange/csv/memory-output.ts';
import { readCsv } from '../../interchange/sheet/csv-reader.ts';
import { createExportService, type ExportFormat } from '../export/export.service.ts';
import { seedDemoData } from '../seed.service.ts';
import { importSheet, previewSheet } from './sheet-import.service.ts';
import { sheetProblemText } from './sheet-problem.ts';

const SEED = 'unodc-programme-for-central-asia-2015-2019';
const csv = (rows: string[][]) => new TextEncoder().encode(rows.map(csvRecord).join(''));

for (const dialect of DIALECTS) {
  describe(`spreadsheet import (${dialect})`, () => {
    let t: TestDatabase;
    const exported = async (format: ExportFormat) => {
      const out = new MemoryOutput();
      await createExportService(t.db).write(format, out, { publicUrl: 'http://localhost' });
      return out.buffer();
    };

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemoData(t.db);
    });
    afterAll(() => t.drop());

    it('reads its own CSV and XLSX exports back as unchanged', async () => {
      for (const format of ['csv', 'xlsx'] as const) {
        const preview = await previewSheet(t.db, `projects.${format}`, await exported(format));
        expect(preview.fileError).toBeNull();
        expect(preview.unmatchedColumns).toEqual([]);
        const changed = preview.rows.filter((r) => r.action !== 'unchanged');
        expect(changed, format).toEqual([]);
        expect(preview.counts.unchanged).toBeGreaterThan(10);
      }
    });
    it('updates the same records by slug after an edit, and keeps what empty cells leave', async () => {
      const [header, ...rows] = readCsv((await exported('csv')).toString('utf8'));
      const col = (name: string) => header!.indexOf(name);
      const seed = rows.find((r) => r[col('Slug')] === SEED)!;
      seed[col('Title')] = 'UNODC Programme for Central Asia 2015–2019 (edited)';
      seed[col('Country')] = 'Kazakhstan; Kyrgyzstan\nUzbekistan; Central Asia';
      seed[col('Description')] = '';
      seed[col('Donor')] = 'UNODC';
      const report = await importSheet(t.db, 'edited.csv', csv([header!, seed]));
      expect(report.fileError).toBeNull();
      expect(report.rows.map((r) => [r.action, r.errors])).toEqual([['update', []]]);
      expect(report.committed).toBe(true);
      const project = (await findProjectBySlug(t.db, SEED))!;
      expect(project.title).toBe('UNODC Programme for Central Asia 2015–2019 (edited)');
      expect(project.countries.map((c) => c.code)).toEqual(['KZ', 'KG', 'UZ']);
      expect(project.regions.map((r) => r.code)).toEqual(['619']);
      expect(project.description).toContain('Partnership programme');
      expect(project.budgetLines.length).toBe(2);

      const cleared = await importSheet(t.db, 'edited.csv', csv([header!, seed]), {
        clearEmpty: true,
      });
      expect(cleared.committed).toBe(true);
      expect((await findProjectBySlug(t.db, SEED))!.description).toBeNull();
    });

    it('reads the seed page labels, matches names to the vocabularies and lists unknown columns', async () => {
      const sheet = [
        [
          'TITLE',
          'Country',
          'Type of project',
          'Period',
          'Donor',
          'Budget',
          'Beneficiary',
          'Description',
          'Implementing organisation:',
          'Notes',
        ],
        [
          'Court automation pilot',
          'Kyrgyz Republic',
          'Judicial reform; Anti-corruption',
          'June 2012-December 2014',
          'United Nations Office on Drugs and Crime (UNODC)',
          'Total - USD 1.5 million',
          'Supreme Court',
          'A pilot.',
          'UNODC',
          'ignore me',
        ],
        ['Bad row', 'Atlantis', 'Juggling', 'sometime', 'Nobody', '', '', '', '', ''],
      ];
      const preview = await previewSheet(t.db, 'partner.csv', csv(sheet));
      expect(preview.unmatchedColumns).toEqual(['Notes']);
      expect(preview.rows.map((r) => r.action)).toEqual(['create', 'error']);
      expect(preview.rows[1]!.errors).toEqual([
        { code: 'unknownPlace', column: 'country', value: 'Atlantis' },
        { code: 'unknownType', column: 'type', value: 'Juggling', detail: expect.any(String) },
        expect.objectContaining({ code: 'periodUnclear', column: 'period', value: 'sometime' }),
      ]);
      // An organisation the database does not know is no error: the import creates it.
      expect(preview.rows[1]!.newOrganisations).toEqual([
        { slug: 'nobody', name: 'Nobody', acronym: null },
      ]);
      expect(
        preview.rows[1]!.errors.map((e) => sheetProblemText(e, adminEn.imports, 'en')),
      ).toEqual([
        'Country: "Atlantis" is not a known country or region',
        expect.stringMatching(
          /^Type of project: "Juggling" is not in the vocabulary; the nearest types are .+; .+; .+$/,
        ),
        expect.stringContaining('Period: "sometime" is not clear'),
      ]);
      expect(await findProjectBySlug(t.db, 'court-automation-pilot')).toBeUndefined();

      const report = await importSheet(t.db, 'partner.csv', csv(sheet));
      expect(report.committed).toBe(true);
      const created = (await findProjectBySlug(t.db, 'court-automation-pilot'))!;
      expect(created.countries).toEqual([{ code: 'KG', percentage: null }]);
      expect(created.types.map((x) => x.slug)).toEqual(['judicial-reform', 'anti-corruption']);
      expect(created.period).toEqual({
        start: { year: 2012, month: 6 },
        end: { year: 2014, month: 12 },
      });
      expect(created.budgetLines).toEqual([
        { label: 'Total', amountCents: 150_000_000, currency: 'USD', isTotal: true },
      ]);
      expect(created.organisations.map((o) => [o.role, o.organisation.slug])).toEqual([
        ['donor', 'unodc'],
        ['implementing', 'unodc'],
      ]);
      expect(created.state).toBe('draft');
      expect(created.provenance).toMatchObject({
        source: 'spreadsheet',
        sourceFile: 'partner.csv',
      });
      expect(await findProjectBySlug(t.db, 'bad-row')).toBeUndefined();
    });

    it('reads Russian headers, semicolon CSV and start/end columns', async () => {
      const text =
        '\uFEFFНазвание;Страна;Начало;Окончание;Статус\r\nПроект судов;Казахстан;2020-03;2021;Ongoing\r\n';
      const report = await importSheet(t.db, 'ru.csv', new TextEncoder().encode(text), {
        state: 'published',
      });
      expect(report.columns.map((c) => c.status)).toEqual([
        'matched',
        'matched',
        'matched',
        'matched',
        'read-only',
      ]);
      expect(report.rows.map((r) => [r.action, r.errors])).toEqual([['create', []]]);
      const created = (await findProjectBySlug(t.db, report.rows[0]!.slug!))!;
      expect(created.slug).toBe('proekt-sudov');
      expect(created.countries.map((c) => c.code)).toEqual(['KZ']);
      expect(created.period).toEqual({ start: { year: 2020, month: 3 }, end: { year: 2021 } });
    });

    it('refuses a sheet without a title column and writes nothing for a broken file', async () => {
      expect(
        (
          await previewSheet(
            t.db,
            'x.csv',
            csv([
              ['Foo', 'Bar'],
              ['1', '2'],
            ]),
          )
        ).fileError,
      ).toEqual({ code: 'noTitleColumn' });
      const broken = await importSheet(
        t.db,
        'x.csv',
        new TextEncoder().encode('Title\n"never closed\n'),
      );
      expect(broken.fileError).toMatchObject({ code: 'fileUnreadable' });
      expect(sheetProblemText(broken.fileError!, adminEn.imports, 'en')).toMatch(
        /could not be read as CSV or XLSX: line 2: a quoted cell is never closed/,
      );
      expect(broken.committed).toBe(false);
    });
  });
}
