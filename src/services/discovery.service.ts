import type { Db } from '../db/database.ts';
import { latestPublishedProjectIds, loadProjects } from '../db/project-read.repository.ts';
import {
  organisationSlugsWithPublishedProjects,
  publishedProjectIdBoundaries,
  publishedProjectSlugsAfter,
} from '../db/sitemap.repository.ts';

/** What search engines and feed readers need: every public URL, and the latest projects. */
export function createDiscoveryService(db: Db) {
  return {
    /** One published project page of a sitemap: at most `size` projects after `afterId`. */
    projectSlugsPage: (afterId: number, size: number) =>
      publishedProjectSlugsAfter(db, afterId, size),

    /** Where each sitemap page of `size` projects starts: 0, then the last id of each full page. */
    async sitemapPageStarts(size: number): Promise<number[]> {
      const ends = await publishedProjectIdBoundaries(db, size);
      return [0, ...ends];
    },

    /** Slugs of organisations with a public page worth listing. */
    organisationSlugs: () => organisationSlugsWithPublishedProjects(db),

    /** The most recently published projects, whole, for the feed. */
    async latestProjects(limit = 50) {
      return loadProjects(db, await latestPublishedProjectIds(db, limit));
    },
  };
}
