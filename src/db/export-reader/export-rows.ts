/**
 * The rows the export reads, as tuples in the order of these column lists: every row source
 * (`keyset-chunks.ts`, `sqlite-snapshot-chunks.ts`, `postgres-copy-chunks.ts`) returns exactly
 * these columns in this order, and `project-records.ts` reads them by position. Tuples rather
 * than objects: on SQLite an object per row cost a third of the read time and most of the
 * garbage.
 */
export type Row = readonly unknown[];

export const PROJECT_COLUMNS = [
  'id',
  'slug',
  'language',
  'title',
  'summary',
  'description',
  'period_start',
  'period_end',
  'period_note',
  'budget_text',
  'beneficiary',
  'source',
  'iati_identifier',
  'source_file',
  'imported_at',
  'state',
  'version',
  'created_at',
  'updated_at',
  'published_at',
  'deleted_at',
] as const;

/** A table of rows belonging to a project: `project_id` is always the first column. */
export interface ChildTable {
  table: string;
  columns: readonly string[];
  /** The order within one project. */
  order: string;
}

const child = (table: string, columns: readonly string[], order = 'position'): ChildTable => ({
  table,
  columns: ['project_id', ...columns],
  order,
});

export const CHILD_TABLES = {
  // No position column: by language, the same on both databases.
  translations: child(
    'project_translations',
    ['language', 'title', 'summary', 'description', 'budget_text', 'beneficiary', 'period_note'],
    'language',
  ),
  countries: child('project_countries', ['country_code', 'percentage']),
  regions: child('project_regions', ['region_code', 'percentage']),
  beneficiaryCountries: child('project_beneficiary_countries', ['country_code']),
  types: child('project_project_types', ['project_type_id']),
  sectors: child('project_sectors', ['vocabulary', 'code', 'percentage']),
  organisations: child('project_organisations', ['organisation_id', 'role']),
  budgetLines: child('budget_lines', ['label', 'amount_cents', 'currency', 'is_total']),
  contacts: child('contacts', [
    'role',
    'organisation',
    'person',
    'job_title',
    'phones',
    'email',
    'address',
    'website',
  ]),
  links: child('links', ['kind', 'url', 'title', 'language', 'format']),
} as const;

export type ChildKind = keyof typeof CHILD_TABLES;
export const CHILD_KINDS = Object.keys(CHILD_TABLES) as ChildKind[];

/** One chunk: consecutive projects by id (any state) and every child row of their ids. */
export interface RowChunk {
  projects: Row[];
  children: Record<ChildKind, Row[]>;
}

/** Organisations and project types with their names in other languages. */
export interface VocabularyRows {
  /** id, slug, name, acronym */
  organisations: Row[];
  /** organisation_id, language, name, acronym */
  organisationNames: Row[];
  /** id, slug, name */
  types: Row[];
  /** project_type_id, language, name */
  typeNames: Row[];
}

/** Where an export's rows come from; `vocabularies(ids)` reads only those ids. */
export interface RowSource {
  /** Projects per chunk unless the caller asks otherwise. */
  readonly chunkSize: number;
  chunks(chunkSize: number): AsyncIterable<RowChunk>;
  vocabularies(ids?: { organisations: number[]; types: number[] }): Promise<VocabularyRows>;
  close(): Promise<void>;
}
