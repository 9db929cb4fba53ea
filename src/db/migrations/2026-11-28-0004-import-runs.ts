import type { Kysely } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen: never edit after it has landed; add a new migration instead.
// Import runs are rows, not objects in one process's memory, so every web process behind a
// load balancer can show a run's progress and report. An uploaded spreadsheet waits here
// (`upload`) between its preview and the editor's "import", whichever process serves each.
export async function up(db: Kysely<any>, d: MigrationDialect): Promise<void> {
  await d
    .addIdColumn(db.schema.createTable('import_runs'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_size', d.bigintType, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('files_total', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('files_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('records_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_read', d.bigintType, (c) => c.notNull().defaultTo(0))
    .addColumn('options', 'text')
    .addColumn('report', 'text')
    .addColumn('upload', d.name === 'postgres' ? 'bytea' : 'blob')
    .addColumn('actor_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('heartbeat_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('import_runs_created_idx')
    .on('import_runs')
    .column('created_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_runs').execute();
}
