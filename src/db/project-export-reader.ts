import { PostgresAdapter, SqliteAdapter } from 'kysely';
import type { Project } from '../domain/projects/project.ts';
import type { Db } from './database.ts';
import { postgresPoolOf } from './dialect/postgres.ts';
import type { RowSource } from './export-reader/export-rows.ts';
import { keysetRowSource } from './export-reader/keyset-chunks.ts';
import { postgresCopyRowSource } from './export-reader/postgres-copy-chunks.ts';
import { projectsOfChunk, Vocabularies } from './export-reader/project-records.ts';
import { sqliteFileOf, sqliteSnapshotRowSource } from './export-reader/sqlite-snapshot-chunks.ts';

/**
 * Where the rows come from: on a SQLite file, its own read-only connection iterating each table
 * once (raw better-sqlite3 statements cannot go through Kysely's driver); on PostgreSQL, keyset
 * chunks read with binary COPY on the pool's own clients (Kysely cannot run COPY); otherwise (an
 * in-memory SQLite database, or a Kysely instance the dialect did not build) plain keyset chunks.
 * The one place the reader asks which database runs: the export is the one reader whose speed
 * depends on how rows cross from the driver.
 */
export async function exportRowSource(db: Db): Promise<RowSource> {
  const { adapter } = db.getExecutor();
  if (adapter instanceof SqliteAdapter) {
    const file = await sqliteFileOf(db);
    if (file && openSnapshots < MAX_SNAPSHOTS) return counted(sqliteSnapshotRowSource(file));
  }
  if (adapter instanceof PostgresAdapter) {
    const pool = postgresPoolOf(db);
    if (pool) return postgresCopyRowSource(db, pool);
  }
  return keysetRowSource(db);
}

// A snapshot export holds a read transaction for as long as its client downloads, and while it
// does SQLite cannot check the WAL back into the database file, which grows with every write.
// So only a few run at once (and with them 16 MB of page cache each); further exports read
// keyset chunks, which hold nothing between chunks.
const MAX_SNAPSHOTS = 2;
let openSnapshots = 0;

function counted(source: RowSource): RowSource {
  openSnapshots++;
  let open = true;
  return {
    chunkSize: source.chunkSize,
    chunks: (chunkSize) => source.chunks(chunkSize),
    vocabularies: (ids) => source.vocabularies(ids),
    async close() {
      if (open) {
        open = false;
        openSnapshots--;
      }
      await source.close();
    },
  };
}

/** Snapshot exports running now (for tests). */
export function openSnapshotExports(): number {
  return openSnapshots;
}

/** The published, undeleted projects the row source gives, chunk by chunk, in id order. */
export async function* publishedProjectChunksOf(
  source: RowSource,
  chunkSize = source.chunkSize,
): AsyncGenerator<Project[]> {
  try {
    const vocab = new Vocabularies(source);
    await vocab.load();
    for await (const chunk of source.chunks(chunkSize)) {
      await vocab.complete(chunk);
      yield projectsOfChunk(chunk, vocab);
    }
  } finally {
    await source.close();
  }
}

/**
 * Every published, undeleted project in id order, as the same records `loadProjects` builds
 * (translations by language), a chunk at a time: each table is read once per chunk (or once in
 * all, on SQLite) and the child rows are merged by id, instead of looking every project up by
 * id. Chunks may be empty when a range holds only unpublished projects.
 */
export async function* readPublishedProjectChunks(
  db: Db,
  chunkSize?: number,
): AsyncGenerator<Project[]> {
  yield* publishedProjectChunksOf(await exportRowSource(db), chunkSize);
}
