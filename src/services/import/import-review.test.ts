import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { upsertOrganisation } from '../../db/organisations.repository.ts';
import { findProjectBySlug } from '../../db/project-read.repository.ts';
import { adminEn } from '../../i18n/messages/admin.en.ts';
import { adminRu } from '../../i18n/messages/admin.ru.ts';
import { iatiWarningText } from '../../interchange/iati/iati-warnings.ts';
import { importIatiFile } from './iati-import.service.ts';

/** One activity; `body` holds its participating-orgs and dates. */
function activity(id: string, title: string, body: string) {
  return `<iati-activity xml:lang="en" default-currency="USD">
  <iati-identifier>${id}</iati-identifier>
  <reporting-org ref="XM-REVIEW" type="40"><narrative>Review Office</narrative></reporting-org>
  <title><narrative>${title}</narrative></title>
  <activity-status code="2"/>
  ${body}
  <recipient-country code="KG"/>
 </iati-activity>`;
}

const file = (...activities: string[]) =>
  Readable.from([
    `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">${activities.join('\n')}</iati-activities>`,
  ]);

const plain = (id: string, title: string) =>
  activity(
    id,
    title,
    '<activity-date iso-date="2020-01-01" type="1"/><activity-date iso-date="2022-12-31" type="3"/>',
  );

for (const dialect of DIALECTS) {
  describe(`IATI imports don't publish junk (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
    });
    afterAll(() => t.drop());

    it('creates drafts unless asked to publish; an update keeps the state the project has', async () => {
      const first = await importIatiFile(t.db, file(plain('XM-R-1', 'Review one')));
      expect(first).toMatchObject({ created: 1, createdAs: 'draft', committed: true });
      expect((await findProjectBySlug(t.db, 'review-one'))!.state).toBe('draft');

      const second = await importIatiFile(t.db, file(plain('XM-R-2', 'Review two')), {
        state: 'published',
      });
      expect(second).toMatchObject({ created: 1, createdAs: 'published' });
      expect((await findProjectBySlug(t.db, 'review-two'))!.state).toBe('published');

      // Both change; asked for drafts, the published one stays published and the draft a draft.
      const again = await importIatiFile(
        t.db,
        file(plain('XM-R-1', 'Review one, phase II'), plain('XM-R-2', 'Review two, phase II')),
        { state: 'draft' },
      );
      expect(again).toMatchObject({ created: 0, updated: 2 });
      const one = await findProjectBySlug(t.db, 'review-one');
      const two = await findProjectBySlug(t.db, 'review-two');
      expect([one!.title, one!.state]).toEqual(['Review one, phase II', 'draft']);
      expect([two!.title, two!.state]).toEqual(['Review two, phase II', 'published']);
    });

    it('keeps placeholder and impossible dates out of the period, with the value and a warning', async () => {
      const report = await importIatiFile(
        t.db,
        file(
          activity(
            'XM-R-3',
            'Placeholder start',
            '<activity-date iso-date="1900-01-01" type="1"/><activity-date iso-date="2021-06-30" type="3"/>',
          ),
          activity(
            'XM-R-4',
            'End before start',
            '<activity-date iso-date="2019-05-01" type="2"/><activity-date iso-date="2018-01-31" type="4"/>',
          ),
        ),
      );
      expect(report.errors).toEqual([]);
      const placeholder = await findProjectBySlug(t.db, 'placeholder-start');
      expect(placeholder!.period).toEqual({ start: null, end: { year: 2021, month: 6 } });
      expect(placeholder!.periodNote).toContain('1900-01-01');
      const backwards = await findProjectBySlug(t.db, 'end-before-start');
      expect(backwards!.period).toEqual({ start: { year: 2019, month: 5 }, end: null });
      expect(backwards!.periodNote).toContain('2018-01');
      expect(report.warnings.map((w) => [w.iatiIdentifier, w.code])).toEqual([
        ['XM-R-3', 'datePlaceholder'],
        ['XM-R-4', 'datesEndLeftOut'],
      ]);
      const [first] = report.warnings;
      expect(iatiWarningText(first!, adminEn.imports.iatiWarnings)).toContain('placeholder');
      expect(iatiWarningText(first!, adminRu.imports.iatiWarnings)).toContain('заглушка');
    });

    it('creates no organisation from a type or a codelist label; a country becomes its government', async () => {
      await upsertOrganisation(t.db, {
        slug: 'uk-fcdo',
        name: 'Foreign, Commonwealth & Development Office',
        acronym: 'FCDO',
        iatiIdentifier: 'GB-GOV-1',
        iatiType: '10',
        website: null,
      });
      const orgs = async () =>
        (await t.db.selectFrom('organisations').select('name').execute()).map((o) => o.name);
      const before = await orgs();
      const report = await importIatiFile(
        t.db,
        file(
          activity(
            'XM-R-5',
            'Funded by countries',
            `<participating-org role="1"><narrative>UNITED KINGDOM</narrative></participating-org>
             <participating-org role="1"><narrative>GERMANY</narrative></participating-org>
             <participating-org role="1"><narrative>Other.</narrative></participating-org>
             <participating-org role="4" type="22"/>
             <participating-org role="4"><narrative>Donor country-based NGO</narrative></participating-org>`,
          ),
        ),
      );
      expect(report.errors).toEqual([]);
      const project = await findProjectBySlug(t.db, 'funded-by-countries');
      expect(project!.organisations.map((o) => [o.role, o.organisation.slug])).toEqual([
        ['donor', 'uk-fcdo'],
        ['donor', 'germany'],
      ]);
      const added = (await orgs()).filter((name) => !before.includes(name));
      expect(added).toEqual(['Germany']);
      const germany = project!.organisations[1]!.organisation;
      expect(germany.translations?.ru?.name).toBe('Германия');
      expect(report.warnings.map((w) => w.code)).toEqual([
        'orgCountryNamed',
        'orgCountryNamed',
        'orgNotNamed',
        'orgNotNamed',
        'orgNotNamed',
      ]);
      expect(iatiWarningText(report.warnings[1]!, adminEn.imports.iatiWarnings)).toBe(
        'participating-org "GERMANY" is the name of a country; taken as "Germany" — review it',
      );
    });
  });
}
