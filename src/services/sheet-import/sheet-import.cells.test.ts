import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { adminEn } from '../../i18n/messages/admin.en.ts';
import { adminRu } from '../../i18n/messages/admin.ru.ts';
import { csvRecord } from '../../interchange/csv/csv-writer.ts';
import { seedDemoData } from '../seed.service.ts';
import { importSheet, previewSheet } from './sheet-import.service.ts';
import { sheetProblemText } from './sheet-problem.ts';

// How the cells of a row are read: dates, bare amounts, Russian names, and files as saved.
const SEED = 'unodc-programme-for-central-asia-2015-2019';
const csv = (rows: string[][]) => new TextEncoder().encode(rows.map(csvRecord).join(''));

for (const dialect of DIALECTS) {
  describe(`spreadsheet import: reading cells (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemoData(t.db);
    });
    afterAll(() => t.drop());

    it('reads full dates in Start and End, typed or as Excel date cells, as their months', async () => {
      const sheet = csv([
        ['Title', 'Start', 'End'],
        ['Dated by day', '2027-05-01', '31.12.2028'],
        ['Timed', '2027-05-01T00:00:00', '2028-1'],
        ['No such day', '2027-02-30', ''],
      ]);
      const preview = await previewSheet(t.db, 'dates.csv', sheet);
      expect(preview.rows.map((r) => [r.action, r.errors])).toEqual([
        ['create', []],
        ['create', []],
        ['error', [{ code: 'dateInvalid', column: 'start', value: '2027-02-30' }]],
      ]);
      expect(sheetProblemText(preview.rows[2]!.errors[0]!, adminEn.imports, 'en')).toBe(
        'Start: "2027-02-30" is not a year, a month or a date such as 2015, 2015-01 or 2015-01-31',
      );
      await importSheet(t.db, 'dates.csv', sheet);
      expect((await findProjectBySlug(t.db, 'dated-by-day'))!.period).toEqual({
        start: { year: 2027, month: 5 },
        end: { year: 2028, month: 12 },
      });
      expect((await findProjectBySlug(t.db, 'timed'))!.period.end).toEqual({
        year: 2028,
        month: 1,
      });

      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Projects');
      ws.addRow(['Title', 'Start', 'End']);
      ws.addRow(['Excel dates', new Date(Date.UTC(2027, 4, 1)), new Date(Date.UTC(2029, 11, 31))]);
      const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
      const report = await importSheet(t.db, 'dates.xlsx', xlsx);
      expect(report.rows.map((r) => [r.action, r.errors])).toEqual([['create', []]]);
      expect((await findProjectBySlug(t.db, 'excel-dates'))!.period).toEqual({
        start: { year: 2027, month: 5 },
        end: { year: 2029, month: 12 },
      });
    });

    it('drops the lines read from the old budget text when the new one cannot be read; takes the Currency column for a bare one', async () => {
      const lines = (await findProjectBySlug(t.db, SEED))!.budgetLines;
      expect(lines).toHaveLength(2);
      // No Currency column: the text is kept; the lines read from the old text go with it.
      const bare = await importSheet(
        t.db,
        'bare.csv',
        csv([
          ['Slug', 'Budget'],
          [SEED, '1600000'],
        ]),
      );
      expect(bare.rows.map((r) => [r.action, r.warnings.map((w) => w.code)])).toEqual([
        ['update', ['budgetUnsure']],
      ]);
      expect(sheetProblemText(bare.rows[0]!.warnings[0]!, adminEn.imports, 'en')).toMatch(
        /^Budget: the amounts were not read for sure \(.*\); no budget lines were kept, the text was$/,
      );
      // The preview showed both: the old lines and none.
      const change = bare.rows[0]!.changes.find((c) => c.column === 'budgetLines')!;
      expect(change.from).toContain('USD');
      expect(change.to).toBe('');
      let project = (await findProjectBySlug(t.db, SEED))!;
      expect([project.budgetText, project.budgetLines]).toEqual(['1600000', []]);

      // Two currencies in the Currency column say nothing of this amount's.
      const two = await importSheet(
        t.db,
        'two.csv',
        csv([
          ['Slug', 'Budget', 'Currency'],
          [SEED, '1 700 000', 'USD; EUR'],
        ]),
      );
      expect(two.rows[0]!.warnings.map((w) => w.code)).toEqual(['budgetUnsure']);
      expect((await findProjectBySlug(t.db, SEED))!.budgetLines).toEqual([]);

      // The export's read-only Currency column names the currency of a bare amount.
      const withCurrency = csv([
        ['Slug', 'Budget', 'Currency'],
        [SEED, '1,600,000', 'EUR'],
      ]);
      const preview = await previewSheet(t.db, 'eur.csv', withCurrency);
      expect(preview.columns.find((c) => c.key === 'currency')!.status).toBe('read-only');
      expect(preview.rows.map((r) => [r.action, r.errors, r.warnings])).toEqual([
        ['update', [], [{ code: 'budgetCurrencyFromColumn', column: 'budget', value: 'EUR' }]],
      ]);
      await importSheet(t.db, 'eur.csv', withCurrency);
      project = (await findProjectBySlug(t.db, SEED))!;
      expect([project.budgetText, project.budgetLines]).toEqual([
        '1,600,000',
        [{ label: null, amountCents: 160_000_000, currency: 'EUR', isTotal: true }],
      ]);
    });

    it('matches organisations by their Russian names and acronyms, under Russian headers', async () => {
      const sheet = csv([
        ['Название', 'Донор', 'Организация-исполнитель'],
        ['Проект с русскими названиями', 'ЕС; УНП ООН', 'ПРООН'],
        ['Проект с полным названием', 'Европейский союз', 'Программа развития ООН'],
      ]);
      const preview = await previewSheet(t.db, 'ru.csv', sheet);
      expect(preview.unmatchedColumns).toEqual([]);
      // "ООН" is "Организации Объединённых Наций": the stored UNDP, not a new organisation.
      expect(preview.rows.map((r) => [r.action, r.errors, r.newOrganisations])).toEqual([
        ['create', [], []],
        ['create', [], []],
      ]);
      await importSheet(t.db, 'ru.csv', sheet);
      const made = (await findProjectBySlug(t.db, 'proekt-s-russkimi-nazvaniyami'))!;
      expect(made.organisations.map((o) => [o.role, o.organisation.slug])).toEqual([
        ['donor', 'european-union'],
        ['donor', 'unodc'],
        ['implementing', 'undp'],
      ]);
      const full = (await findProjectBySlug(t.db, 'proekt-s-polnym-nazvaniem'))!;
      expect(full.organisations.map((o) => o.organisation.slug)).toEqual([
        'european-union',
        'undp',
      ]);
    });

    it('refuses a CSV file that is not UTF-8, and reads one in UTF-16', async () => {
      // "Название,Страна / Проект,Казахстан" as Excel's plain "CSV" saves it in Russian.
      const cp1251 = Uint8Array.from(
        [...'Название,Страна\r\nПроект,Казахстан\r\n'].map((ch) =>
          /[А-я]/.test(ch) ? ch.charCodeAt(0) - 0x350 : ch.charCodeAt(0),
        ),
      );
      const refused = await importSheet(t.db, 'excel.csv', cp1251);
      expect(refused.committed).toBe(false);
      expect(refused.fileError).toEqual({ code: 'fileNotUtf8', value: '1' });
      expect(sheetProblemText(refused.fileError!, adminEn.imports, 'en')).toContain(
        'save it as "CSV UTF-8 (Comma delimited) (*.csv)"',
      );
      expect(sheetProblemText(refused.fileError!, adminRu.imports, 'ru')).toBe(
        'файл не в кодировке UTF-8 (строка 1), поэтому буквы в нём нельзя прочитать надёжно. В Excel сохраните его как «CSV UTF-8 (разделитель — запятая) (*.csv)» или как книгу Excel (XLSX) и загрузите снова',
      );

      const text = 'Название\tСтрана\r\nПроект в UTF-16\tКазахстан\r\n';
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const report = await importSheet(t.db, 'unicode.txt.csv', utf16);
      expect(report.rows.map((r) => [r.action, r.slug, r.errors])).toEqual([
        ['create', 'proekt-v-utf-16', []],
      ]);
      expect((await findProjectBySlug(t.db, 'proekt-v-utf-16'))!.countries).toEqual([
        { code: 'KZ', percentage: null },
      ]);
    });

    it('refuses a sheet with two columns for one field, naming them', async () => {
      for (const [header, message] of [
        [
          ['Title', 'Country', 'Title'],
          'the column "Title" appears twice in the first row; keep only one of them',
        ],
        [
          ['Название', 'Title'],
          'the columns "Название" and "Title" are the same field; keep only one of them',
        ],
      ] as const) {
        const report = await importSheet(t.db, 'twice.csv', csv([[...header], ['A', 'B', 'C']]));
        expect(report.committed).toBe(false);
        expect(sheetProblemText(report.fileError!, adminEn.imports, 'en')).toBe(message);
      }
      // Read-only columns are not imported: a second one is harmless.
      const readOnly = await previewSheet(
        t.db,
        'status.csv',
        csv([
          ['Title', 'Status', 'Статус'],
          ['Twice read-only', 'Ongoing', 'Ongoing'],
        ]),
      );
      expect(readOnly.fileError).toBeNull();
    });
  });
}
