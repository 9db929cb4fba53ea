import type { Db } from '../db/database.ts';
import { buildSearchDocuments } from './documents.ts';
import { dialectOfDb, fullTextFor } from './engine-factory.ts';

const BATCH = 500;

/**
 * Brings the search index up to date for these projects after they were saved, published,
 * unpublished or deleted: rewrites their full-text documents and records the change so every
 * web process's filter index catches up. Call it after the save, in or after its transaction.
 */
export async function indexProjects(db: Db, ids: readonly number[]): Promise<void> {
  const fullText = fullTextFor(db, dialectOfDb(db));
  const unique = [...new Set(ids)];
  // No ids: a vocabulary changed; id 0 (no project) makes every process reload its labels.
  if (unique.length === 0) {
    await db
      .insertInto('search_changes' as any)
      .values({ project_id: 0 })
      .execute();
    return;
  }
  for (let i = 0; i < unique.length; i += BATCH) {
    const chunk = unique.slice(i, i + BATCH);
    const { documents, absent } = await buildSearchDocuments(db, chunk);
    await fullText.write(db, documents, absent);
    await db
      .insertInto('search_changes' as any)
      .values(chunk.map((project_id) => ({ project_id })))
      .execute();
  }
}

/** Rebuilds the search index for every project (after a bulk load or a restore). */
export async function indexAllProjects(db: Db): Promise<number> {
  let last = 0;
  let count = 0;
  for (;;) {
    const rows = await db
      .selectFrom('projects')
      .select('id')
      .where('id', '>', last)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (rows.length === 0) return count;
    await indexProjects(
      db,
      rows.map((r) => r.id),
    );
    last = rows[rows.length - 1]!.id;
    count += rows.length;
  }
}

/**
 * Builds the search index once when the database has projects but no search changes at all:
 * data loaded before the search module existed, or by a loader that did not call
 * `projectsChanged`. Safe to run in several processes at once (every write is an upsert).
 */
export async function ensureSearchIndex(db: Db): Promise<void> {
  const change = await db
    .selectFrom('search_changes' as any)
    .select('id')
    .limit(1)
    .executeTakeFirst();
  if (change) return;
  const project = await db.selectFrom('projects').select('id').limit(1).executeTakeFirst();
  if (project) await indexAllProjects(db);
  else
    await db
      .insertInto('search_changes' as any)
      .values({ project_id: 0 })
      .execute();
}
