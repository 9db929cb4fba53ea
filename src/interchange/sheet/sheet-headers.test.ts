import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/messages/en.ts';
import { ru } from '../../i18n/messages/ru.ts';
import { type ColumnKey, PROJECT_COLUMNS } from '../csv/project-columns.ts';
import { columnOfHeader, matchHeaders } from './sheet-headers.ts';

describe('header names', () => {
  it("knows every label the interface gives a project's field, in English and Russian", () => {
    for (const m of [en, ru]) {
      const { project: p, search: s } = m;
      const f = m.admin.form;
      const labels: [string, ColumnKey][] = [
        [f.title, 'title'],
        [f.slug, 'slug'],
        [f.summary, 'summary'],
        [f.description, 'description'],
        [f.periodStart, 'start'],
        [f.periodEnd, 'end'],
        [f.places, 'country'],
        [f.countries, 'country'],
        [f.regions, 'country'],
        [f.beneficiary, 'beneficiary'],
        [f.beneficiaryCountries, 'beneficiaryCountries'],
        [f.types, 'type'],
        [f.budget, 'budget'],
        [f.budgetText, 'budget'],
        [f.budgetLines, 'budgetLines'],
        [f.contacts, 'contact'],
        [p.country, 'country'],
        [p.type, 'type'],
        [p.period, 'period'],
        [p.donor, 'donor'],
        [p.budget, 'budget'],
        [p.beneficiary, 'beneficiary'],
        [p.implementer, 'implementer'],
        [p.description, 'description'],
        [p.contact, 'contact'],
        [p.status, 'status'],
        [p.lastUpdated, 'updated'],
        [p.budgetLines, 'budgetLines'],
        [p.beneficiaryCountries, 'beneficiaryCountries'],
        [m.organisation.iatiIdentifier, 'iatiIdentifier'],
        [s.fields.country, 'country'],
        [s.fields.type, 'type'],
        [s.fields.donor, 'donor'],
        [s.fields.implementer, 'implementer'],
        [s.fields.status, 'status'],
        [s.fields.currency, 'currency'],
      ];
      for (const [label, key] of labels)
        expect([label, columnOfHeader(label)]).toEqual([label, key]);
    }
  });

  it('reads the Russian names of the English headers, with or without a hyphen', () => {
    for (const [header, key] of [
      ['Организация-исполнитель', 'implementer'],
      ['Организация исполнитель', 'implementer'],
      ['Страны бенефициары', 'beneficiaryCountries'],
      ['Дата начала', 'start'],
      ['Дата окончания:', 'end'],
      ['Страны и регионы', 'country'],
      ['IATI-identifier', 'iatiIdentifier'],
    ] as const)
      expect([header, columnOfHeader(header)]).toEqual([header, key]);
    // Every export header in both languages still names its own column.
    for (const c of PROJECT_COLUMNS) {
      expect(columnOfHeader(c.header)).toBe(c.key);
      expect(columnOfHeader(c.headerRu)).toBe(c.key);
    }
  });

  it('marks a second column for the same field, whatever name it goes by', () => {
    expect(
      matchHeaders(['Title', 'Название', 'Implementer', 'Организация-исполнитель']).map(
        (c) => c.status,
      ),
    ).toEqual(['matched', 'duplicate', 'matched', 'duplicate']);
  });
});
