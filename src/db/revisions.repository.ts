import type { Project } from '../domain/projects/project.ts';
import type { Db } from './database.ts';

/** A saved version of a project, without its snapshot. */
export interface RevisionSummary {
  id: number;
  projectId: number;
  version: number;
  authorId: number | null;
  authorName: string | null;
  message: string | null;
  createdAt: string;
}

/** A revision with the whole project as it was. */
export interface Revision extends RevisionSummary {
  snapshot: Project;
}

/** Stores the snapshot of a project at one version. */
export async function insertRevision(
  db: Db,
  r: { project: Project; authorId: number | null; message: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('revisions')
    .values({
      project_id: r.project.id,
      version: r.project.version,
      snapshot: JSON.stringify(r.project),
      author_id: r.authorId,
      message: r.message,
      created_at: r.at,
    })
    .execute();
}

const base = (db: Db) =>
  db
    .selectFrom('revisions as r')
    .leftJoin('users as u', 'u.id', 'r.author_id')
    .select([
      'r.id',
      'r.project_id',
      'r.version',
      'r.author_id',
      'u.name as author_name',
      'r.message',
      'r.created_at',
    ]);

type SummaryRow = {
  id: number;
  project_id: number;
  version: number;
  author_id: number | null;
  author_name: string | null;
  message: string | null;
  created_at: string;
};

function rowToSummary(r: SummaryRow): RevisionSummary {
  return {
    id: r.id,
    projectId: r.project_id,
    version: r.version,
    authorId: r.author_id,
    authorName: r.author_name,
    message: r.message,
    createdAt: r.created_at,
  };
}

/** A project's revisions, newest first. */
export async function listRevisions(db: Db, projectId: number): Promise<RevisionSummary[]> {
  const rows = await base(db)
    .where('r.project_id', '=', projectId)
    .orderBy('r.version', 'desc')
    .execute();
  return rows.map(rowToSummary);
}

/** The revisions of a project at these versions, with snapshots. */
export async function findRevisions(
  db: Db,
  projectId: number,
  versions: number[],
): Promise<Revision[]> {
  if (versions.length === 0) return [];
  const rows = await base(db)
    .select('r.snapshot')
    .where('r.project_id', '=', projectId)
    .where('r.version', 'in', versions)
    .orderBy('r.version')
    .execute();
  return rows.map((r) => ({ ...rowToSummary(r), snapshot: JSON.parse(r.snapshot) as Project }));
}

/** The newest revisions of a project with their snapshots, newest first. */
export async function latestRevisions(
  db: Db,
  projectId: number,
  limit: number,
): Promise<Revision[]> {
  const rows = await base(db)
    .select('r.snapshot')
    .where('r.project_id', '=', projectId)
    .orderBy('r.version', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...rowToSummary(r), snapshot: JSON.parse(r.snapshot) as Project }));
}
