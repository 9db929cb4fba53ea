import type { Kysely } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen: never edit after it has landed; add a new migration instead.
// Booleans are integers 0/1 in both databases: better-sqlite3 cannot bind JavaScript booleans.
export async function up(db: Kysely<any>, d: MigrationDialect): Promise<void> {
  await d
    .addIdColumn(db.schema.createTable('organisations'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acronym', 'text')
    .addColumn('iati_identifier', 'text', (c) => c.unique())
    .addColumn('iati_type', 'text')
    .addColumn('website', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('organisation_translations')
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('acronym', 'text')
    .addPrimaryKeyConstraint('organisation_translations_pk', ['organisation_id', 'language'])
    .execute();

  await d
    .addIdColumn(db.schema.createTable('project_types'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('project_type_translations')
    .addColumn('project_type_id', 'integer', (c) =>
      c.notNull().references('project_types.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_type_translations_pk', ['project_type_id', 'language'])
    .execute();

  await db.schema
    .createTable('project_type_sectors')
    .addColumn('project_type_id', 'integer', (c) =>
      c.notNull().references('project_types.id').onDelete('cascade'),
    )
    .addColumn('dac_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_type_sectors_pk', ['project_type_id', 'dac_code'])
    .execute();

  await d
    .addIdColumn(db.schema.createTable('users'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text')
    .execute();

  await d
    .addIdColumn(db.schema.createTable('projects'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('description', 'text')
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('starts_on', 'text')
    .addColumn('ends_on', 'text')
    .addColumn('period_note', 'text')
    .addColumn('budget_text', 'text')
    .addColumn('beneficiary', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('iati_identifier', 'text', (c) => c.unique())
    .addColumn('source_file', 'text')
    .addColumn('imported_at', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('deleted_at', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('projects_state_updated_idx')
    .on('projects')
    .columns(['state', 'updated_at'])
    .execute();
  await db.schema
    .createIndex('projects_starts_on_idx')
    .on('projects')
    .column('starts_on')
    .execute();
  await db.schema.createIndex('projects_ends_on_idx').on('projects').column('ends_on').execute();

  await db.schema
    .createTable('project_translations')
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('description', 'text')
    .addColumn('budget_text', 'text')
    .addColumn('beneficiary', 'text')
    .addColumn('period_note', 'text')
    .addPrimaryKeyConstraint('project_translations_pk', ['project_id', 'language'])
    .execute();

  const codeLinks: [table: string, column: string][] = [
    ['project_countries', 'country_code'],
    ['project_regions', 'region_code'],
  ];
  for (const [table, column] of codeLinks) {
    await db.schema
      .createTable(table)
      .addColumn('project_id', 'integer', (c) =>
        c.notNull().references('projects.id').onDelete('cascade'),
      )
      .addColumn(column, 'text', (c) => c.notNull())
      .addColumn('percentage', 'real')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['project_id', column])
      .execute();
    await db.schema
      .createIndex(`${table}_code_idx`)
      .on(table)
      .columns([column, 'project_id'])
      .execute();
  }

  await db.schema
    .createTable('project_beneficiary_countries')
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('country_code', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_beneficiary_countries_pk', ['project_id', 'country_code'])
    .execute();

  await db.schema
    .createTable('project_project_types')
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('project_type_id', 'integer', (c) =>
      c.notNull().references('project_types.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_project_types_pk', ['project_id', 'project_type_id'])
    .execute();
  await db.schema
    .createIndex('project_project_types_type_idx')
    .on('project_project_types')
    .columns(['project_type_id', 'project_id'])
    .execute();

  await db.schema
    .createTable('project_sectors')
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('vocabulary', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('percentage', 'real')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_sectors_pk', ['project_id', 'vocabulary', 'code'])
    .execute();

  await db.schema
    .createTable('project_organisations')
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('organisation_id', 'integer', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('project_organisations_pk', ['project_id', 'organisation_id', 'role'])
    .execute();
  await db.schema
    .createIndex('project_organisations_org_idx')
    .on('project_organisations')
    .columns(['organisation_id', 'role', 'project_id'])
    .execute();

  await d
    .addIdColumn(db.schema.createTable('budget_lines'))
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('amount_cents', d.bigintType, (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('is_total', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('budget_lines_project_idx')
    .on('budget_lines')
    .column('project_id')
    .execute();

  await d
    .addIdColumn(db.schema.createTable('contacts'))
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('organisation', 'text')
    .addColumn('person', 'text')
    .addColumn('job_title', 'text')
    .addColumn('phones', 'text')
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('website', 'text')
    .execute();
  await db.schema.createIndex('contacts_project_idx').on('contacts').column('project_id').execute();

  await d
    .addIdColumn(db.schema.createTable('links'))
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('language', 'text')
    .addColumn('format', 'text')
    .execute();
  await db.schema.createIndex('links_project_idx').on('links').column('project_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_secret', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();

  await d
    .addIdColumn(db.schema.createTable('revisions'))
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('revisions_project_version_uq', ['project_id', 'version'])
    .execute();

  await d
    .addIdColumn(db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('details', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
