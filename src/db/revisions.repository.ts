import { parseRevisionOrigin, type RevisionOrigin } from '../domain/editing/revision-origin.ts';
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
  origin: RevisionOrigin | null;
}

/** A revision with the whole project as it was. */
export interface Revision extends RevisionSummary {
  snapshot: Project;
}

/** What a revision records: the whole project, who, why, when and through which path. */
export interface RevisionInput {
  project: Project;
  authorId: number | null;
  message: string | null;
  at: string;
  origin: RevisionOrigin;
}

const revisionRow = (r: RevisionInput) => ({
  project_id: r.project.id,
  version: r.project.version,
  snapshot: JSON.stringify(r.project),
  author_id: r.authorId,
  message: r.message,
  created_at: r.at,
  origin: JSON.stringify(r.origin),
});

/** Stores the snapshot of a project at one version. */
export async function insertRevision(db: Db, r: RevisionInput): Promise<void> {
  await db.insertInto('revisions').values(revisionRow(r)).execute();
}

/** Stores many snapshots at once (an import batch), in chunks the databases accept. */
export async function insertRevisions(db: Db, rows: RevisionInput[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto('revisions')
      .values(rows.slice(i, i + 100).map(revisionRow))
      .execute();
  }
}

/** The newest revision of each project, without snapshots: who or what last wrote it. */
export async function newestRevisionOrigins(
  db: Db,
  projectIds: number[],
): Promise<Map<number, { version: number; origin: RevisionOrigin | null }>> {
  const out = new Map<number, { version: number; origin: RevisionOrigin | null }>();
  for (let i = 0; i < projectIds.length; i += 500) {
    const rows = await db
      .selectFrom('revisions')
      .select(['project_id', 'version', 'origin'])
      .where('project_id', 'in', projectIds.slice(i, i + 500))
      .orderBy('project_id')
      .orderBy('version', 'desc')
      .execute();
    for (const r of rows)
      if (!out.has(r.project_id))
        out.set(r.project_id, { version: r.version, origin: parseRevisionOrigin(r.origin) });
  }
  return out;
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
      'r.origin',
    ]);

type SummaryRow = {
  id: number;
  project_id: number;
  version: number;
  author_id: number | null;
  author_name: string | null;
  message: string | null;
  created_at: string;
  origin: string | null;
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
    origin: parseRevisionOrigin(r.origin),
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

/** Which of these projects' versions already have a revision, as `id:version` keys. */
export async function keptVersions(
  db: Db,
  projects: readonly { id: number; version: number }[],
): Promise<Set<string>> {
  const out = new Set<string>();
  const ids = [...new Set(projects.map((p) => p.id))];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('revisions')
      .select(['project_id', 'version'])
      .where('project_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(`${r.project_id}:${r.version}`);
  }
  return out;
}
