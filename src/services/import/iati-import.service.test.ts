import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iatiFixture, iatiSample } from '../../../test/fixtures/iati/paths.ts';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { upsertProjectType } from '../../db/project-types.repository.ts';
import { PROJECT_TYPES } from '../seed/project-types.seed.ts';
import { importIatiFile } from './iati-import.service.ts';

async function count(t: TestDatabase, table: 'projects' | 'organisations' | 'budget_lines') {
  const row = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function slugOf(t: TestDatabase, iatiIdentifier: string) {
  const row = await t.db
    .selectFrom('projects')
    .select('slug')
    .where('iati_identifier', '=', iatiIdentifier)
    .executeTakeFirst();
  return row?.slug;
}

for (const dialect of DIALECTS) {
  describe(`importIatiFile (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      for (const type of PROJECT_TYPES) await upsertProjectType(t.db, type);
    });
    afterAll(() => t.drop());

    it('previews a file: the counts of a real import, then everything rolled back', async () => {
      const before = await Promise.all([count(t, 'projects'), count(t, 'organisations')]);
      const changes = async () =>
        Number(
          (
            await t.db
              .selectFrom('search_changes')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const changesBefore = await changes();
      const report = await importIatiFile(t.db, iatiFixture('multilingual-2.03.xml'), {
        preview: true,
      });
      expect(report).toMatchObject({ activities: 2, created: 2, committed: false, preview: true });
      expect(report.errors).toEqual([]);
      expect(await Promise.all([count(t, 'projects'), count(t, 'organisations')])).toEqual(before);
      expect(await changes()).toBe(changesBefore);
      expect(await slugOf(t, 'XM-TEST-1-CA-ROL-001')).toBeUndefined();
    });

    it('creates projects and organisations from a 2.03 file', async () => {
      const report = await importIatiFile(t.db, iatiFixture('multilingual-2.03.xml'));
      expect(report).toMatchObject({
        file: 'multilingual-2.03.xml',
        activities: 2,
        created: 2,
        committed: true,
      });
      expect(report.errors).toEqual([]);
      expect(report.warningCount).toBe(3);

      const project = await findProjectBySlug(t.db, 'access-to-justice-in-central-asia');
      expect(project!.provenance).toMatchObject({
        source: 'iati',
        iatiIdentifier: 'XM-TEST-1-CA-ROL-001',
      });
      expect(project!.regions).toEqual([{ code: '619', percentage: 100 }]);
      expect(project!.countries.map((c) => c.percentage)).toEqual([60, 33.3]);
      expect(project!.types.map((type) => type.slug).sort()).toEqual([
        'access-to-justice',
        'anti-corruption',
        'civil-law-and-procedure',
        'criminal-law-and-procedure',
        'judicial-reform',
      ]);
      expect(project!.budgetLines[0]).toEqual({
        label: '2015 – 2016',
        amountCents: 350_000_011,
        currency: 'USD',
        isTotal: true,
      });
      expect(project!.organisations.map((o) => [o.role, o.organisation.slug])).toEqual([
        ['donor', 'test-donor-agency'],
        ['accountable', 'test-office-for-justice'],
        ['extending', 'test-office-for-justice'],
        ['implementing', 'legal-aid-network-of-central-asia'],
      ]);
      expect(project!.translations.map((tr) => tr.language).sort()).toEqual(['fr', 'ru']);
      // New projects wait for review: nobody asked to publish them.
      expect(report.createdAs).toBe('draft');
      expect(project!.state).toBe('draft');

      const donor = await t.db
        .selectFrom('organisations')
        .select(['id', 'iati_identifier', 'iati_type'])
        .where('slug', '=', 'test-donor-agency')
        .executeTakeFirstOrThrow();
      expect(donor).toMatchObject({ iati_identifier: 'XM-TEST-DONOR', iati_type: '10' });
      const names = await t.db
        .selectFrom('organisation_translations')
        .select(['language', 'name'])
        .where('organisation_id', '=', donor.id)
        .execute();
      expect(names).toEqual([{ language: 'ru', name: 'Тестовое донорское агентство' }]);
    });

    it('finds nothing to change when the same file is imported again', async () => {
      const before = await Promise.all([
        count(t, 'projects'),
        count(t, 'organisations'),
        count(t, 'budget_lines'),
      ]);
      const report = await importIatiFile(t.db, iatiFixture('multilingual-2.03.xml'));
      expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 2, committed: true });
      const after = await Promise.all([
        count(t, 'projects'),
        count(t, 'organisations'),
        count(t, 'budget_lines'),
      ]);
      expect(after).toEqual(before);
    });

    it('updates a changed activity in place, keeping its id and slug', async () => {
      const before = await findProjectBySlug(t.db, 'access-to-justice-in-central-asia');
      const xml = readFileSync(iatiFixture('multilingual-2.03.xml'), 'utf8')
        .replace('Access to Justice in Central Asia', 'Access to Justice in Central Asia, phase II')
        .replace('percentage="60"', 'percentage="66.7"');
      const report = await importIatiFile(t.db, Readable.from([xml]), { fileName: 'changed.xml' });
      expect(report).toMatchObject({ file: 'changed.xml', created: 0, updated: 2, unchanged: 0 });
      const after = await findProjectBySlug(t.db, 'access-to-justice-in-central-asia');
      expect(after!.id).toBe(before!.id);
      expect(after!.title).toBe('Access to Justice in Central Asia, phase II');
      expect(after!.countries[0]).toEqual({ code: 'KZ', percentage: 66.7 });
      expect(after!.version).toBe(before!.version + 1);
      expect(after!.provenance.sourceFile).toBe('changed.xml');
    });

    it('skips a project an editor changed since the import, unless forced', async () => {
      const now = new Date().toISOString();
      const user = await t.db
        .insertInto('users')
        .values({
          email: `editor-${dialect}@example.org`,
          name: 'Editor',
          role: 'editor',
          disabled: 0,
          created_at: now,
          updated_at: now,
          password_hash: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const later = new Date(Date.now() + 60_000).toISOString();
      await t.db
        .updateTable('projects')
        .set({ title: 'Edited by hand', updated_by: user.id, updated_at: later })
        .where('iati_identifier', '=', 'XM-TEST-1-CA-ROL-001')
        .execute();

      const kept = await importIatiFile(t.db, iatiFixture('multilingual-2.03.xml'));
      expect(kept.skipped).toEqual([
        {
          iatiIdentifier: 'XM-TEST-1-CA-ROL-001',
          activity: 1,
          reason: expect.stringMatching(/^edited locally since the last import .*use --force/),
          code: 'editedLocally',
          detail: later,
        },
      ]);
      expect(kept.updated).toBe(1);
      const slug = await slugOf(t, 'XM-TEST-1-CA-ROL-001');
      expect((await findProjectBySlug(t.db, slug!))!.title).toBe('Edited by hand');

      const forced = await importIatiFile(t.db, iatiFixture('multilingual-2.03.xml'), {
        force: true,
      });
      expect(forced).toMatchObject({ updated: 1, unchanged: 1, skipped: [] });
      expect((await findProjectBySlug(t.db, slug!))!.title).toBe(
        'Access to Justice in Central Asia',
      );
    });

    it('writes nothing of a file that breaks half-way, even after batches were written', async () => {
      const before = await Promise.all([count(t, 'projects'), count(t, 'organisations')]);
      const report = await importIatiFile(t.db, iatiFixture('truncated-2.03.xml'), {
        batchSize: 1,
      });
      expect(report.committed).toBe(false);
      expect(report.activities).toBe(2);
      expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 0 });
      expect(report.errors).toEqual([
        {
          message: expect.stringMatching(/^line \d+, column \d+: /),
          line: expect.any(Number),
          column: expect.any(Number),
        },
      ]);
      expect(await slugOf(t, 'XM-TEST-TRUNC-1')).toBeUndefined();
      expect(await Promise.all([count(t, 'projects'), count(t, 'organisations')])).toEqual(before);
    });

    it('refuses DTDs, entity bombs and files that are not IATI, writing nothing', async () => {
      const before = await count(t, 'projects');
      for (const name of ['entity-bomb.xml', 'external-entity.xml', 'not-iati.xml']) {
        const report = await importIatiFile(t.db, iatiFixture(name));
        expect(report.committed).toBe(false);
        expect(report.errors[0]!.message).toMatch(/DOCTYPE|not an IATI activity file/);
      }
      expect(await count(t, 'projects')).toBe(before);
    });

    it('imports a 1.03 file and says why each activity it skipped was skipped', async () => {
      const report = await importIatiFile(t.db, iatiFixture('legacy-1.03.xml'));
      expect(report).toMatchObject({ activities: 3, created: 1, committed: true });
      expect(report.skipped).toEqual([
        {
          iatiIdentifier: null,
          activity: 2,
          reason: 'no iati-identifier',
          code: 'noIdentifier',
          detail: null,
        },
        {
          iatiIdentifier: 'GB-TEST-100300',
          activity: 3,
          reason: 'no title',
          code: 'noTitle',
          detail: null,
        },
      ]);
      const project = await findProjectBySlug(t.db, 'judicial-training-in-kyrgyzstan');
      expect(project!.organisations.map((o) => o.role)).toEqual([
        'donor',
        'extending',
        'implementing',
        'accountable',
      ]);
      expect(project!.regions).toEqual([{ code: '619', percentage: null }]);
    });

    it('skips a repeated iati-identifier within one file', async () => {
      const activity = (title: string) =>
        `<iati-activity xml:lang="en"><iati-identifier>XM-TEST-DUP</iati-identifier><title><narrative>${title}</narrative></title></iati-activity>`;
      const xml = `<iati-activities version="2.03">${activity('One')}${activity('Two')}${activity('Three')}</iati-activities>`;
      const report = await importIatiFile(t.db, Readable.from([xml]), { batchSize: 2 });
      expect(report.created).toBe(1);
      expect(report.skipped.map((s) => s.activity)).toEqual([2, 3]);
      expect(report.skipped[0]!.reason).toMatch(/duplicate iati-identifier/);
    });

    it('gives a second project with the same title its own slug', async () => {
      const xml = `<iati-activities version="2.03"><iati-activity xml:lang="en"><iati-identifier>XM-TEST-SAME-TITLE</iati-identifier><title><narrative>Access to Justice in Central Asia</narrative></title></iati-activity></iati-activities>`;
      const report = await importIatiFile(t.db, Readable.from([xml]));
      expect(report.created).toBe(1);
      expect(await slugOf(t, 'XM-TEST-SAME-TITLE')).toBe('access-to-justice-in-central-asia-2');
    });

    it('imports real publisher files twice without duplicates', async () => {
      const files = [
        'codeforIATI-iati-datastore/CD.xml',
        'codeforIATI-iati-datastore/same_orgs_different_roles.xml',
        'codeforIATI-iati-datastore/multiple_locales_descriptions.xml',
        'IATI-Schemas/worldbank.xml',
      ];
      const first = [];
      for (const file of files) first.push(await importIatiFile(t.db, iatiSample(file)));
      expect(first.map((r) => [r.created, r.skipped.length, r.committed])).toEqual([
        [205, 0, true],
        [54, 0, true],
        [1, 0, true],
        [0, 16, true],
      ]);
      const projects = await count(t, 'projects');
      const organisations = await count(t, 'organisations');
      for (const file of files) {
        const again = await importIatiFile(t.db, iatiSample(file));
        expect(again.created + again.updated).toBe(0);
      }
      expect(await count(t, 'projects')).toBe(projects);
      expect(await count(t, 'organisations')).toBe(organisations);
      const sida = await t.db
        .selectFrom('organisations')
        .select('slug')
        .where('iati_identifier', '=', 'SE-6')
        .execute();
      expect(sida).toHaveLength(1);
    });

    it('reports a broken real file with its line and column', async () => {
      const report = await importIatiFile(
        t.db,
        iatiSample('codeforIATI-iati-datastore/broken.xml'),
      );
      expect(report.errors).toEqual([
        { message: 'line 4, column 1: unclosed tag: iati-activities', line: 4, column: 1 },
      ]);
    });
  });
}
