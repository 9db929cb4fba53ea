import type { BudgetLine } from './budget.ts';
import type { Period } from './period.ts';

export const PUBLICATION_STATES = ['draft', 'submitted', 'published', 'archived'] as const;
export type PublicationState = (typeof PUBLICATION_STATES)[number];

export const ORGANISATION_ROLES = ['donor', 'implementing', 'extending', 'accountable'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const PROJECT_SOURCES = ['manual', 'iati', 'spreadsheet'] as const;
export type ProjectSource = (typeof PROJECT_SOURCES)[number];

/** A country or region a project works in, with its share when the source gives one. */
export interface Place {
  code: string;
  percentage: number | null;
}

export interface OrganisationSummary {
  id: number;
  slug: string;
  name: string;
  acronym: string | null;
  /** Name and acronym in other languages, by language code. */
  translations?: Record<string, { name: string; acronym: string | null }>;
}

export interface ProjectOrganisation {
  role: OrganisationRole;
  organisation: OrganisationSummary;
}

export interface ProjectTypeSummary {
  id: number;
  slug: string;
  name: string;
  /** The name in other languages, by language code. */
  names: Record<string, string>;
}

export interface Contact {
  /** The organisation role this contact speaks for, e.g. the implementing organisation. */
  role: OrganisationRole | null;
  organisation: string | null;
  person: string | null;
  jobTitle: string | null;
  /** IATI allows several telephone numbers per contact; so do we. */
  phones: string[];
  email: string | null;
  address: string | null;
  website: string | null;
}

export interface ProjectLink {
  kind: 'link' | 'document';
  url: string;
  title: string | null;
  language: string | null;
  format: string | null;
}

/** The translatable texts of a project in one language other than its original. */
export interface ProjectTranslation {
  language: string;
  title: string;
  summary: string | null;
  description: string | null;
  budgetText: string | null;
  beneficiary: string | null;
  periodNote: string | null;
}

/** A sector code carried from the source (IATI) whether or not a project type maps to it. */
export interface Sector {
  vocabulary: string;
  code: string;
  percentage: number | null;
}

export interface Provenance {
  source: ProjectSource;
  iatiIdentifier: string | null;
  sourceFile: string | null;
  importedAt: string | null;
}

/** The whole record of one project, as stored. */
export interface Project {
  id: number;
  slug: string;
  /** Language of the original texts (BCP 47, e.g. "en"). */
  language: string;
  title: string;
  summary: string | null;
  /** Markdown. */
  description: string | null;
  period: Period;
  periodNote: string | null;
  budgetText: string | null;
  budgetLines: BudgetLine[];
  countries: Place[];
  regions: Place[];
  beneficiary: string | null;
  beneficiaryCountries: string[];
  types: ProjectTypeSummary[];
  sectors: Sector[];
  organisations: ProjectOrganisation[];
  contacts: Contact[];
  links: ProjectLink[];
  translations: ProjectTranslation[];
  provenance: Provenance;
  state: PublicationState;
  version: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** What a caller supplies to create or replace a project; references are by slug. */
export interface ProjectInput {
  slug: string;
  language: string;
  title: string;
  summary: string | null;
  description: string | null;
  period: Period;
  periodNote: string | null;
  budgetText: string | null;
  budgetLines: BudgetLine[];
  countries: Place[];
  regions: Place[];
  beneficiary: string | null;
  beneficiaryCountries: string[];
  typeSlugs: string[];
  sectors: Sector[];
  organisations: { role: OrganisationRole; organisationSlug: string }[];
  contacts: Contact[];
  links: ProjectLink[];
  translations: ProjectTranslation[];
  provenance: Provenance;
  state: PublicationState;
}

/** The organisations of a project that play `role`, in their stored order. */
export function organisationsInRole(
  project: Pick<Project, 'organisations'>,
  role: OrganisationRole,
) {
  return project.organisations.filter((o) => o.role === role).map((o) => o.organisation);
}
