import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../../db/database.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import type { Project } from '../../domain/projects/project.ts';

/** Where an export's projects come from: ids in the order to write them, a batch at a time. */
export type IdBatches = AsyncIterable<readonly number[]>;

export const EXPORT_BATCH_SIZE = 500;

/**
 * Ids of every published, undeleted project in id order, read with keyset pagination (id >
 * last seen) so each batch costs the same however deep the export is.
 */
export async function* publishedIdBatches(
  db: Db,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<number[]> {
  let after = 0;
  for (;;) {
    // The state is tested here rather than in SQL: with it in the WHERE clause SQLite walks the
    // (state, updated_at) index and sorts every published row for each batch, O(n²) in all.
    // On the primary key alone each batch reads only its own rows.
    const rows = await db
      .selectFrom('projects')
      .select(['id', 'state', 'deleted_at'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    const ids = rows
      .filter((r) => r.state === 'published' && r.deleted_at === null)
      .map((r) => r.id);
    if (ids.length > 0) yield ids;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Whole projects for each batch of ids, in the ids' order. The next batch is read while the
 * current one is being written; `beforeBatch` runs just before a batch's first project is
 * handed out (the IATI export loads the batch's organisation identifiers there).
 */
export async function* projectsOf(
  db: Db,
  batches: IdBatches,
  beforeBatch?: (projects: readonly Project[]) => Promise<void>,
): AsyncGenerator<Project> {
  const ids = batches[Symbol.asyncIterator]();
  const load = async (): Promise<Project[] | null> => {
    // SQLite answers synchronously: without a turn of the event loop first, the header that
    // the writer has just written could not leave before the first batch is read, and other
    // requests would wait for the whole export.
    await nextTurn();
    const next = await ids.next();
    return next.done ? null : loadProjects(db, next.value);
  };
  let pending = load();
  // A batch read ahead may fail after the consumer has stopped; that must not go unhandled.
  pending.catch(() => {});
  try {
    for (;;) {
      const batch = await pending;
      if (!batch) return;
      pending = load();
      pending.catch(() => {});
      if (beforeBatch) await beforeBatch(batch);
      yield* batch;
    }
  } finally {
    await ids.return?.();
  }
}
