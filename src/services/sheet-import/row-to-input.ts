import {
  daysInMonth,
  type Period,
  type PeriodProblem,
  parsePartialDateKey,
  periodProblemCode,
} from '../../domain/projects/period.ts';
import { parsePeriodText } from '../../domain/projects/period-text.ts';
import { isPlaceholderValue } from '../../domain/projects/placeholder-value.ts';
import type {
  Contact,
  OrganisationRole,
  Place,
  ProjectInput,
} from '../../domain/projects/project.ts';
import {
  CONTACT_SEPARATOR,
  type ColumnKey,
  contactCell,
  periodCell,
} from '../../interchange/csv/project-columns.ts';
import { splitValues } from '../../interchange/sheet/sheet-headers.ts';
import { readBudget, type Take } from './row-budget.ts';
import type { SheetProblem, SheetProblemCode } from './sheet-problem.ts';
import type { Vocabulary } from './vocabulary-match.ts';

/** The cells of one row by column; a column the sheet lacks is absent. */
export type RowCells = Partial<Record<ColumnKey, string>>;

/** An organisation a row names that the database does not know: the import creates it. */
export interface NewOrganisation {
  slug: string;
  name: string;
  acronym: string | null;
}

export interface RowReading {
  input: ProjectInput;
  errors: SheetProblem[];
  warnings: SheetProblem[];
  newOrganisations: NewOrganisation[];
}

// Cells where a partner writes "None", "N/A" or "нет" for "nothing"; a title or a description
// saying "None" is taken at its word.
const PLACEHOLDER_COLUMNS: readonly ColumnKey[] = [
  'country',
  'type',
  'donor',
  'implementer',
  'beneficiaryCountries',
  'budget',
  'period',
  'start',
  'end',
  'contact',
];

const PERIOD_PROBLEMS: Record<PeriodProblem, SheetProblemCode> = {
  startInvalid: 'periodStartInvalid',
  endInvalid: 'periodEndInvalid',
  endBeforeStart: 'periodEndBeforeStart',
};

const LABELS: [RegExp, keyof Contact][] = [
  [/^(?:tel|phone|тел)\.?:\s*/i, 'phones'],
  [/^(?:e-?mail|эл\. почта|email)\.?:\s*/i, 'email'],
  [/^(?:address|адрес):\s*/i, 'address'],
  [/^(?:website|web|сайт):\s*/i, 'website'],
];

/** One contact from "Person, Job title, Organisation, Tel: …, Email: …, Address: …". */
function contactFrom(text: string): Contact {
  const contact: Contact = {
    role: null,
    organisation: null,
    person: null,
    jobTitle: null,
    phones: [],
    email: null,
    address: null,
    website: null,
  };
  const labelled =
    /,\s*(?=(?:tel|phone|тел|e-?mail|эл\. почта|address|адрес|website|web|сайт)\.?:)/i;
  const [head = '', ...rest] = text.split(labelled);
  const names = /^(?:tel|phone|тел|e-?mail|эл\. почта|address|адрес|website|web|сайт)\.?:/i.test(
    head,
  )
    ? []
    : head.split(/,\s*/);
  if (names.length === 0) rest.unshift(head);
  contact.person = names[0]?.trim() || null;
  contact.jobTitle = names[1]?.trim() || null;
  contact.organisation = names.slice(2).join(', ').trim() || null;
  for (const part of rest) {
    for (const [label, field] of LABELS) {
      if (!label.test(part)) continue;
      const value = part.replace(label, '').trim();
      if (field === 'phones') contact.phones = value.split(/\s+\/\s+/).filter(Boolean);
      else (contact as unknown as Record<string, string>)[field] = value;
    }
  }
  return contact;
}

const FULL_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A Start or End cell as the month key the columns hold: "2015" and "2015-01" as they are, and
 * a whole date cut to its month: "2015-01-31" (an Excel date cell reads so), with or without a
 * time, or "31.01.2015" as Russian (and most European) spreadsheets show dates. A day that
 * does not exist ("2015-02-30") is no date.
 */
function monthKeyOf(text: string): string {
  const iso = FULL_DATE.exec(text);
  const dotted = iso ? null : DOTTED_DATE.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : null;
  if (!parts) return /^\d{4}-\d$/.test(text) ? text.replace(/-(\d)$/, '-0$1') : text;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return text;
  return `${year}-${String(month).padStart(2, '0')}`;
}

