import { createReadStream } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iatiFixture, iatiSample } from '../../../test/fixtures/iati/paths.ts';
import { adminEn } from '../../i18n/messages/admin.en.ts';
import type { IatiActivity } from './iati-activity.ts';
import { budgetLinesFrom, decimalToCents } from './iati-budgets.ts';
import { readIatiActivities } from './iati-reader.ts';
import {
  iatiToProject,
  type MappedActivity,
  type MappingContext,
  typesByDacCode,
} from './iati-to-project.ts';
import { type IatiWarning, iatiWarningText } from './iati-warnings.ts';

const context: MappingContext = {
  typesByDacCode: typesByDacCode([
    { slug: 'anti-corruption', dacCodes: ['15113'] },
    { slug: 'judicial-reform', dacCodes: ['15130', '15134'] },
    { slug: 'access-to-justice', dacCodes: ['15130'] },
    { slug: 'penitentiary-reform', dacCodes: ['15137'] },
  ]),
  sourceFile: 'test.xml',
  importedAt: '2026-01-15T10:00:00.000Z',
  state: 'published',
};

async function readAll(path: string): Promise<IatiActivity[]> {
  const out: IatiActivity[] = [];
  for await (const a of readIatiActivities(createReadStream(path))) out.push(a);
  return out;
}

const english = (warnings: IatiWarning[]) =>
  warnings.map((w) => iatiWarningText(w, adminEn.imports.iatiWarnings));

/** The mapping, its warnings as the command line prints them. */
function mapped(activity: IatiActivity): Omit<MappedActivity, 'warnings'> & { warnings: string[] } {
  const result = iatiToProject(activity, context);
  if (!result.ok) throw new Error(result.reason);
  return { ...result.value, warnings: english(result.value.warnings) };
}

describe('decimalToCents', () => {
  it('is exact where floats are not', () => {
    expect(decimalToCents('0.29')).toBe(29);
    expect(decimalToCents('1000000.10')).toBe(100_000_010);
    expect(decimalToCents('2663000000')).toBe(266_300_000_000);
    expect(decimalToCents('12.345')).toBe(1235);
    expect(decimalToCents('12.344')).toBe(1234);
    expect(decimalToCents('.5')).toBe(50);
    expect(decimalToCents(' 7 ')).toBe(700);
    expect(decimalToCents('-20.5')).toBe(-2050);
  });

  it('refuses what is not a decimal or cannot be exact', () => {
    for (const text of ['', '.', '1,000', '1e6', 'ten', null, '99999999999999999999']) {
      expect(decimalToCents(text)).toBeNull();
    }
  });
});

describe('budgetLinesFrom', () => {
  const budget = (
    start: string,
    end: string,
    value: string,
    currency: string | null,
    type = '1',
  ) => ({
    type,
    status: '1',
    periodStart: start,
    periodEnd: end,
    value,
    currency,
    valueDate: start,
  });

  it('gives one total line for one budget, labelled with its period', () => {
    expect(budgetLinesFrom([budget('2014-01-01', '2014-12-31', '3000', 'EUR')]).lines).toEqual([
      { label: '2014', amountCents: 300_000, currency: 'EUR', isTotal: true },
    ]);
  });

  it('sums several years in one currency and keeps each year as a component', () => {
    const { lines } = budgetLinesFrom([
      budget('2015-04-01', '2016-03-31', '10.10', 'USD'),
      budget('2016-04-01', '2017-03-31', '20.20', 'USD'),
    ]);
    expect(lines).toEqual([
      { label: '2015-04 – 2017-03', amountCents: 3030, currency: 'USD', isTotal: true },
      { label: '2015-04 – 2016-03', amountCents: 1010, currency: 'USD', isTotal: false },
      { label: '2016-04 – 2017-03', amountCents: 2020, currency: 'USD', isTotal: false },
    ]);
  });

  it('gives no total across currencies and names every budget it leaves out', () => {
    const { lines, warnings } = budgetLinesFrom([
      budget('2018-01-01', '2018-12-31', '5', 'USD'),
      budget('2019-01-01', '2019-12-31', '6', 'EUR'),
      budget('2020-01-01', '2020-12-31', '7', null),
      budget('2021-01-01', '2021-12-31', '-8', 'USD'),
      budget('2022-01-01', '2022-12-31', 'n/a', 'USD'),
      budget('2023-01-01', '2023-12-31', '9', 'ZZZ'),
    ]);
    expect(lines.map((l) => l.isTotal)).toEqual([false, false]);
    expect(warnings).toHaveLength(4);
    expect(english(warnings)[0]).toMatch(/2020: no currency/);
  });
});

