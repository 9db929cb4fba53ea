import type { Kysely } from 'kysely';
import { ConfigError, type DatabaseConfig } from '../config.ts';
import type { DatabaseDialect } from './dialect/dialect.ts';
import { postgresDialect } from './dialect/postgres.ts';
import { sqliteDialect } from './dialect/sqlite.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

/** An open database and the dialect that answers its differences. */
export interface DatabaseHandle {
  db: Db;
  dialect: DatabaseDialect;
  close(): Promise<void>;
}

/** Chooses the dialect for the configuration. */
export function dialectFor(config: DatabaseConfig): DatabaseDialect {
  return config.kind === 'sqlite'
    ? sqliteDialect(config.filename)
    : postgresDialect(config.connectionString);
}

/** Opens the database and proves it answers; a failure names DATABASE_URL and the reason. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  const dialect = dialectFor(config);
  let db: Db;
  try {
    db = dialect.createKysely();
  } catch (error) {
    throw new ConfigError('DATABASE_URL', `cannot open the database: ${(error as Error).message}`);
  }
  try {
    await dialect.checkConnection(db);
  } catch (error) {
    await db.destroy().catch(() => {});
    const reason = (error as Error).message || (error as { code?: string }).code || String(error);
    throw new ConfigError('DATABASE_URL', `cannot reach the ${dialect.name} database: ${reason}`);
  }
  return { db, dialect, close: () => db.destroy() };
}
