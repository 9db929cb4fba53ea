import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { testPostgresUrl } from '../../src/config.ts';
import { type DatabaseHandle, openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export type DialectName = 'sqlite' | 'postgres';

/** The dialects this run tests: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DIALECTS: DialectName[] = testPostgresUrl() ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated, empty database of the given dialect: a temporary SQLite file, or a new
 * PostgreSQL database created on the TEST_DATABASE_URL server. Fails loudly when unreachable.
 * `migrateUpTo` stops at that migration (to test the data migration after it).
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: { migrateUpTo?: string } = {},
): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'projectory-test-'));
    const handle = await openDatabase({ kind: 'sqlite', filename: join(dir, 'test.db') });
    await migrateToLatest(handle, options.migrateUpTo);
    return {
      ...handle,
      drop: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = testPostgresUrl();
  if (!adminUrl)
    throw new Error('TEST_DATABASE_URL is not set, yet a PostgreSQL test was asked for');
  const name = `projectory_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', connectionString: url.toString() });
  await migrateToLatest(handle, options.migrateUpTo);
  return {
    ...handle,
    drop: async () => {
      await handle.close();
      await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
