import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { importIatiFile } from './iati-import.service.ts';
import { dacRefAlias } from './organisation-resolver.ts';

// The organisations an import names are found among those stored before new ones are made:
// by ref in either spelling of a DAC ref, by the slug of the name, or by the name as stored.

function activity(id: string, orgs: string) {
  return `<iati-activity default-currency="USD">
  <iati-identifier>${id}</iati-identifier>
  <reporting-org ref="XM-TEST-R"><narrative>Reporter</narrative></reporting-org>
  <title><narrative>Activity ${id}</narrative></title>
  ${orgs}
</iati-activity>`;
}
const file = (...activities: string[]) =>
  Readable.from([`<iati-activities version="2.03">${activities.join('\n')}</iati-activities>`]);

for (const dialect of DIALECTS) {
  describe(`organisations an import names (${dialect})`, () => {
    let t: TestDatabase;
    const ids: Record<string, number> = {};
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      const now = '2026-11-28T00:00:00.000Z';
      const stored = [
        ['undp', 'United Nations Development Programme', 'XM-DAC-41114'],
        ['kg-ministry-of-justice', 'Ministry of Justice of the Kyrgyz Republic', null],
        ['kz-court', 'Supreme Court', 'KZ-COURT-1'],
        ['eu', 'European Union', null],
      ] as const;
      for (const [slug, name, ref] of stored) {
        const row = await t.db
          .insertInto('organisations')
          .values({ slug, name, iati_identifier: ref, created_at: now, updated_at: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        ids[slug] = row.id;
      }
      await t.db
        .insertInto('organisation_translations')
        .values({
          organisation_id: ids.eu!,
          language: 'ru',
          name: 'Европейский союз',
          acronym: 'ЕС',
        })
        .execute();
    });
    afterAll(() => t.drop());

    const orgOf = async (identifier: string) =>
      t.db
        .selectFrom('project_organisations')
        .innerJoin('projects', 'projects.id', 'project_organisations.project_id')
        .select(['project_organisations.organisation_id as id', 'project_organisations.role'])
        .where('projects.iati_identifier', '=', identifier)
        .orderBy('project_organisations.position')
        .execute();

    it('spells DAC refs both ways', () => {
      expect(dacRefAlias('41114')).toBe('XM-DAC-41114');
      expect(dacRefAlias('XM-DAC-41114')).toBe('41114');
      expect(dacRefAlias('GB-GOV-1')).toBeNull();
      expect(dacRefAlias('4111')).toBeNull();
    });

    it('finds stored organisations by a bare DAC ref, by name and by a translated name', async () => {
      const before = await t.db.selectFrom('organisations').select('id').execute();
      const report = await importIatiFile(
        t.db,
        file(
          activity(
            'XM-TEST-A-1',
            `<participating-org ref="41114" role="4"><narrative>UNDP</narrative></participating-org>
             <participating-org role="1"><narrative>Ministry of Justice of the Kyrgyz Republic</narrative></participating-org>
             <participating-org role="1"><narrative>Европейский союз</narrative></participating-org>`,
          ),
        ),
      );
      expect(report.errors).toEqual([]);
      expect(report.created).toBe(1);
      expect(await orgOf('XM-TEST-A-1')).toEqual([
        { id: ids.undp, role: 'implementing' },
        { id: ids['kg-ministry-of-justice'], role: 'donor' },
        { id: ids.eu, role: 'donor' },
      ]);
      expect(await t.db.selectFrom('organisations').select('id').execute()).toHaveLength(
        before.length,
      );
    });

    it('finds a namesake whatever else the batch names (one found by slug, without a ref)', async () => {
      const report = await importIatiFile(
        t.db,
        file(
          activity(
            'XM-TEST-A-3',
            `<participating-org ref="KG-GOV-MOJ" role="1"><narrative>Ministry of Justice of the Kyrgyz Republic</narrative></participating-org>
             <participating-org role="4"><narrative>EU</narrative></participating-org>`,
          ),
        ),
      );
      expect(report.created).toBe(1);
      expect((await orgOf('XM-TEST-A-3')).map((o) => o.id)).toEqual([
        ids['kg-ministry-of-justice'],
        ids.eu,
      ]);
    });

    it('does not take a namesake with another ref for the same organisation', async () => {
      const report = await importIatiFile(
        t.db,
        file(
          activity(
            'XM-TEST-A-2',
            `<participating-org ref="KG-COURT-9" role="4"><narrative>Supreme Court</narrative></participating-org>`,
          ),
        ),
      );
      expect(report.created).toBe(1);
      const [org] = await orgOf('XM-TEST-A-2');
      expect(org!.id).not.toBe(ids['kz-court']);
      const made = await t.db
        .selectFrom('organisations')
        .select(['name', 'iati_identifier'])
        .where('id', '=', org!.id)
        .executeTakeFirstOrThrow();
      expect(made).toEqual({ name: 'Supreme Court', iati_identifier: 'KG-COURT-9' });
    });
  });
}
