import type { Db } from '../db/database.ts';

/**
 * Tells the derived stores (the search index) that these projects were created, changed or
 * deleted. Every writer of projects calls it inside its transaction, after the write.
 */
export async function projectsChanged(_db: Db, _ids: readonly number[]): Promise<void> {
  // Filled in by the search module (it refreshes its index here).
}
