import type { Kysely } from 'kysely';
import type { MigrationDialect } from './migration-dialect.ts';

// Frozen: never edit after it has landed; add a new migration instead.
// Failed log-ins are rows, not counters in memory, so every web process sees the same limits.
export async function up(db: Kysely<any>, d: MigrationDialect): Promise<void> {
  await d
    .addIdColumn(db.schema.createTable('login_failures'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('login_failures_key_idx')
    .on('login_failures')
    .columns(['scope', 'key', 'at'])
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute();
  await db.schema
    .createIndex('audit_log_action_idx')
    .on('audit_log')
    .columns(['action', 'at'])
    .execute();
  await db.schema
    .createIndex('projects_created_by_idx')
    .on('projects')
    .column('created_by')
    .execute();
}
