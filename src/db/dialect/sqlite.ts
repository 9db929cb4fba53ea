import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from '../schema.ts';
import type { DatabaseDialect } from './dialect.ts';

/**
 * Kysely asks better-sqlite3 to prepare (parse and plan) every statement it runs; an import runs
 * the same few multi-row inserts thousands of times, and preparing a 256-row insert costs about
 * as much as running it. So the most recently used statements stay prepared. Safe because Kysely
 * runs one statement at a time on this single connection.
 */
function keepPreparedStatements(database: SQLite.Database, size: number) {
  const prepare = database.prepare.bind(database);
  const kept = new Map<string, SQLite.Statement>();
  database.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) kept.delete(source);
    else statement = prepare(source);
    kept.set(source, statement);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return statement;
  }) as typeof database.prepare;
}

/** The embedded database: one file, WAL mode, foreign keys on. */
export function sqliteDialect(filename: string): DatabaseDialect {
  return {
    name: 'sqlite',
    ilike: 'like',
    migration: {
      name: 'sqlite',
      bigintType: 'integer',
      addIdColumn: (t) => t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
    },
    createKysely() {
      if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
      const database = new SQLite(filename);
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
      database.pragma('foreign_keys = ON');
      database.pragma('busy_timeout = 5000');
      // 64 MB of page cache (the default is 2 MB): imports and facet loads touch large indexes.
      database.pragma('cache_size = -65536');
      keepPreparedStatements(database, 128);
      return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    },
    async checkConnection(db) {
      await sql`select 1`.execute(db);
    },
    async prepareForBulkWrites(db) {
      // An import's transaction fills any page cache; 64 MB of it is a quarter of the import's
      // memory budget (docs/PERFORMANCE.md, "Import"), and 8 MB measured no slower.
      await sql`pragma cache_size = -8192`.execute(db);
    },
  };
}
