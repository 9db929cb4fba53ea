import { type Kysely, PostgresAdapter, SqliteAdapter } from 'kysely';
import type { Db } from '../db/database.ts';
import type { FullTextIndex } from './full-text.ts';
import { postgresFullText } from './postgres-fts.ts';
import { sqliteFullText } from './sqlite-fts5.ts';

/** The one place that picks the full-text index for a database: by its dialect's name. */
export function fullTextFor(db: Db, dialect: 'sqlite' | 'postgres'): FullTextIndex {
  return dialect === 'sqlite' ? sqliteFullText(db) : postgresFullText(db);
}

/**
 * The dialect of a Kysely instance or transaction, for callers that hold only `db` (writers
 * inside a transaction); Kysely's adapter says which SQL it speaks.
 */
export function dialectOfDb(db: Kysely<any>): 'sqlite' | 'postgres' {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  if (adapter instanceof PostgresAdapter) return 'postgres';
  throw new Error('search: unsupported database adapter');
}
