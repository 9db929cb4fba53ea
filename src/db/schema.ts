import type { Generated } from 'kysely';

// Timestamps are ISO-8601 text in both databases: sortable, exact, and one mapper for both.
type Timestamp = string;
// Booleans are 0/1 integers in both databases; mappers read them with Boolean().
type Bool = number;

export interface OrganisationsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  acronym: string | null;
  iati_identifier: string | null;
  iati_type: string | null;
  website: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrganisationTranslationsTable {
  organisation_id: number;
  language: string;
  name: string;
  acronym: string | null;
}

export interface ProjectTypesTable {
  id: Generated<number>;
  slug: string;
  name: string;
  position: number;
  created_at: Timestamp;
}

export interface ProjectTypeTranslationsTable {
  project_type_id: number;
  language: string;
  name: string;
}

export interface ProjectTypeSectorsTable {
  project_type_id: number;
  dac_code: string;
}

export interface ProjectsTable {
  id: Generated<number>;
  slug: string;
  language: string;
  title: string;
  summary: string | null;
  description: string | null;
  /** "2015-01" or "2015": the precision is the text's length. */
  period_start: string | null;
  period_end: string | null;
  /** Derived from period_start/period_end for range queries: first and last possible day. */
  starts_on: string | null;
  ends_on: string | null;
  period_note: string | null;
  budget_text: string | null;
  beneficiary: string | null;
  source: string;
  iati_identifier: string | null;
  source_file: string | null;
  imported_at: Timestamp | null;
  state: string;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: Timestamp | null;
  deleted_at: Timestamp | null;
  created_by: number | null;
  updated_by: number | null;
}

export interface ProjectTranslationsTable {
  project_id: number;
  language: string;
  title: string;
  summary: string | null;
  description: string | null;
  budget_text: string | null;
  beneficiary: string | null;
  period_note: string | null;
}

export interface ProjectCountriesTable {
  project_id: number;
  country_code: string;
  percentage: number | null;
  position: number;
}

export interface ProjectRegionsTable {
  project_id: number;
  region_code: string;
  percentage: number | null;
  position: number;
}

export interface ProjectBeneficiaryCountriesTable {
  project_id: number;
  country_code: string;
  position: number;
}

export interface ProjectProjectTypesTable {
  project_id: number;
  project_type_id: number;
  position: number;
}

export interface ProjectSectorsTable {
  project_id: number;
  vocabulary: string;
  code: string;
  percentage: number | null;
  position: number;
}

export interface ProjectOrganisationsTable {
  project_id: number;
  organisation_id: number;
  role: string;
  position: number;
}

export interface BudgetLinesTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  label: string | null;
  amount_cents: number;
  currency: string;
  is_total: Bool;
}

export interface ContactsTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  role: string | null;
  organisation: string | null;
  person: string | null;
  job_title: string | null;
  /** Newline-separated telephone numbers. */
  phones: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
}

export interface LinksTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  kind: string;
  url: string;
  title: string | null;
  language: string | null;
  format: string | null;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string | null;
  role: string;
  disabled: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_login_at: Timestamp | null;
}

export interface SessionsTable {
  /** A hash of the cookie's token, never the token itself. */
  id: string;
  user_id: number;
  csrf_secret: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface RevisionsTable {
  id: Generated<number>;
  project_id: number;
  version: number;
  /** JSON of the whole project at this version. */
  snapshot: string;
  author_id: number | null;
  message: string | null;
  created_at: Timestamp;
  /** JSON of the revision's origin (RevisionOrigin); null before migration 0005. */
  origin: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: string | null;
  ip: string | null;
}

/** One failed log-in, counted per account and per address for rate limiting. */
export interface LoginFailuresTable {
  id: Generated<number>;
  scope: string;
  key: string;
  at: Timestamp;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** One import (an IATI upload of one or more files, or a spreadsheet): state, progress, report. */
export interface ImportRunsTable {
  id: Generated<number>;
  /** 'iati' or 'sheet'. */
  kind: string;
  /** The uploaded file's name; several IATI files' names joined with ", ". */
  file_name: string;
  /** Bytes uploaded (all files). */
  file_size: number;
  /** 'queued', 'running', 'done' or 'failed'. */
  state: string;
  files_total: Generated<number>;
  files_done: Generated<number>;
  /** Activities (IATI) or rows (sheet) processed so far. */
  records_done: Generated<number>;
  bytes_read: Generated<number>;
  /** JSON of the import's options. */
  options: string | null;
  /** JSON of the finished run's report. */
  report: string | null;
  /** The uploaded spreadsheet, kept between preview and import, then cleared. */
  upload: Uint8Array | null;
  actor_id: number | null;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  /** Written while the run's process works on it; a stale one means that process is gone. */
  heartbeat_at: Timestamp;
}

/**
 * One row per change to a searchable project (0: a vocabulary changed), appended in the
 * writer's transaction; each web process's in-memory filter index catches up from the last id
 * it read. The full-text tables (`project_search` / FTS5) differ by dialect and are reached
 * through `src/search/` only, so they are not typed here.
 */
export interface SearchChangesTable {
  id: Generated<number>;
  project_id: number;
}

export interface Database {
  organisations: OrganisationsTable;
  organisation_translations: OrganisationTranslationsTable;
  project_types: ProjectTypesTable;
  project_type_translations: ProjectTypeTranslationsTable;
  project_type_sectors: ProjectTypeSectorsTable;
  projects: ProjectsTable;
  project_translations: ProjectTranslationsTable;
  project_countries: ProjectCountriesTable;
  project_regions: ProjectRegionsTable;
  project_beneficiary_countries: ProjectBeneficiaryCountriesTable;
  project_project_types: ProjectProjectTypesTable;
  project_sectors: ProjectSectorsTable;
  project_organisations: ProjectOrganisationsTable;
  budget_lines: BudgetLinesTable;
  contacts: ContactsTable;
  links: LinksTable;
  users: UsersTable;
  sessions: SessionsTable;
  revisions: RevisionsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  login_failures: LoginFailuresTable;
  import_runs: ImportRunsTable;
  search_changes: SearchChangesTable;
}