describe('iatiToProject', () => {
  it('maps a 2.03 activity: languages, roles, places, types, budget, contact and documents', async () => {
    const [activity] = await readAll(iatiFixture('multilingual-2.03.xml'));
    const { project, participants, warnings } = mapped(activity!);
    expect(project.slug).toBe('access-to-justice-in-central-asia');
    expect(project.language).toBe('en');
    expect(project.title).toBe('Access to Justice in Central Asia');
    expect(project.description).toBe(
      'Legal aid centres in five countries.\n\nSecond paragraph about training judges.\n\nObjective: fair trials for all.',
    );
    expect(project.summary).toBe('Legal aid centres in five countries.');
    expect(project.beneficiary).toBe('Ministries of justice and bar associations.');
    expect(project.translations.map((t) => [t.language, t.title])).toEqual([
      ['ru', 'Доступ к правосудию в Центральной Азии'],
      ['fr', 'Accès à la justice en Asie centrale'],
    ]);
    expect(project.translations[0]!.beneficiary).toBe('Министерства юстиции и адвокатура.');
    expect(
      participants.map((p) => [p.role, p.organisation.name, p.organisation.iatiIdentifier]),
    ).toEqual([
      ['donor', 'Test Donor Agency', 'XM-TEST-DONOR'],
      ['accountable', 'Test Office for Justice', 'XM-TEST-1'],
      ['extending', 'Test Office for Justice', 'XM-TEST-1'],
      ['implementing', 'Legal Aid Network of Central Asia', null],
    ]);
    expect(participants[0]!.organisation.names).toEqual({
      en: 'Test Donor Agency',
      ru: 'Тестовое донорское агентство',
    });
    // Actual start preferred over planned; planned end; month precision.
    expect(project.period).toEqual({
      start: { year: 2015, month: 3 },
      end: { year: 2019, month: 12 },
    });
    expect(project.countries).toEqual([
      { code: 'KZ', percentage: 60 },
      { code: 'KG', percentage: 33.3 },
    ]);
    expect(project.regions).toEqual([{ code: '619', percentage: 100 }]);
    expect(project.typeSlugs).toEqual(['judicial-reform', 'access-to-justice', 'anti-corruption']);
    expect(project.sectors).toHaveLength(4);
    expect(project.sectors).toContainEqual({ vocabulary: '1', code: '99810', percentage: 19.5 });
    // The revised 2016 budget replaces the original one; the cents come from the text.
    expect(project.budgetLines).toEqual([
      { label: '2015 – 2016', amountCents: 350_000_011, currency: 'USD', isTotal: true },
      { label: '2015', amountCents: 100_000_010, currency: 'USD', isTotal: false },
      { label: '2016', amountCents: 250_000_001, currency: 'USD', isTotal: false },
    ]);
    expect(project.contacts).toEqual([
      {
        role: null,
        organisation: 'Test Office for Justice',
        person: 'A. Contact',
        jobTitle: 'Programme Officer',
        phones: ['+7 727 000 0001', '+996 312 000 002'],
        email: 'justice@example.org',
        address: '1 Example Street, Almaty',
        website: 'https://justice.example.org',
      },
    ]);
    expect(project.links).toEqual([
      {
        kind: 'document',
        url: 'https://example.org/docs/prodoc.pdf',
        title: 'Project document',
        language: 'en',
        format: 'application/pdf',
      },
    ]);
    expect(project.provenance).toEqual({
      source: 'iati',
      iatiIdentifier: 'XM-TEST-1-CA-ROL-001',
      sourceFile: 'test.xml',
      importedAt: '2026-01-15T10:00:00.000Z',
    });
    expect(warnings).toEqual([
      'recipient-country "XX" is not an ISO 3166-1 code; left out',
      'document-link "javascript:alert(1)" is not an http(s) address; left out',
    ]);
  });

  it('takes the main texts from the default language and reports a budget without currency', async () => {
    const [, activity] = await readAll(iatiFixture('multilingual-2.03.xml'));
    const { project, warnings } = mapped(activity!);
    expect(project.language).toBe('ru');
    expect(project.title).toBe('Реформа пенитенциарной системы в Таджикистане');
    expect(project.slug).toBe('reforma-penitentsiarnoy-sistemy-v-tadzhikistane');
    expect(project.translations).toEqual([
      expect.objectContaining({ language: 'en', title: 'Penitentiary reform in Tajikistan' }),
    ]);
    expect(project.typeSlugs).toEqual(['penitentiary-reform']);
    expect(project.period).toEqual({ start: { year: 2018, month: 3 }, end: null });
    expect(project.budgetLines).toEqual([
      { label: '2019', amountCents: 25_000_050, currency: 'EUR', isTotal: true },
    ]);
    expect(warnings).toEqual([
      'budget for 2018: no currency (neither the value nor the activity names one); left out',
    ]);
  });

  it('maps a 1.03 activity with word roles, an actual end and region 619', async () => {
    const [activity, noId, noTitle] = await readAll(iatiFixture('legacy-1.03.xml'));
    const { project, participants, warnings } = mapped(activity!);
    expect(participants.map((p) => p.role)).toEqual([
      'donor',
      'extending',
      'implementing',
      'accountable',
    ]);
    expect(project.period).toEqual({
      start: { year: 2011, month: 4 },
      end: { year: 2014, month: 6 },
    });
    expect(project.regions).toEqual([{ code: '619', percentage: null }]);
    expect(project.countries).toEqual([{ code: 'KG', percentage: null }]);
    expect(project.typeSlugs).toEqual(['judicial-reform', 'access-to-justice']);
    expect(project.description).toBe('Training of judges and court staff. Café & more.');
    expect(project.translations).toEqual([
      expect.objectContaining({
        language: 'fr',
        title: 'Formation judiciaire au Kirghizistan (été)',
      }),
    ]);
    expect(project.budgetLines).toEqual([
      { label: '2011-04 – 2012-03', amountCents: 12_500_050, currency: 'GBP', isTotal: true },
    ]);
    expect(project.links.map((l) => l.kind)).toEqual(['document', 'link']);
    expect(warnings).toContain(
      'participating-org "Someone": role "beneficiary" is not an IATI role; left out',
    );
    expect(iatiToProject(noId!, context)).toEqual({
      ok: false,
      code: 'noIdentifier',
      reason: 'no iati-identifier',
    });
    expect(iatiToProject(noTitle!, context)).toEqual({
      ok: false,
      code: 'noTitle',
      reason: 'no title',
    });
  });

  it('uses the title in the default language even when another comes first (BMZ sample)', async () => {
    const [activity] = await readAll(
      iatiSample('codeforIATI-iati-datastore/localised-org-names.xml'),
    );
    const { project, participants } = mapped(activity!);
    expect(project.language).toBe('de');
    expect(project.title).toBe('Abwasserentsorgung Pernambuco (Invest.)');
    expect(project.translations.map((t) => t.language)).toEqual(['pt']);
    expect(participants[0]!.organisation.names.fr).toMatch(/^Ministère fédéral/);
  });

  it('maps every activity of the real samples without throwing', async () => {
    for (const path of [
      'codeforIATI-iati-datastore/CD.xml',
      'codeforIATI-iati-datastore/big_value.xml',
      'codeforIATI-iati-datastore/same_orgs_different_roles.xml',
      'IATI-Schemas/worldbank.xml',
    ]) {
      for (const activity of await readAll(iatiSample(path))) {
        const result = iatiToProject(activity, context);
        if (result.ok) expect(result.value.project.title).not.toBe('');
        else expect(result.reason).toMatch(/^no /);
      }
    }
  });
});
