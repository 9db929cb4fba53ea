import { type BudgetLine, toCents } from '../../domain/projects/budget.ts';
import type { Period } from '../../domain/projects/period.ts';
import type {
  Contact,
  ProjectInput,
  ProjectLink,
  ProjectTranslation,
  Provenance,
} from '../../domain/projects/project.ts';

// Small builders so that each demo record reads like the page it stands for, not like a row dump.

/** What a demo record spells out; everything else defaults to an empty, hand-entered, published record. */
export interface DemoFields {
  slug: string;
  language?: string;
  title: string;
  summary: string;
  description: string;
  period: Period;
  periodNote?: string;
  budgetText: string;
  budgetLines: BudgetLine[];
  countries: string[];
  regions?: string[];
  beneficiary: string;
  beneficiaryCountries: string[];
  typeSlugs: string[];
  donors: string[];
  implementers: string[];
  extending?: string[];
  accountable?: string[];
  sectors?: ProjectInput['sectors'];
  contacts?: Contact[];
  links?: ProjectLink[];
  translations?: ProjectTranslation[];
  provenance?: Provenance;
  state?: ProjectInput['state'];
}

const MANUAL: Provenance = {
  source: 'manual',
  iatiIdentifier: null,
  sourceFile: null,
  importedAt: null,
};

/** A whole ProjectInput from the demo fields, organisations listed donor first, then implementing, extending, accountable. */
export function demoProject(f: DemoFields): ProjectInput {
  const roles = (
    role: 'donor' | 'implementing' | 'extending' | 'accountable',
    slugs: string[] = [],
  ) => slugs.map((organisationSlug) => ({ role, organisationSlug }));
  return {
    slug: f.slug,
    language: f.language ?? 'en',
    title: f.title,
    summary: f.summary,
    description: f.description,
    period: f.period,
    periodNote: f.periodNote ?? null,
    budgetText: f.budgetText,
    budgetLines: f.budgetLines,
    countries: f.countries.map((code) => ({ code, percentage: null })),
    regions: (f.regions ?? []).map((code) => ({ code, percentage: null })),
    beneficiary: f.beneficiary,
    beneficiaryCountries: f.beneficiaryCountries,
    typeSlugs: f.typeSlugs,
    sectors: f.sectors ?? [],
    organisations: [
      ...roles('donor', f.donors),
      ...roles('implementing', f.implementers),
      ...roles('extending', f.extending),
      ...roles('accountable', f.accountable),
    ],
    contacts: f.contacts ?? [],
    links: f.links ?? [],
    translations: f.translations ?? [],
    provenance: f.provenance ?? MANUAL,
    state: f.state ?? 'published',
  };
}

/** A month-precision or year-only period; null for an unknown end. */
export function period(start: string | null, end: string | null): Period {
  const parse = (text: string | null) => {
    if (text === null) return null;
    const [year, month] = text.split('-').map(Number);
    return month === undefined ? { year: year! } : { year: year!, month };
  };
  return { start: parse(start), end: parse(end) };
}

function cents(amount: string): number {
  const value = toCents(amount.replaceAll(',', ''));
  if (value === null) throw new Error(`demo data: "${amount}" is not an exact amount`);
  return value;
}

/**
 * The line that is the whole budget; the amount is written as a donor writes it ("4,500,000.50").
 * Without a label the page shows "Total" in the reader's language.
 */
export function total(currency: string, amount: string, label: string | null = null): BudgetLine {
  return { label, amountCents: cents(amount), currency, isTotal: true };
}

/** A component of the budget (a contribution, a phase, a sub-programme). */
export function part(label: string, currency: string, amount: string): BudgetLine {
  return { label, amountCents: cents(amount), currency, isTotal: false };
}

/** A contact; unnamed fields stay empty. */
export function contact(c: Partial<Contact>): Contact {
  return {
    role: c.role ?? 'implementing',
    organisation: c.organisation ?? null,
    person: c.person ?? null,
    jobTitle: c.jobTitle ?? null,
    phones: c.phones ?? [],
    email: c.email ?? null,
    address: c.address ?? null,
    website: c.website ?? null,
  };
}

/** A web page about the project. */
export function link(url: string, title: string): ProjectLink {
  return { kind: 'link', url, title, language: 'en', format: 'text/html' };
}

/** A document (a PDF report, an evaluation). */
export function doc(url: string, title: string, language = 'en'): ProjectLink {
  return { kind: 'document', url, title, language, format: 'application/pdf' };
}

type TranslationFields = Partial<Omit<ProjectTranslation, 'language'>> & { title: string };

/** The texts in another language; unnamed ones stay empty. */
export function translation(language: string, t: TranslationFields): ProjectTranslation {
  return {
    language,
    title: t.title,
    summary: t.summary ?? null,
    description: t.description ?? null,
    budgetText: t.budgetText ?? null,
    beneficiary: t.beneficiary ?? null,
    periodNote: t.periodNote ?? null,
  };
}

/** Russian texts of an English record. */
export const ru = (t: TranslationFields) => translation('ru', t);
/** English texts of a Russian record. */
export const en = (t: TranslationFields) => translation('en', t);

/** Provenance of a record that came from an IATI file. */
export function fromIati(
  iatiIdentifier: string,
  sourceFile: string,
  importedAt: string,
): Provenance {
  return { source: 'iati', iatiIdentifier, sourceFile, importedAt };
}

/** Provenance of a record that came from a donor-coordination spreadsheet. */
export function fromSpreadsheet(sourceFile: string, importedAt: string): Provenance {
  return { source: 'spreadsheet', iatiIdentifier: null, sourceFile, importedAt };
}

/** The DAC 5-digit purpose codes an IATI record carried (vocabulary 1), with their shares. */
export function dac(...codes: [string, number][]): ProjectInput['sectors'] {
  return codes.map(([code, percentage]) => ({ vocabulary: '1', code, percentage }));
}
