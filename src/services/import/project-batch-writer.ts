import { insertMany } from '../../db/bulk-insert.ts';
import type { Db } from '../../db/database.ts';
import {
  addChildRows,
  deleteChildRows,
  emptyChildRows,
  insertChildRows,
  projectRow,
} from '../../db/project-write.repository.ts';
import type { ProjectInput } from '../../domain/projects/project.ts';
import type { TextStems } from '../../search/documents.ts';

// Many projects per statement: the importer's speed comes from here (see db/bulk-insert.ts).
// The child rows themselves are saveProject's (addChildRows), for a whole batch at once.

/** A project ready to be written: every organisation and type already has its id. */
export interface ResolvedProject {
  input: ProjectInput;
  organisationIds: number[];
  /** `organisationSearchNames` of each organisation (parallel to `organisationIds`). */
  organisationNames: string[][];
  typeIds: number[];
  /** The stems of the project's own texts, when the reader computed them. */
  textStems: TextStems | null;
}

/** Inserts new projects, many per statement; returns their ids in the order given. */
export async function insertProjects(
  db: Db,
  projects: ResolvedProject[],
  now: string,
): Promise<number[]> {
  const ids = new Map<string, number>();
  const rows = projects.map(({ input }) => ({
    ...projectRow(input, now, null),
    version: 1,
    created_at: now,
    created_by: null,
    published_at: input.state === 'published' ? now : null,
  }));
  const inserted = await insertMany<{ id: number; slug: string }>(db, 'projects', rows, [
    'id',
    'slug',
  ]);
  for (const row of inserted) ids.set(row.slug, row.id);
  return projects.map(({ input }) => ids.get(input.slug)!);
}

/** The stored facts an update needs about a project that already exists. */
export interface ExistingProject {
  id: number;
  version: number;
  publishedAt: string | null;
}

/** Replaces the columns of existing projects (one statement each) and bumps their versions. */
export async function updateProjects(
  db: Db,
  updates: { existing: ExistingProject; project: ResolvedProject }[],
  now: string,
) {
  for (const { existing, project } of updates) {
    const published = project.input.state === 'published' ? (existing.publishedAt ?? now) : null;
    await db
      .updateTable('projects')
      .set({
        ...projectRow(project.input, now, null),
        version: existing.version + 1,
        published_at: published,
        deleted_at: null,
      })
      .where('id', '=', existing.id)
      .execute();
  }
  await deleteChildRows(
    db,
    updates.map((u) => u.existing.id),
  );
}

/** Writes every child row (countries, organisations, budget lines, …) of the given projects. */
export async function insertChildren(db: Db, projects: { id: number; project: ResolvedProject }[]) {
  const rows = emptyChildRows();
  for (const { id, project } of projects) {
    addChildRows(rows, id, project.input, project.organisationIds, project.typeIds);
  }
  await insertChildRows(db, rows);
}