function periodFromKeys(
  start: string | undefined,
  end: string | undefined,
  errors: SheetProblem[],
) {
  const read = (text: string | undefined, column: 'start' | 'end') => {
    if (!text) return null;
    const d = parsePartialDateKey(monthKeyOf(text));
    if (!d) errors.push({ code: 'dateInvalid', column, value: text });
    return d;
  };
  return { start: read(start, 'start'), end: read(end, 'end') };
}

const samePeriod = (a: Period, b: Period) => periodCell(a) === periodCell(b);

/**
 * The project a row describes: its non-empty cells over `base` (the stored project, or a new
 * one). An empty cell keeps the stored value unless `clearEmpty`. Never throws: what cannot be
 * read is in `errors` (the row is then not imported), what was guessed in `warnings`.
 */
export function rowToInput(
  cells: RowCells,
  base: ProjectInput,
  vocabulary: Vocabulary,
  clearEmpty: boolean,
): RowReading {
  const errors: SheetProblem[] = [];
  const warnings: SheetProblem[] = [];
  const newOrganisations: NewOrganisation[] = [];
  const input: ProjectInput = { ...base, provenance: { ...base.provenance } };
  const has = (key: ColumnKey) => key in cells;
  // A placeholder says "no value" as plainly as clearing the cell; its words are kept as a note.
  const placeholders = new Map<ColumnKey, string>();
  for (const key of PLACEHOLDER_COLUMNS) {
    const value = cells[key];
    if (value && isPlaceholderValue(value)) {
      placeholders.set(key, value);
      warnings.push({ code: 'placeholderCell', column: key, value });
    }
  }
  /** The cell's text; undefined when the field keeps its value ("" only with clearEmpty). */
  const take = (key: ColumnKey): string | undefined => {
    if (!has(key)) return undefined;
    if (placeholders.has(key)) return '';
    const value = cells[key] ?? '';
    if (value !== '') return value;
    return clearEmpty ? '' : undefined;
  };
  /** A text field: set from its cell, unless the cell only lacks the stored text's edge spaces. */
  const text = (key: ColumnKey, stored: string | null, apply: (v: string | null) => void) => {
    const v = take(key)?.replace(/\r\n?/g, '\n');
    if (v === undefined || v === (stored ?? '').trim()) return;
    apply(v === '' ? null : v);
  };

  const title = take('title');
  if (title) input.title = title.replace(/\s+/g, ' ');
  if (!input.title.trim()) errors.push({ code: 'titleMissing', column: 'title' });
  text('summary', base.summary, (v) => (input.summary = v));
  text('description', base.description, (v) => (input.description = v));
  text('beneficiary', base.beneficiary, (v) => (input.beneficiary = v));
  text(
    'iatiIdentifier',
    base.provenance.iatiIdentifier,
    (v) => (input.provenance.iatiIdentifier = v),
  );

  const places = take('country');
  if (places !== undefined) {
    const countries: Place[] = [];
    const regions: Place[] = [];
    for (const name of splitValues(places)) {
      const match = vocabulary.place(name);
      if (!match) errors.push({ code: 'unknownPlace', column: 'country', value: name });
      else if (match.kind === 'country') countries.push({ code: match.code, percentage: null });
      else regions.push({ code: match.code, percentage: null });
    }
    // The same places as stored keep their stored percentages.
    const codes = (ps: Place[]) => ps.map((p) => p.code).join();
    if (codes(countries) !== codes(base.countries)) input.countries = countries;
    if (codes(regions) !== codes(base.regions)) input.regions = regions;
  }
  const beneficiaries = take('beneficiaryCountries');
  if (beneficiaries !== undefined) {
    input.beneficiaryCountries = splitValues(beneficiaries).flatMap((name) => {
      const code = vocabulary.country(name);
      if (!code)
        errors.push({ code: 'unknownCountry', column: 'beneficiaryCountries', value: name });
      return code ? [code] : [];
    });
  }
  const types = take('type');
  if (types !== undefined) {
    input.typeSlugs = splitValues(types).flatMap((name) => {
      const slug = vocabulary.type(name);
      if (!slug)
        errors.push({
          code: 'unknownType',
          column: 'type',
          value: name,
          detail: vocabulary.nearestTypes(name, base.language).join('; '),
        });
      return slug ? [slug] : [];
    });
  }
  for (const [key, role] of [
    ['donor', 'donor'],
    ['implementer', 'implementing'],
  ] as [ColumnKey, OrganisationRole][]) {
    const names = take(key);
    if (names === undefined) continue;
    const slugs = splitValues(names).map((name) => {
      const slug = vocabulary.organisation(name);
      if (slug) return slug;
      // Unknown to the database: created by the import, once however many rows name it.
      const made = vocabulary.proposeOrganisation(name);
      if (!newOrganisations.some((o) => o.slug === made.slug)) newOrganisations.push(made);
      warnings.push({ code: 'newOrganisation', column: key, value: made.name });
      return made.slug;
    });
    input.organisations = replaceRole(input.organisations, role, slugs);
  }

  readPeriod(base, input, take, errors, warnings);
  readBudget(base, input, take, cells.currency, errors, warnings);
  const periodNote =
    placeholders.get('period') ?? placeholders.get('start') ?? placeholders.get('end');
  if (periodNote) input.periodNote = periodNote;
  const budgetNote = placeholders.get('budget');
  if (budgetNote) {
    input.budgetText = budgetNote;
    input.budgetLines = [];
  }

  const contacts = take('contact');
  if (contacts !== undefined) {
    const stored = base.contacts.map(contactCell).join(CONTACT_SEPARATOR);
    if (contacts.replace(/\r\n?/g, '\n').trim() !== stored) {
      input.contacts = contacts
        .split(/\r?\n/)
        .map((c) => c.trim())
        .filter(Boolean)
        .map(contactFrom);
    }
  }
  return { input, errors, warnings, newOrganisations };
}

