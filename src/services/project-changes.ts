import type { Db } from '../db/database.ts';
import type { SearchableProject } from '../search/documents.ts';
import { indexProjects, indexProjectsInHand } from '../search/indexer.ts';

export type { SearchableProject } from '../search/documents.ts';

/**
 * Tells the derived stores (the search index) that these projects were created, changed or
 * deleted. Every writer of projects calls it inside its transaction, after the write; an empty
 * list means names of types or organisations changed, and the filters' labels are reloaded.
 */
export async function projectsChanged(db: Db, ids: readonly number[]): Promise<void> {
  await indexProjects(db, ids);
}

/**
 * `projectsChanged` for a writer that has what the index needs in hand (the IATI import):
 * `published` are the changed projects that are public, `removed` the changed ones that are not.
 * Same transaction rule; nothing is read back. `fresh`: all of them were just created.
 */
export async function projectsChangedInHand(
  db: Db,
  changes: { published: readonly SearchableProject[]; removed: readonly number[]; fresh?: boolean },
): Promise<void> {
  await indexProjectsInHand(db, changes.published, changes.removed, changes.fresh);
}
