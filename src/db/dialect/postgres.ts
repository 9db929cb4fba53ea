import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema.ts';
import type { DatabaseDialect } from './dialect.ts';

// int8 (counts, sums, cents) as JavaScript numbers: our amounts stay below 2^53 (see budget.ts).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

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
      return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    },
    async checkConnection(db) {
      await sql`select 1`.execute(db);
    },
    async prepareForBulkWrites() {
      // Nothing: the server's memory is its own configuration's business.
    },
  };
}
