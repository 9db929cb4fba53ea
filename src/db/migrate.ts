import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DatabaseHandle } from './database.ts';
import * as initial from './migrations/2026-11-28-0001-initial.ts';
import * as search from './migrations/2026-11-28-0002-search.ts';
import * as editing from './migrations/2026-11-28-0003-editing.ts';
import * as importRuns from './migrations/2026-11-28-0004-import-runs.ts';
import * as revisionOrigin from './migrations/2026-12-07-0005-revision-origin.ts';
import * as platformTypes from './migrations/2026-12-07-0006-platform-project-types.ts';
import type { ProjectoryMigration } from './migrations/migration-dialect.ts';

// Listed by hand, not read from the folder, so a bundled or compiled build finds them too.
const MIGRATIONS: Record<string, ProjectoryMigration> = {
  '2026-11-28-0001-initial': initial,
  '2026-11-28-0002-search': search,
  '2026-11-28-0003-editing': editing,
  '2026-11-28-0004-import-runs': importRuns,
  '2026-12-07-0005-revision-origin': revisionOrigin,
  '2026-12-07-0006-platform-project-types': platformTypes,
};

/** The names of all migrations, in the order they run. */
export function migrationNames(): string[] {
  return Object.keys(MIGRATIONS).sort();
}

function provider(handle: DatabaseHandle): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) {
        out[name] = {
          up: (db) => m.up(db, handle.dialect.migration),
          down: m.down ? (db) => m.down!(db, handle.dialect.migration) : undefined,
        };
      }
      return out;
    },
  };
}

/**
 * Brings the schema to the latest migration (or up to and including `upTo`, to test a data
 * migration against the schema before it); throws with the failing migration's name.
 */
export async function migrateToLatest(handle: DatabaseHandle, upTo?: string): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider: provider(handle) });
  const { error, results } = upTo
    ? await migrator.migrateTo(upTo)
    : await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`migration failed${name}: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
