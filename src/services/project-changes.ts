import type { Db } from '../db/database.ts';
import { indexProjects } from '../search/indexer.ts';

/**
 * Tells the derived stores (the search index) that these projects were created, changed or
 * deleted. Every writer of projects calls it inside its transaction, after the write; an empty
 * list means names of types or organisations changed, and the filters' labels are reloaded.
 */
export async function projectsChanged(db: Db, ids: readonly number[]): Promise<void> {
  await indexProjects(db, ids);
}
