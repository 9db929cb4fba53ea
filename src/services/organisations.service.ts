import type { Db } from '../db/database.ts';
import {
  findOrganisationBySlug,
  organisationPublishedProjects,
} from '../db/organisations.repository.ts';
import { loadProjects } from '../db/project-read.repository.ts';
import { NotFoundError } from '../domain/errors.ts';
import { ORGANISATION_ROLES, type OrganisationRole } from '../domain/projects/project.ts';

/** Reading organisations for the public pages. */
export function createOrganisationsService(db: Db) {
  return {
    /** The organisation and, per role it plays, its published project count and newest projects. */
    async getWithProjects(slug: string, perRole = 10) {
      const organisation = await findOrganisationBySlug(db, slug);
      if (!organisation) throw new NotFoundError('organisation', slug);
      const roles = await organisationPublishedProjects(db, organisation.id, perRole);
      const ordered = roles
        .filter((r) => (ORGANISATION_ROLES as readonly string[]).includes(r.role))
        .sort(
          (a, b) =>
            ORGANISATION_ROLES.indexOf(a.role as OrganisationRole) -
            ORGANISATION_ROLES.indexOf(b.role as OrganisationRole),
        );
      return {
        organisation,
        roles: await Promise.all(
          ordered.map(async (r) => ({
            role: r.role as OrganisationRole,
            count: r.count,
            projects: await loadProjects(db, r.projectIds),
          })),
        ),
      };
    },
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
