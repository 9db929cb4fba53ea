import { organisationLabel } from '../../domain/organisations/organisation.ts';
import { type BudgetLine, centsToDecimal, headlineBudget } from '../../domain/projects/budget.ts';
import {
  formatPartialDateKey,
  type PartialDate,
  type Period,
  projectStatus,
} from '../../domain/projects/period.ts';
import type { Contact, OrganisationRole, Project } from '../../domain/projects/project.ts';
import { countryName, regionName } from '../../domain/vocabularies/codelists.ts';

/** Several values in one cell: "Kazakhstan; Kyrgyz Republic". */
export const MULTI_VALUE_SEPARATOR = '; ';
/** Contacts hold commas and semicolons of their own, so each one goes on its own line. */
export const CONTACT_SEPARATOR = '\n';

export const COLUMN_KEYS = [
  'title',
  'country',
  'type',
  'period',
  'donor',
  'budget',
  'beneficiary',
  'description',
  'implementer',
  'slug',
  'summary',
  'contact',
  'beneficiaryCountries',
  'iatiIdentifier',
  'budgetLines',
  'currency',
  'start',
  'end',
  'status',
  'updated',
  'permalink',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnContext {
  /** Origin of the permalinks, without a trailing slash. */
  publicUrl: string;
  /** ISO date the status is computed for. */
  today: string;
}

/** One column of the spreadsheet export, and the headers an import recognises for it. */
export interface ProjectColumn {
  key: ColumnKey;
  /** The export's header: the seed page's label where it has one. */
  header: string;
  /** The Russian label, also recognised on import. */
  headerRu: string;
  /** Other headers people write for the same column (compared case-insensitively). */
  aliases: readonly string[];
  /** Derived for reading only; an import ignores it. */
  readOnly: boolean;
  value(project: Project, ctx: ColumnContext): string;
}

const join = (values: readonly string[]) => values.filter(Boolean).join(MULTI_VALUE_SEPARATOR);

/**
 * `join(items.map(text))` in one pass: these cells are built for every row of a million-row
 * export, and the intermediate arrays were a good part of its time.
 */
function joinEach<T>(items: readonly T[], text: (item: T) => string, into = ''): string {
  let out = into;
  for (const item of items) {
    const value = text(item);
    if (!value) continue;
    out = out ? out + MULTI_VALUE_SEPARATOR + value : value;
  }
  return out;
}

/** The labels of the organisations in `role`, joined, without building the lists. */
function organisationsCell(p: Project, role: OrganisationRole): string {
  let out = '';
  for (const o of p.organisations) {
    if (o.role !== role) continue;
    const label = organisationLabel(o.organisation);
    if (label) out = out ? out + MULTI_VALUE_SEPARATOR + label : label;
  }
  return out;
}

const countryInEnglish = (c: { code: string }) => countryName(c.code, 'en');
const regionInEnglish = (r: { code: string }) => regionName(r.code, 'en');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// The same text as formatPartialDate(d, 'en'), without building an Intl formatter per cell:
// that alone cost more than half a millisecond a row.
function englishDate(d: PartialDate): string {
  return d.month === undefined ? String(d.year) : `${MONTHS[d.month - 1]} ${d.year}`;
}

/** "January 2015 – December 2019", "since March 2018", "until 2020", or "" when unknown. */
export function periodCell(period: Period): string {
  const start = period.start && englishDate(period.start);
  const end = period.end && englishDate(period.end);
  if (start && end) return start === end ? start : `${start} – ${end}`;
  if (start) return `since ${start}`;
  if (end) return `until ${end}`;
  return '';
}

/** "Total: USD 70600000 (total)": exact, so an import reads back the very same line. */
export function budgetLineCell(line: BudgetLine): string {
  const amount = `${line.currency} ${centsToDecimal(line.amountCents)}`;
  return `${line.label ? `${line.label}: ` : ''}${amount}${line.isTotal ? ' (total)' : ''}`;
}

/** "Ashita Mittal, Regional Representative, UNODC …, Tel: +998 …, Email: …". */
export function contactCell(c: Contact): string {
  const parts = [c.person, c.jobTitle, c.organisation].filter((p): p is string => !!p);
  if (c.phones.length > 0) parts.push(`Tel: ${c.phones.join(' / ')}`);
  if (c.email) parts.push(`Email: ${c.email}`);
  if (c.address) parts.push(`Address: ${c.address.replace(/\s*\n\s*/g, ' ')}`);
  if (c.website) parts.push(`Website: ${c.website}`);
  return parts.join(', ');
}

const STATUS_LABELS = { planned: 'Planned', ongoing: 'Ongoing', completed: 'Completed' } as const;

function column(
  key: ColumnKey,
  header: string,
  headerRu: string,
  aliases: readonly string[],
  value: ProjectColumn['value'],
  readOnly = false,
): ProjectColumn {
  return { key, header, headerRu, aliases, readOnly, value };
}

/** The columns of the CSV and XLSX exports, in order; the spreadsheet import reads the same. */
export const PROJECT_COLUMNS: readonly ProjectColumn[] = [
  column(
    'title',
    'Title',
    'Название',
    ['name', 'project', 'project title', 'наименование', 'проект'],
    (p) => p.title,
  ),
  column('country', 'Country', 'Страна', ['countries', 'recipient country', 'страны'], (p) =>
    joinEach(p.regions, regionInEnglish, joinEach(p.countries, countryInEnglish)),
  ),
  column(
    'type',
    'Type of project',
    'Тип проекта',
    ['type', 'types', 'project type', 'sector', 'тип'],
    (p) => joinEach(p.types, (t) => t.name),
  ),
  column('period', 'Period', 'Период', ['duration', 'dates', 'сроки'], (p) => periodCell(p.period)),
  column('donor', 'Donor', 'Донор', ['donors', 'funder', 'funding organisation', 'доноры'], (p) =>
    organisationsCell(p, 'donor'),
  ),
  column('budget', 'Budget', 'Бюджет', ['budget text'], (p) => p.budgetText ?? ''),
  column(
    'beneficiary',
    'Beneficiary',
    'Бенефициар',
    ['beneficiaries', 'target group', 'бенефициары'],
    (p) => p.beneficiary ?? '',
  ),
  column('description', 'Description', 'Описание', ['details'], (p) => p.description ?? ''),
  column(
    'implementer',
    'Implementing organisation',
    'Исполнитель',
    [
      'implementer',
      'implementing organization',
      'implementing agency',
      'исполнители',
      'исполняющая организация',
    ],
    (p) => organisationsCell(p, 'implementing'),
  ),
  column('slug', 'Slug', 'Slug', ['id', 'url name'], (p) => p.slug),
  column('summary', 'Summary', 'Краткое описание', ['abstract'], (p) => p.summary ?? ''),
  column('contact', 'Contact', 'Контакт', ['contacts', 'contact person', 'контакты'], (p) =>
    p.contacts.map(contactCell).join(CONTACT_SEPARATOR),
  ),
  column('beneficiaryCountries', 'Beneficiary countries', 'Страны-бенефициары', [], (p) =>
    joinEach(p.beneficiaryCountries, (c) => countryName(c, 'en')),
  ),
  column(
    'iatiIdentifier',
    'IATI identifier',
    'Идентификатор IATI',
    ['iati id', 'iati-identifier'],
    (p) => p.provenance.iatiIdentifier ?? '',
  ),
  column('budgetLines', 'Budget lines', 'Статьи бюджета', [], (p) =>
    joinEach(p.budgetLines, budgetLineCell),
  ),
  column(
    'currency',
    'Currency',
    'Валюта',
    [],
    (p) => join(headlineBudget(p.budgetLines).map((b) => b.currency)),
    true,
  ),
  column('start', 'Start', 'Начало', ['start date'], (p) =>
    p.period.start ? formatPartialDateKey(p.period.start) : '',
  ),
  column('end', 'End', 'Окончание', ['end date'], (p) =>
    p.period.end ? formatPartialDateKey(p.period.end) : '',
  ),
  column(
    'status',
    'Status',
    'Статус',
    [],
    (p, ctx) => {
      const status = projectStatus(p.period, ctx.today);
      return status ? STATUS_LABELS[status] : '';
    },
    true,
  ),
  column('updated', 'Last updated', 'Обновлено', ['updated'], (p) => p.updatedAt, true),
  column(
    'permalink',
    'Permalink',
    'Ссылка',
    ['url', 'link'],
    (p, ctx) => `${ctx.publicUrl}/projects/${p.slug}`,
    true,
  ),
];

/** The export's header row. */
export const EXPORT_HEADERS: readonly string[] = PROJECT_COLUMNS.map((c) => c.header);

/** One project as the export's row of cell texts. */
export function projectRow(project: Project, ctx: ColumnContext): string[] {
  return PROJECT_COLUMNS.map((c) => c.value(project, ctx));
}
