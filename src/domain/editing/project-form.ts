import type { FieldIssue } from '../errors.ts';
import { toCents } from '../projects/budget.ts';
import { isValidPartialDate, type PartialDate, periodProblem } from '../projects/period.ts';
import {
  type Contact,
  ORGANISATION_ROLES,
  type OrganisationRole,
  type ProjectInput,
  type ProjectLink,
  type ProjectTranslation,
} from '../projects/project.ts';
import { isValidSlug } from '../projects/slug.ts';
import {
  isKnownCountry,
  isKnownCurrency,
  isKnownRegion,
  isKnownSector,
} from '../vocabularies/codelists.ts';

/** A submitted form as the body parser gives it: repeated names become arrays. */
export type FormValues = Record<string, string | string[] | undefined>;

/** A field problem with a stable code the editor translates; `message` is the English text. */
export interface FormIssue extends FieldIssue {
  code: string;
  /** What the code's message needs in any language: a limit, or the codes at fault. */
  detail?: string;
}

/** One field problem with its code. */
export function formIssue(
  field: string,
  code: string,
  message: string,
  detail?: string,
): FormIssue {
  return detail === undefined ? { field, code, message } : { field, code, message, detail };
}

/** An organisation typed into the form that does not exist yet. */
export interface NewOrganisation {
  name: string;
  role: OrganisationRole;
  /** The row of the form it came from, for placing messages. */
  row: number;
}

/** The editable part of a project, read from the form; the service adds state and provenance. */
export type ProjectFormInput = Omit<ProjectInput, 'state' | 'provenance'>;

export const LIMITS = {
  title: 500,
  summary: 5_000,
  description: 100_000,
  text: 2_000,
  rows: 100,
} as const;

const TEXT_FIELDS = ['summary', 'periodNote', 'budgetText', 'beneficiary'] as const;
// Markdown is the only markup a description takes; raw tags (a <script>, an <iframe>) are
// refused outright rather than silently dropped by the sanitiser.
const RAW_HTML = /<\s*\/?\s*[a-z][a-z0-9-]*(\s[^>]*)?>|javascript:/i;
const URL_PATTERN = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;

/** The single text value of a field ('' when absent; the first when repeated). */
export function one(values: FormValues, name: string): string {
  const v = values[name];
  return (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).replace(/\r\n/g, '\n');
}

/** Every value of a repeated field (a multi-select), without blanks. */
export function many(values: FormValues, name: string): string[] {
  const v = values[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return [...new Set(list.map((s) => s.trim()).filter(Boolean))];
}

/** The row numbers used by fields named `<prefix>.<n>.<…>`, in order. */
export function rowsOf(values: FormValues, prefix: string): number[] {
  const rows = new Set<number>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,3})\\.`);
  for (const key of Object.keys(values)) {
    const m = pattern.exec(key);
    if (m) rows.add(Number(m[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

class Collector {
  readonly issues: FormIssue[] = [];
  add(field: string, code: string, message: string, detail?: string) {
    this.issues.push(formIssue(field, code, message, detail));
  }
  text(values: FormValues, name: string, max: number, label = name): string | null {
    const value = one(values, name);
    if (value.length > max) {
      this.add(name, 'tooLong', `${label} is longer than ${max} characters`, String(max));
      return null;
    }
    return orNull(value);
  }
  url(values: FormValues, name: string): string | null {
    const value = this.text(values, name, LIMITS.text);
    if (value && !URL_PATTERN.test(value)) {
      this.add(name, 'badUrl', `${name} must be a web address starting with http:// or https://`);
    }
    return value;
  }
}

function partialDate(c: Collector, values: FormValues, end: 'start' | 'end'): PartialDate | null {
  const yearText = one(values, `${end}Year`).trim();
  const monthText = one(values, `${end}Month`).trim();
  if (!yearText) {
    if (monthText) c.add(`${end}Year`, 'yearRequired', `${end} year is needed with a month`);
    return null;
  }
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  const month = monthText ? (/^\d{1,2}$/.test(monthText) ? Number(monthText) : 0) : undefined;
  const date: PartialDate = month === undefined ? { year } : { year, month };
  if (!isValidPartialDate(date)) {
    const field = Number.isNaN(year) || month === undefined ? `${end}Year` : `${end}Month`;
    c.add(field, 'badDate', `${end} is not a valid month or year (1900–2200)`);
    return null;
  }
  return date;
}

