import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';
import type { DatabaseDialect } from './dialect.ts';

// int8 (counts, sums, cents) as JavaScript numbers: our amounts stay below 2^53 (see budget.ts).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

// The pool under each Kysely instance made here, for the one reader Kysely cannot serve.
const pools = new WeakMap<object, pg.Pool>();

/**
 * The connection pool of a Kysely instance this dialect built, or undefined for any other
 * instance (SQLite, a transaction): the export reads with COPY, which Kysely cannot run.
 */
export function postgresPoolOf(db: object): pg.Pool | undefined {
  return pools.get(db);
}

/** PostgreSQL through a connection pool; the process keeps no other state. */
export function postgresDialect(connectionString: string): DatabaseDialect {
  return {
    name: 'postgres',
    ilike: 'ilike',
    migration: {
      name: 'postgres',
      bigintType: 'bigint',
      addIdColumn: (t) =>
        t.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity()),
    },
    createKysely() {
      const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5000 });
      // An idle client's error (server restart) must not crash the process.
      pool.on('error', () => {});
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
      pools.set(db, pool);
      return db;
    },
    async checkConnection(db) {
      await sql`select 1`.execute(db);
    },
    async prepareForBulkWrites() {
      // Nothing: the server's memory is its own configuration's business.
    },
  };
}
