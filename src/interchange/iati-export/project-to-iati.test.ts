import { describe, expect, it } from 'vitest';
import { MemoryOutput } from '../csv/memory-output.ts';
import { projectStream, sampleProject } from '../csv/project.fixture.ts';
import { budgetsOut, periodOfLabel } from './iati-budgets-out.ts';
import { writeProjectsIati } from './iati-writer.ts';
import { iatiSchemaErrors } from './iati-xsd.testing.ts';
import type { IatiExportOptions } from './project-to-iati.ts';

const options: IatiExportOptions & { generatedAt: string } = {
  reportingOrg: { ref: 'XI-TEST', type: '90', name: 'Test & Co' },
  today: '2026-11-28',
  generatedAt: '2026-11-28T10:00:00.000Z',
  organisationRef: (id) => (id === 10 ? { ref: 'XM-DAC-41110', type: '40' } : undefined),
  dacCodesOfType: (slug) =>
    ({ 'anti-corruption': ['15113'], 'judicial-reform': ['15130', '15134'] })[slug] ?? [],
};

async function xmlOf(projects = [sampleProject()]) {
  const out = new MemoryOutput();
  await writeProjectsIati(projectStream(projects), out, options);
  return out.text();
}

describe('IATI 2.03 export', () => {
  it('is valid against the official schema, however sparse the project', async () => {
    const sparse = sampleProject({
      id: 2,
      slug: 'sparse',
      summary: null,
      description: null,
      beneficiary: null,
      period: { start: null, end: null },
      budgetLines: [],
      countries: [],
      regions: [],
      types: [],
      sectors: [],
      organisations: [],
      contacts: [],
      links: [],
      translations: [],
    });
    const xml = await xmlOf([sampleProject(), sparse]);
    expect(iatiSchemaErrors(xml)).toEqual([]);
    expect(
      iatiSchemaErrors('<iati-activities version="2.03"><iati-activity/></iati-activities>'),
    ).not.toEqual([]);
  });

  it('maps the record to IATI elements', async () => {
    const xml = await xmlOf();
    expect(xml).toContain('<iati-identifier>XI-TEST-judicial-reform-support</iati-identifier>');
    expect(xml).toContain('<narrative xml:lang="ru">Поддержка судебной реформы</narrative>');
    expect(xml).toContain('<narrative xml:lang="ru">Описание &amp; &lt;детали&gt;</narrative>');
    expect(xml).toContain('<participating-org ref="XM-DAC-41110" type="40" role="1">');
    expect(xml).toContain(
      '<participating-org role="4"><narrative>UNDP &amp; partners &lt;KG&gt;</narrative>',
    );
    expect(xml).toContain('<activity-date type="2" iso-date="2015-01-01">');
    expect(xml).toContain('<activity-date type="4" iso-date="2019-12-31">');
    expect(xml).toContain('<activity-status code="4">');
    expect(xml).toContain('<recipient-country code="KZ" percentage="60">');
    expect(xml).toContain('<recipient-region code="619" vocabulary="1">');
    // Kept sector 15130 stands for judicial reform; anti-corruption adds its DAC code.
    expect(xml).toContain('<sector vocabulary="1" code="15130" percentage="100">');
    expect(xml).toContain('<sector vocabulary="1" code="15113">');
    expect(xml).not.toContain('code="15134"');
    // The total, not total plus component: the component is part of it.
    expect(xml.match(/<budget /g)).toHaveLength(1);
    expect(xml).toContain('<value currency="USD" value-date="2015-01-01">70600000</value>');
    expect(xml).toContain(
      '<description type="3"><narrative>Governments of five Central Asian countries</narrative>',
    );
    expect(xml).toContain('<telephone>+(998-71) 120-80-50 Ext 101</telephone>');
    expect(xml).toContain(
      '<document-link url="https://example.org/report.pdf" format="application/pdf">',
    );
  });

  it('writes planned dates for a future period and year-only dates as whole years', async () => {
    const xml = await xmlOf([
      sampleProject({ period: { start: { year: 2027 }, end: { year: 2030 } } }),
    ]);
    expect(xml).toContain('<activity-date type="1" iso-date="2027-01-01">');
    expect(xml).toContain('<activity-date type="3" iso-date="2030-12-31">');
    expect(xml).toContain('<activity-status code="1">');
  });

  it('drops characters XML cannot carry', async () => {
    const xml = await xmlOf([sampleProject({ title: 'Bell\u0007 and \uFFFE' })]);
    expect(xml).toContain('<narrative>Bell and </narrative>');
    expect(iatiSchemaErrors(xml)).toEqual([]);
  });
});

describe('budgetsOut', () => {
  it('reads the importer period labels back', () => {
    expect(periodOfLabel('2014')).toEqual({ start: '2014-01-01', end: '2014-12-31' });
    expect(periodOfLabel('2016-02')).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(periodOfLabel('2014-04 – 2015-03')).toEqual({ start: '2014-04-01', end: '2015-03-31' });
    expect(periodOfLabel('Sub-Programme 2')).toBeNull();
  });

  it('writes yearly components, not their total', () => {
    const lines = [
      { label: '2014 – 2015', amountCents: 300, currency: 'EUR', isTotal: true },
      { label: '2014', amountCents: 100, currency: 'EUR', isTotal: false },
      { label: '2015', amountCents: 200, currency: 'EUR', isTotal: false },
    ];
    expect(budgetsOut(lines, { start: null, end: null })).toEqual([
      { periodStart: '2014-01-01', periodEnd: '2014-12-31', value: '1', currency: 'EUR' },
      { periodStart: '2015-01-01', periodEnd: '2015-12-31', value: '2', currency: 'EUR' },
    ]);
  });

  it('leaves out lines with no period anywhere', () => {
    const lines = [{ label: null, amountCents: 100, currency: 'EUR', isTotal: true }];
    expect(budgetsOut(lines, { start: null, end: null })).toEqual([]);
    expect(budgetsOut(lines, { start: { year: 2020 }, end: null })).toEqual([
      { periodStart: '2020-01-01', periodEnd: '2020-12-31', value: '1', currency: 'EUR' },
    ]);
  });
});
