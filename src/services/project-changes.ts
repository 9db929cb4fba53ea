import type { Db } from '../db/database.ts';
import type { SearchableProject } from '../search/documents.ts';
import { indexProjects, indexProjectsInHand, recordChanges } from '../search/indexer.ts';

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
  changes: {
    published: readonly SearchableProject[];
    removed: readonly number[];
    fresh?: boolean;
    /** Collects the ids for `announceProjectChanges` instead of announcing them now. */
    announceLater?: number[];
  },
): Promise<void> {
  await indexProjectsInHand(
    db,
    changes.published,
    changes.removed,
    changes.fresh,
    changes.announceLater,
  );
}

/**
 * Tells the other processes about changes collected by `projectsChangedInHand`: a long writer
 * (an import's one transaction per file) calls it last, just before its commit. On PostgreSQL
 * the change ids are numbered when inserted but seen at commit, and the processes look back
 * only so far below the last id they saw; ids taken at the start of a long import could fall
 * out of that window before it commits.
 */
export async function announceProjectChanges(db: Db, ids: readonly number[]): Promise<void> {
  await recordChanges(db, ids);
}
