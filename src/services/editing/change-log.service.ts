import type { Db } from '../../db/database.ts';
import { latestRevisions } from '../../db/revisions.repository.ts';
import { changedFields, type DiffField } from '../../domain/editing/diff.ts';

/** One public change: when a published project changed, and which fields (no contents). */
export interface ChangeLogEntry {
  at: string;
  fields: DiffField[];
}

/**
 * The public change log of a project: changes made while it was published, newest first. Work
 * on drafts, who made a change and why stay private.
 */
export async function publicChangeLog(
  db: Db,
  projectId: number,
  limit = 5,
): Promise<ChangeLogEntry[]> {
  const revisions = await latestRevisions(db, projectId, 50);
  const entries: ChangeLogEntry[] = [];
  for (let i = 0; i + 1 < revisions.length && entries.length < limit; i++) {
    const after = revisions[i]!.snapshot;
    const before = revisions[i + 1]!.snapshot;
    if (after.state !== 'published' || before.state !== 'published') continue;
    const fields = changedFields(before, after).filter((f) => f !== 'state');
    if (fields.length > 0) entries.push({ at: revisions[i]!.createdAt, fields });
  }
  return entries;
}
