import { type Kysely, sql } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen: never edit after it has landed; add a new migration instead.
// The full-text index holds tokens stemmed by the application (English and Russian), so both
// databases store plain tokens: FTS5 with the unicode61 tokenizer, a tsvector with 'simple'.
export async function up(db: Kysely<any>, d: MigrationDialect): Promise<void> {
  if (d.name === 'sqlite') {
    // Contentless: the stemmed text is never read back, and deletes stay possible.
    await sql`create virtual table project_search using fts5(
      title, body,
      content = '', contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 0',
      prefix = '2 3'
    )`.execute(db);
  } else {
    await db.schema
      .createTable('project_search')
      .addColumn('project_id', 'integer', (c) =>
        c.primaryKey().references('projects.id').onDelete('cascade'),
      )
      .addColumn('tsv', sql`tsvector`, (c) => c.notNull())
      .execute();
    // Small heap rows (the tsvector moves to TOAST) keep the visits of many GIN hits cheap.
    await sql`alter table project_search set (toast_tuple_target = 128)`.execute(db);
    await sql`create index project_search_tsv_idx on project_search using gin (tsv)`.execute(db);
  }
  // Every change to a searchable project appends its id here; each web process's in-memory
  // filter index compares the last id with the one it has read, and catches up.
  await d
    .addIdColumn(db.schema.createTable('search_changes'))
    .addColumn('project_id', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('search_changes').execute();
  await db.schema.dropTable('project_search').execute();
}
