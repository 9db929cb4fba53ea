import type { CreateTableBuilder, Kysely } from 'kysely';

/**
 * What a migration may ask of the database beyond Kysely's portable schema builder. Each dialect
 * in `db/dialect/` answers it; migrations import nothing else from the application, so they
 * stay frozen in time. Change this interface only by adding to it.
 */
export interface MigrationDialect {
  /** Adds an auto-incrementing integer primary key column named `id`. */
  addIdColumn<T extends string>(table: CreateTableBuilder<T, any>): CreateTableBuilder<T, any>;
  /** Column type for whole amounts that may exceed 2^31 (money in cents). */
  readonly bigintType: 'integer' | 'bigint';
  /** Runs DDL that has no portable form (full-text indexes): one branch per dialect, here only. */
  readonly name: 'sqlite' | 'postgres';
}

/** A migration: `up` takes the database and the dialect's answers. */
export interface ProjectoryMigration {
  up(db: Kysely<any>, dialect: MigrationDialect): Promise<void>;
  down?(db: Kysely<any>, dialect: MigrationDialect): Promise<void>;
}
