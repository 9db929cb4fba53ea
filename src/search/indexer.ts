import { insertMany } from '../db/bulk-insert.ts';
import type { Db } from '../db/database.ts';
import { buildSearchDocuments, type SearchableProject, searchDocumentOf } from './documents.ts';
import { dialectOfDb, fullTextFor } from './engine-factory.ts';

const BATCH = 500;

/** Appends the ids to `search_changes`, so every web process's filter index catches up. */
export async function recordChanges(db: Db, ids: readonly number[]) {
  for (let i = 0; i < ids.length; i += 10_000) {
    await insertMany(
      db,
      'search_changes',
      ids.slice(i, i + 10_000).map((project_id) => ({ project_id })),
    );
  }
}

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
    await recordChanges(db, [0]);
    return;
  }
  for (let i = 0; i < unique.length; i += BATCH) {
    const chunk = unique.slice(i, i + BATCH);
    const { documents, absent } = await buildSearchDocuments(db, chunk);
    await fullText.write(db, documents, absent);
    await recordChanges(db, chunk);
  }
}

/**
 * The same as `indexProjects` for a writer that has the projects' searchable data in hand (an
 * import): `published` are indexed from it, `removed` (not published, or deleted) leave the
 * index, and nothing is read back from the database. `fresh` says none of them were indexed
 * before (just created), so there is nothing to replace.
 */
export async function indexProjectsInHand(
  db: Db,
  published: readonly SearchableProject[],
  removed: readonly number[],
  fresh = false,
  /** When given, the changed ids are added here for the writer to record at its end. */
  changed?: number[],
): Promise<void> {
  if (published.length === 0 && removed.length === 0) return;
  const fullText = fullTextFor(db, dialectOfDb(db));
  const documents = published.map(searchDocumentOf);
  await fullText.write(db, documents, [...removed], { fresh });
  const ids = [...published.map((p) => p.id), ...removed];
  if (changed) changed.push(...ids);
  else await recordChanges(db, ids);
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
  const change = await db.selectFrom('search_changes').select('id').limit(1).executeTakeFirst();
  if (change) return;
  const project = await db.selectFrom('projects').select('id').limit(1).executeTakeFirst();
  if (project) await indexAllProjects(db);
  else await recordChanges(db, [0]);
}
