import type { ProjectInput } from '../../domain/projects/project.ts';
import { countryName, regionName } from '../../domain/vocabularies/codelists.ts';
import {
  budgetLineCell,
  type ColumnKey,
  contactCell,
  MULTI_VALUE_SEPARATOR,
  periodCell,
} from '../../interchange/csv/project-columns.ts';

/** One field a row changes, from what to what, as the sheet's cells would say it. */
export interface FieldChange {
  column: ColumnKey;
  from: string;
  to: string;
}

const list = (values: readonly string[]) => values.join(MULTI_VALUE_SEPARATOR);

const organisations = (p: ProjectInput, role: string, nameOf: NameOf) =>
  list(
    p.organisations
      .filter((o) => o.role === role)
      .map((o) => nameOf('organisation', o.organisationSlug)),
  );

/** Names of types and organisations by slug, a new organisation's among them. */
export type NameOf = (kind: 'type' | 'organisation', slug: string) => string;

// Each importable field as cell text, types and organisations by name as a sheet writes them.
const FIELDS: [ColumnKey, (p: ProjectInput, nameOf: NameOf) => string][] = [
  ['title', (p) => p.title],
  ['summary', (p) => p.summary ?? ''],
  ['description', (p) => p.description ?? ''],
  ['beneficiary', (p) => p.beneficiary ?? ''],
  ['iatiIdentifier', (p) => p.provenance.iatiIdentifier ?? ''],
  [
    'country',
    (p) =>
      list([
        ...p.countries.map((c) => countryName(c.code, 'en')),
        ...p.regions.map((r) => regionName(r.code, 'en')),
      ]),
  ],
  ['beneficiaryCountries', (p) => list(p.beneficiaryCountries.map((c) => countryName(c, 'en')))],
  ['type', (p, nameOf) => list(p.typeSlugs.map((slug) => nameOf('type', slug)))],
  ['donor', (p, nameOf) => organisations(p, 'donor', nameOf)],
  ['implementer', (p, nameOf) => organisations(p, 'implementing', nameOf)],
  ['period', (p) => [periodCell(p.period), p.periodNote].filter(Boolean).join(' · ')],
  ['budget', (p) => p.budgetText ?? ''],
  ['budgetLines', (p) => list(p.budgetLines.map(budgetLineCell))],
  ['contact', (p) => p.contacts.map(contactCell).join('\n')],
];

/** What importing the row would change in the stored project (for a new one: what it sets). */
export function fieldChanges(
  before: ProjectInput,
  after: ProjectInput,
  nameOf: NameOf,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [column, text] of FIELDS) {
    const from = text(before, nameOf);
    const to = text(after, nameOf);
    if (from !== to) changes.push({ column, from, to });
  }
  return changes;
}