type RoleRef = ProjectInput['organisations'][number];

/** The organisations with those of `role` replaced where they stood, so order is kept. */
function replaceRole(current: RoleRef[], role: OrganisationRole, slugs: string[]): RoleRef[] {
  const mine = current.filter((o) => o.role === role).map((o) => o.organisationSlug);
  if (mine.join() === slugs.join()) return current;
  const at = current.findIndex((o) => o.role === role);
  const others = current.filter((o) => o.role !== role);
  const fresh = slugs.map((organisationSlug) => ({ role, organisationSlug }));
  const index =
    at === -1 ? others.length : current.slice(0, at).filter((o) => o.role !== role).length;
  return [...others.slice(0, index), ...fresh, ...others.slice(index)];
}

/** Period from "Period" text or from "Start"/"End"; when both are given and disagree, the one that was edited wins. */
function readPeriod(
  base: ProjectInput,
  input: ProjectInput,
  take: Take,
  errors: SheetProblem[],
  warnings: SheetProblem[],
) {
  const periodText = take('period');
  const start = take('start');
  const end = take('end');
  let fromText: Period | null = null;
  if (periodText !== undefined) {
    if (periodText === '') fromText = { start: null, end: null };
    else if (periodText !== periodCell(base.period)) {
      const parsed = parsePeriodText(periodText);
      if (!parsed.sure || (!parsed.start && !parsed.end)) {
        errors.push({
          code: 'periodUnclear',
          column: 'period',
          value: periodText,
          notes: parsed.notes,
        });
      } else fromText = { start: parsed.start, end: parsed.end };
    } else fromText = base.period;
  }
  let fromKeys: Period | null = null;
  if (start !== undefined || end !== undefined) {
    const keys = periodFromKeys(start || undefined, end || undefined, errors);
    fromKeys = {
      start: start === undefined ? base.period.start : keys.start,
      end: end === undefined ? base.period.end : keys.end,
    };
  }
  let period: Period = base.period;
  if (fromText && fromKeys && !samePeriod(fromText, fromKeys)) {
    const textEdited = !samePeriod(fromText, base.period);
    const keysEdited = !samePeriod(fromKeys, base.period);
    if (textEdited && keysEdited) {
      errors.push({
        code: 'periodConflict',
        column: 'period',
        value: periodCell(fromText),
        detail: periodCell(fromKeys),
      });
    }
    period = textEdited ? fromText : fromKeys;
    if (!(textEdited && keysEdited))
      warnings.push({ code: 'periodOneTaken', column: 'period', value: periodCell(period) });
  } else period = fromText ?? fromKeys ?? base.period;
  const problem = periodProblemCode(period);
  if (problem) errors.push({ code: PERIOD_PROBLEMS[problem], column: 'period' });
  input.period = period;
}