function organisations(c: Collector, values: FormValues) {
  const linked: ProjectInput['organisations'] = [];
  const created: NewOrganisation[] = [];
  for (const row of rowsOf(values, 'org')) {
    const slug = one(values, `org.${row}.slug`).trim();
    const newName = one(values, `org.${row}.newName`).trim();
    const role = one(values, `org.${row}.role`) as OrganisationRole;
    if (!slug && !newName) continue;
    if (!ORGANISATION_ROLES.includes(role)) {
      c.add(`org.${row}.role`, 'required', 'choose the organisation’s role');
      continue;
    }
    if (newName.length > 300) c.add(`org.${row}.newName`, 'tooLong', 'name is too long', '300');
    else if (newName) created.push({ name: newName, role, row });
    else linked.push({ role, organisationSlug: slug });
  }
  return { linked, created };
}

function budgetLines(c: Collector, values: FormValues) {
  return rowsOf(values, 'budget').flatMap((row) => {
    const f = (k: string) => `budget.${row}.${k}`;
    const label = c.text(values, f('label'), 200, 'label');
    const amountText = one(values, f('amount')).replace(/[\s,]/g, '');
    const currency = one(values, f('currency')).trim().toUpperCase();
    if (!label && !amountText) return [];
    let amountCents = 0;
    if (!amountText) c.add(f('amount'), 'required', 'amount is required');
    else if (amountText.startsWith('-'))
      c.add(f('amount'), 'negative', 'amount cannot be negative');
    else {
      const cents = toCents(amountText);
      if (cents === null)
        c.add(f('amount'), 'badAmount', 'amount must be a number with at most two decimals');
      else amountCents = cents;
    }
    if (!isKnownCurrency(currency)) {
      c.add(
        f('currency'),
        'unknownCurrency',
        `"${currency}" is not an ISO 4217 currency code`,
        currency,
      );
    }
    return [{ label, amountCents, currency, isTotal: one(values, f('total')) !== '' }];
  });
}

function contacts(c: Collector, values: FormValues): Contact[] {
  return rowsOf(values, 'contact').flatMap((row) => {
    const f = (k: string) => `contact.${row}.${k}`;
    const role = one(values, f('role')) as OrganisationRole;
    const contact: Contact = {
      role: ORGANISATION_ROLES.includes(role) ? role : null,
      organisation: c.text(values, f('organisation'), LIMITS.text, 'organisation'),
      person: c.text(values, f('person'), LIMITS.text, 'person'),
      jobTitle: c.text(values, f('jobTitle'), LIMITS.text, 'position'),
      phones: one(values, f('phones'))
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
      email: c.text(values, f('email'), 254, 'email'),
      address: c.text(values, f('address'), LIMITS.text, 'address'),
      website: c.url(values, f('website')),
    };
    if (contact.email && !EMAIL_PATTERN.test(contact.email)) {
      c.add(f('email'), 'badEmail', 'email is not a valid address');
    }
    const { role: _role, phones, ...texts } = contact;
    return phones.length > 0 || Object.values(texts).some(Boolean) ? [contact] : [];
  });
}

function links(c: Collector, values: FormValues): ProjectLink[] {
  return rowsOf(values, 'link').flatMap((row) => {
    const f = (k: string) => `link.${row}.${k}`;
    const url = c.url(values, f('url'));
    const title = c.text(values, f('title'), LIMITS.text, 'title');
    if (!url) {
      if (title) c.add(f('url'), 'required', 'a link needs its web address');
      return [];
    }
    const language = orNull(one(values, f('language')));
    if (language && !LANGUAGE_PATTERN.test(language)) {
      c.add(f('language'), 'badLanguage', 'language must be a two-letter code such as en');
    }
    return [
      {
        kind: one(values, f('kind')) === 'document' ? 'document' : 'link',
        url,
        title,
        language,
        format: c.text(values, f('format'), 100, 'format'),
      },
    ];
  });
}

function translations(c: Collector, values: FormValues, original: string) {
  const languages = new Set<string>();
  for (const key of Object.keys(values)) {
    const m = /^tr\.([a-z]{2,3})\./.exec(key);
    if (m && m[1] !== original) languages.add(m[1]!);
  }
  return [...languages].sort().flatMap((language): ProjectTranslation[] => {
    const f = (k: string) => `tr.${language}.${k}`;
    const title = c.text(values, f('title'), LIMITS.title, 'title');
    const description = c.text(values, f('description'), LIMITS.description, 'description');
    if (description && RAW_HTML.test(description)) {
      c.add(f('description'), 'html', 'description may not contain HTML; use Markdown');
    }
    const rest = Object.fromEntries(
      TEXT_FIELDS.map((k) => [k, c.text(values, f(k), LIMITS.summary, k)]),
    ) as Record<(typeof TEXT_FIELDS)[number], string | null>;
    const any = description || Object.values(rest).some(Boolean);
    if (!title) {
      if (any) c.add(f('title'), 'required', 'a translation needs its title');
      return [];
    }
    return [{ language, title, description, ...rest }];
  });
}

