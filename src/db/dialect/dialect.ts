import type { Kysely } from 'kysely';
import type { MigrationDialect } from '../migrations/migration-dialect.ts';
import type { Database } from '../schema.ts';

/** Everything that differs between the databases, answered once per dialect. */
export interface DatabaseDialect {
  readonly name: 'sqlite' | 'postgres';
  readonly migration: MigrationDialect;
  /** Builds the Kysely instance; does not yet prove the server is reachable. */
  createKysely(): Kysely<Database>;
  /** Fails with a readable reason when the database cannot be used. */
  checkConnection(db: Kysely<Database>): Promise<void>;
  /**
   * Settings for a long bulk write on this connection (the command-line import), memory before
   * speed: the process may have nothing else to do, but it must stay small.
   */
  prepareForBulkWrites(db: Kysely<Database>): Promise<void>;
  /** Case-insensitive LIKE operator. */
  readonly ilike: 'like' | 'ilike';
}
