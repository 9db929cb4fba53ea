import type { Db } from '../db/database.ts';
import {
  findProjectBySlug,
  isProjectDeleted,
  latestPublishedProjectIds,
  loadProjects,
  pagePublishedProjectIds,
  publishedCounts,
} from '../db/project-read.repository.ts';
import { listProjectTypes } from '../db/project-types.repository.ts';
import { GoneError, NotFoundError } from '../domain/errors.ts';
import type { Project } from '../domain/projects/project.ts';

export const PAGE_SIZES = [20, 50, 100] as const;

/** Reading published projects: what every public page needs. */
export function createProjectsService(db: Db) {
  return {
    /** The published project at this slug; GoneError if deleted, NotFoundError if not public. */
    async getPublished(slug: string): Promise<Project> {
      const project = await findProjectBySlug(db, slug);
      if (!project && (await isProjectDeleted(db, slug))) throw new GoneError('project', slug);
      if (project?.state !== 'published') throw new NotFoundError('project', slug);
      return project;
    },

    /** One page of published projects, newest period first, and the total. */
    async listPublished(page: number, pageSize: number) {
      const { ids, total } = await pagePublishedProjectIds(db, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { projects: await loadProjects(db, ids), total };
    },

    /** Counts by country and by type, and the latest projects, for the front page. */
    async overview(latestCount = 6) {
      const [counts, types, latestIds] = await Promise.all([
        publishedCounts(db),
        listProjectTypes(db),
        latestPublishedProjectIds(db, latestCount),
      ]);
      const namesBySlug = new Map(types.map((t) => [t.slug, t.names]));
      return {
        total: counts.total,
        byCountry: counts.byCountry,
        byType: counts.byType.map((t) => ({ ...t, names: namesBySlug.get(t.slug) ?? {} })),
        latest: await loadProjects(db, latestIds),
      };
    },
  };
}

export type ProjectsService = ReturnType<typeof createProjectsService>;