function codes(
  c: Collector,
  values: FormValues,
  name: string,
  known: (code: string) => boolean,
): string[] {
  const list = many(values, name);
  const unknown = list.filter((code) => !known(code));
  if (unknown.length > 0) {
    c.add(name, 'unknownCode', `unknown code: ${unknown.join(', ')}`, unknown.join(', '));
  }
  return list.filter(known);
}

/**
 * Reads the project form into a project input and every problem with it, each naming its
 * form field. `previous` keeps what the form does not show (shares of countries and sectors).
 */
export function parseProjectForm(
  values: FormValues,
  previous?: Pick<ProjectInput, 'countries' | 'regions' | 'sectors'>,
): { input: ProjectFormInput; newOrganisations: NewOrganisation[]; issues: FormIssue[] } {
  const c = new Collector();
  const slug = one(values, 'slug').trim();
  if (slug && !isValidSlug(slug)) {
    c.add('slug', 'badSlug', 'use lowercase letters, digits and hyphens (at most 80)');
  }
  const language = one(values, 'language').trim() || 'en';
  if (!LANGUAGE_PATTERN.test(language)) c.add('language', 'badLanguage', 'language is not known');
  const title = one(values, 'title').trim();
  if (!title) c.add('title', 'required', 'title is required');
  else if (title.length > LIMITS.title)
    c.add('title', 'tooLong', `title is longer than ${LIMITS.title} characters`, `${LIMITS.title}`);
  const description = c.text(values, 'description', LIMITS.description);
  if (description && RAW_HTML.test(description)) {
    c.add('description', 'html', 'description may not contain HTML; use Markdown');
  }
  const texts = Object.fromEntries(
    TEXT_FIELDS.map((k) => [k, c.text(values, k, k === 'summary' ? LIMITS.summary : LIMITS.text)]),
  ) as Record<(typeof TEXT_FIELDS)[number], string | null>;

  const period = { start: partialDate(c, values, 'start'), end: partialDate(c, values, 'end') };
  const problem = periodProblem(period);
  if (problem) c.add('endYear', 'endBeforeStart', problem);

  const shareOf = (list: { code: string; percentage: number | null }[] = [], code: string) =>
    list.find((p) => p.code === code)?.percentage ?? null;
  const countries = codes(c, values, 'countries', isKnownCountry);
  const regions = codes(c, values, 'regions', isKnownRegion);
  const sectorCodes = one(values, 'sectors')
    .split(/[\s,;]+/)
    .filter(Boolean);
  const badSectors = sectorCodes.filter((s) => !isKnownSector(s));
  if (badSectors.length > 0)
    c.add(
      'sectors',
      'unknownCode',
      `unknown DAC code: ${badSectors.join(', ')}`,
      badSectors.join(', '),
    );
  const orgs = organisations(c, values);

  const input: ProjectFormInput = {
    slug,
    language,
    title: title.slice(0, LIMITS.title),
    summary: texts.summary,
    description,
    period,
    periodNote: texts.periodNote,
    budgetText: texts.budgetText,
    budgetLines: budgetLines(c, values),
    countries: countries.map((code) => ({ code, percentage: shareOf(previous?.countries, code) })),
    regions: regions.map((code) => ({ code, percentage: shareOf(previous?.regions, code) })),
    beneficiary: texts.beneficiary,
    beneficiaryCountries: codes(c, values, 'beneficiaryCountries', isKnownCountry),
    typeSlugs: many(values, 'types'),
    sectors: [...new Set(sectorCodes)].filter(isKnownSector).map((code) => ({
      vocabulary: '1',
      code,
      percentage:
        previous?.sectors.find((s) => s.vocabulary === '1' && s.code === code)?.percentage ?? null,
    })),
    organisations: orgs.linked,
    contacts: contacts(c, values),
    links: links(c, values),
    translations: translations(c, values, language),
  };
  // Sectors of other vocabularies are not shown in the form; keep them.
  input.sectors.push(...(previous?.sectors.filter((s) => s.vocabulary !== '1') ?? []));
  return { input, newOrganisations: orgs.created, issues: c.issues };
}
