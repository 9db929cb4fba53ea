import type { Db } from '../../db/database.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import { insertRevisions, keptVersions } from '../../db/revisions.repository.ts';
import type { RevisionOrigin } from '../../domain/editing/revision-origin.ts';
import type { Project } from '../../domain/projects/project.ts';

/**
 * The revisions an import leaves, in its own transaction: for each project it changed, the
 * version it replaced (when no revision holds it yet: written by an importer or the seed
 * before revisions had origins) and the version it wrote, so the history says where each came
 * from and can restore the one before the import.
 */
export async function recordImportRevisions(
  db: Db,
  written: { ids: readonly number[]; replaced: readonly Project[] },
  by: { actorId: number | null; at: string; origin: (project: Project) => RevisionOrigin },
): Promise<void> {
  if (written.ids.length === 0) return;
  const kept = await keptVersions(db, written.replaced);
  const baselines = written.replaced
    .filter((p) => !kept.has(`${p.id}:${p.version}`))
    .map((project) => ({
      project,
      authorId: null,
      message: null,
      at: project.updatedAt,
      origin: { kind: 'baseline' } as const,
    }));
  const now = await loadProjects(db, written.ids);
  await insertRevisions(db, [
    ...baselines,
    ...now.map((project) => ({
      project,
      authorId: by.actorId,
      message: null,
      at: by.at,
      origin: by.origin(project),
    })),
  ]);
}
