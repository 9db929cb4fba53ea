import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { adminEn } from '../../i18n/messages/admin.en.ts';
import { csvRecord } from '../../interchange/csv/csv-writer.ts';
import { seedDemoData } from '../seed.service.ts';
import { importSheet, previewSheet } from './sheet-import.service.ts';
import { sheetProblemText } from './sheet-problem.ts';

// A partner's spreadsheet as it comes: names the database does not know, spelled loosely,
// several to a cell, placeholders for "nothing", a type nobody has.
const csv = (rows: string[][]) => new TextEncoder().encode(rows.map(csvRecord).join(''));

async function organisationCount(t: TestDatabase) {
  const row = await t.db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of DIALECTS) {
  describe(`spreadsheet import from partners (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemoData(t.db);
    });
    afterAll(() => t.drop());

    it('creates the organisations it does not know, once, without near-duplicates of those it does', async () => {
      const before = await organisationCount(t);
      const sheet = csv([
        ['Title', 'Donor', 'Implementing organisation'],
        [
          'Mediation centres in Osh',
          'Fondation Suisse (Genève; Zürich); unodc',
          'Osh Mediation Union (OMU)\nunited nations development programme',
        ],
        ['Mediation centres in Naryn', 'FONDATION SUISSE (GENÈVE; ZÜRICH)', 'OMU'],
      ]);
      const preview = await previewSheet(t.db, 'partners.csv', sheet);
      expect(preview.rows.map((r) => [r.action, r.errors])).toEqual([
        ['create', []],
        ['create', []],
      ]);
      expect(preview.rows[0]!.newOrganisations).toEqual([
        {
          slug: 'fondation-suisse-geneve-zurich',
          name: 'Fondation Suisse (Genève; Zürich)',
          acronym: null,
        },
        { slug: 'osh-mediation-union', name: 'Osh Mediation Union', acronym: 'OMU' },
      ]);
      // The second row names them again, by another case and by the acronym: the same ones.
      expect(preview.rows[1]!.newOrganisations.map((o) => o.slug)).toEqual([
        'fondation-suisse-geneve-zurich',
        'osh-mediation-union',
      ]);
      expect(sheetProblemText(preview.rows[0]!.warnings[0]!, adminEn.imports, 'en')).toMatch(
        /^Donor: new organisation "Fondation Suisse \(Genève; Zürich\)"/,
      );
      expect(await organisationCount(t)).toBe(before);

      const report = await importSheet(t.db, 'partners.csv', sheet);
      expect(report.committed).toBe(true);
      expect(await organisationCount(t)).toBe(before + 2);
      const osh = (await findProjectBySlug(t.db, 'mediation-centres-in-osh'))!;
      expect(osh.organisations.map((o) => [o.role, o.organisation.slug])).toEqual([
        ['donor', 'fondation-suisse-geneve-zurich'],
        ['donor', 'unodc'],
        ['implementing', 'osh-mediation-union'],
        ['implementing', 'undp'],
      ]);
      const naryn = (await findProjectBySlug(t.db, 'mediation-centres-in-naryn'))!;
      expect(naryn.organisations.map((o) => o.organisation.slug)).toEqual([
        'fondation-suisse-geneve-zurich',
        'osh-mediation-union',
      ]);
    });

    it('reads placeholder cells as no value, keeping their words as notes', async () => {
      const sheet = csv([
        ['Title', 'Country', 'Donor', 'Budget', 'Period'],
        ['Placeholder row', 'N/A', 'None', 'None available – national implementation', 'нет'],
      ]);
      const preview = await previewSheet(t.db, 'placeholders.csv', sheet);
      expect(preview.rows[0]!.errors).toEqual([]);
      expect(preview.rows[0]!.warnings.map((w) => [w.code, w.column])).toEqual([
        ['placeholderCell', 'country'],
        ['placeholderCell', 'donor'],
        ['placeholderCell', 'budget'],
        ['placeholderCell', 'period'],
      ]);
      await importSheet(t.db, 'placeholders.csv', sheet);
      const p = (await findProjectBySlug(t.db, 'placeholder-row'))!;
      expect([p.countries, p.organisations, p.budgetLines]).toEqual([[], [], []]);
      expect(p.budgetText).toBe('None available – national implementation');
      expect(p.period).toEqual({ start: null, end: null });
      expect(p.periodNote).toBe('нет');
    });

    it('refuses an unknown type, naming the nearest known ones', async () => {
      const preview = await previewSheet(
        t.db,
        'types.csv',
        csv([
          ['Title', 'Type of project'],
          ['Typed row', 'Judicial reforms; Anti corruption; Prosecutors'],
        ]),
      );
      const [row] = preview.rows;
      expect(row!.action).toBe('error');
      // "Anti corruption" is Anti-corruption, spelled loosely; the other two are no type.
      expect(row!.errors.map((e) => [e.code, e.value])).toEqual([
        ['unknownType', 'Judicial reforms'],
        ['unknownType', 'Prosecutors'],
      ]);
      expect(row!.errors[0]!.detail!.split('; ')[0]).toBe('Judicial reform');
      expect(row!.errors[1]!.detail!.split('; ')[0]).toBe('Public prosecutors');
    });

    it('shows, for every row, which fields change from what to what', async () => {
      const sheet = csv([
        ['Slug', 'Title', 'Country'],
        [
          'unodc-programme-for-central-asia-2015-2019',
          'UNODC Programme for Central Asia',
          'Kazakhstan',
        ],
      ]);
      const preview = await previewSheet(t.db, 'change.csv', sheet);
      const changes = preview.rows[0]!.changes;
      expect(changes.find((c) => c.column === 'title')).toEqual({
        column: 'title',
        from: 'UNODC Programme for Central Asia – 2015-2019',
        to: 'UNODC Programme for Central Asia',
      });
      const country = changes.find((c) => c.column === 'country')!;
      expect(country.from).toContain('Kyrgyz Republic');
      expect(country.to).toBe('Kazakhstan');
      expect(changes.map((c) => c.column)).toEqual(['title', 'country']);

      // Types and organisations by name, a new organisation's too.
      const named = await previewSheet(
        t.db,
        'named.csv',
        csv([
          ['Title', 'Type of project', 'Donor'],
          ['Named changes', 'Access to justice', 'UNODC; Brand New Trust (BNT)'],
        ]),
      );
      const byColumn = new Map(named.rows[0]!.changes.map((c) => [c.column, c.to]));
      expect(byColumn.get('type')).toBe('Access to justice');
      expect(byColumn.get('donor')).toBe(
        'United Nations Office on Drugs and Crime (UNODC); Brand New Trust (BNT)',
      );
    });
  });
}
