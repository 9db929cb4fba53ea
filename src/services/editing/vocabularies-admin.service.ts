import { insertAuditEntry } from '../../db/audit.repository.ts';
import type { Db } from '../../db/database.ts';
import {
  findOrganisationBySlug,
  listOrganisations,
  upsertOrganisation,
} from '../../db/organisations.repository.ts';
import { listProjectTypes, upsertProjectType } from '../../db/project-types.repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type Actor, canAdminister } from '../../domain/editing/policy.ts';
import { formIssue } from '../../domain/editing/project-form.ts';
import { projectToInput } from '../../domain/editing/project-input.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors.ts';
import type { OrganisationInput } from '../../domain/organisations/organisation.ts';
import { isValidSlug, slugify, uniqueSlug } from '../../domain/projects/slug.ts';
import { projectsChanged } from '../project-changes.ts';
import { loadProject, persistProject, requireActor } from './project-store.ts';

function requireAdmin(actorIn: Actor | null): Actor {
  const actor = requireActor(actorIn);
  if (!canAdminister(actor)) throw new ForbiddenError('administer vocabularies');
  return actor;
}

const URL_PATTERN = /^https?:\/\/\S+$/i;

function organisationIssues(o: Partial<OrganisationInput>) {
  const issues = [];
  if (!o.name?.trim()) issues.push(formIssue('name', 'required', 'name is required'));
  else if (o.name.length > 300) {
    issues.push(formIssue('name', 'tooLong', 'name is too long', '300'));
  }
  if (o.acronym && o.acronym.length > 50)
    issues.push(formIssue('acronym', 'tooLong', 'acronym is too long', '50'));
  if (o.website && !URL_PATTERN.test(o.website))
    issues.push(formIssue('website', 'badUrl', 'website must start with http:// or https://'));
  if (o.slug && !isValidSlug(o.slug))
    issues.push(formIssue('slug', 'badSlug', 'use lowercase letters, digits and hyphens'));
  return issues;
}

const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** Admins' use cases for organisations (including merging) and project types. */
export function createVocabulariesAdminService(db: Db) {
  return {
    /** Every organisation with how many live projects name it. */
    async organisations(actorIn: Actor | null) {
      requireAdmin(actorIn);
      const [orgs, counts] = await Promise.all([
        listOrganisations(db),
        db
          .selectFrom('project_organisations as po')
          .innerJoin('projects as p', 'p.id', 'po.project_id')
          .where('p.deleted_at', 'is', null)
          .select([
            'po.organisation_id',
            (eb) => eb.fn.count<number>('po.project_id').distinct().as('n'),
          ])
          .groupBy('po.organisation_id')
          .execute(),
      ]);
      const byId = new Map(counts.map((c) => [c.organisation_id, Number(c.n)]));
      return orgs.map((o) => ({ ...o, projectCount: byId.get(o.id) ?? 0 }));
    },

    /** Creates an organisation, or updates the one at `slug`; ValidationError names the field. */
    async saveOrganisation(
      actorIn: Actor | null,
      input: Partial<OrganisationInput> & { name: string },
      existingSlug?: string,
    ) {
      const actor = requireAdmin(actorIn);
      const issues = organisationIssues(input);
      if (issues.length > 0) throw new ValidationError(issues);
      return inTransaction(db, async (trx) => {
        let slug = existingSlug;
        if (slug) {
          if (!(await findOrganisationBySlug(trx, slug)))
            throw new NotFoundError('organisation', slug);
        } else {
          const taken = new Set((await listOrganisations(trx)).map((o) => o.slug));
          if (input.slug && taken.has(input.slug))
            throw new ValidationError([
              formIssue('slug', 'slugTaken', 'this slug is already used'),
            ]);
          slug = input.slug || uniqueSlug(slugify(input.name), (s) => taken.has(s));
        }
        const saved = await upsertOrganisation(trx, {
          slug,
          name: input.name.trim(),
          acronym: blank(input.acronym),
          iatiIdentifier: blank(input.iatiIdentifier),
          iatiType: blank(input.iatiType),
          website: blank(input.website),
        });
        await insertAuditEntry(trx, {
          action: existingSlug ? 'organisation_updated' : 'organisation_created',
          actorId: actor.id,
          subjectType: 'organisation',
          subjectId: slug,
        });
        // Its names are in the search documents of its projects and in the filters' labels.
        const affected = await trx
          .selectFrom('project_organisations')
          .select('project_id')
          .distinct()
          .where('organisation_id', '=', saved.id)
          .execute();
        await projectsChanged(
          trx,
          affected.map((r) => r.project_id),
        );
        return saved;
      });
    },

    /**
     * Merges `dropSlug` into `keepSlug`: every project that named the dropped organisation names
     * the kept one (a new revision each), and the dropped one is deleted. All or nothing.
     */
    async mergeOrganisations(actorIn: Actor | null, keepSlug: string, dropSlug: string) {
      const actor = requireAdmin(actorIn);
      if (keepSlug === dropSlug)
        throw new ValidationError([
          formIssue('drop', 'sameOrganisation', 'choose two different organisations'),
        ]);
      return inTransaction(db, async (trx) => {
        const keep = await findOrganisationBySlug(trx, keepSlug);
        const drop = await findOrganisationBySlug(trx, dropSlug);
        if (!keep) throw new NotFoundError('organisation', keepSlug);
        if (!drop) throw new NotFoundError('organisation', dropSlug);
        const rows = await trx
          .selectFrom('project_organisations')
          .select('project_id')
          .distinct()
          .where('organisation_id', '=', drop.id)
          .execute();
        const message = `Merged organisation ${drop.name} into ${keep.name}`;
        for (const { project_id } of rows) {
          const project = await loadProject(trx, project_id);
          const input = projectToInput(project);
          const seen = new Set<string>();
          input.organisations = input.organisations
            .map((o) =>
              o.organisationSlug === dropSlug ? { ...o, organisationSlug: keepSlug } : o,
            )
            .filter((o) => {
              const key = `${o.role}:${o.organisationSlug}`;
              if (seen.has(key)) return false;
              seen.add(key);
              return true;
            });
          await persistProject(trx, input, {
            actorId: actor.id,
            message,
            expectedVersion: project.version,
            origin: { kind: 'organisation-merge', from: dropSlug, into: keepSlug },
          });
        }
        await trx.deleteFrom('organisations').where('id', '=', drop.id).execute();
        await insertAuditEntry(trx, {
          action: 'organisations_merged',
          actorId: actor.id,
          subjectType: 'organisation',
          subjectId: keepSlug,
          details: { merged: dropSlug, projects: rows.length },
        });
        return { projects: rows.length };
      });
    },

    /** The project types, in display order. */
    async projectTypes(actorIn: Actor | null) {
      requireAdmin(actorIn);
      return listProjectTypes(db);
    },

    /** Creates or renames a project type (names per language, DAC codes, position). */
    async saveProjectType(
      actorIn: Actor | null,
      input: { slug?: string; names: Record<string, string>; dacCodes: string[]; position: number },
    ) {
      const actor = requireAdmin(actorIn);
      const name = input.names.en?.trim() ?? '';
      const issues = [];
      if (!name) issues.push(formIssue('name.en', 'required', 'the English name is required'));
      if (name.length > 200) {
        issues.push(formIssue('name.en', 'tooLong', 'name is too long', '200'));
      }
      const badCodes = input.dacCodes.filter((c) => !/^\d{5}$/.test(c));
      if (badCodes.length > 0)
        issues.push(
          formIssue(
            'dacCodes',
            'unknownCode',
            `not DAC codes: ${badCodes.join(', ')}`,
            badCodes.join(', '),
          ),
        );
      if (input.slug && !isValidSlug(input.slug))
        issues.push(formIssue('slug', 'badSlug', 'use lowercase letters, digits and hyphens'));
      if (issues.length > 0) throw new ValidationError(issues);
      const names = Object.fromEntries(
        Object.entries(input.names)
          .filter(([, v]) => v.trim())
          .map(([k, v]) => [k, v.trim()]),
      );
      return inTransaction(db, async (trx) => {
        const saved = await upsertProjectType(trx, {
          slug: input.slug || slugify(name),
          name,
          names,
          dacCodes: input.dacCodes,
          position: input.position,
        });
        await insertAuditEntry(trx, {
          action: 'project_type_saved',
          actorId: actor.id,
          subjectType: 'project_type',
          subjectId: saved.slug,
        });
        const affected = await trx
          .selectFrom('project_project_types')
          .select('project_id')
          .where('project_type_id', '=', saved.id)
          .execute();
        await projectsChanged(
          trx,
          affected.map((r) => r.project_id),
        );
        return saved;
      });
    },
  };
}

export type VocabulariesAdminService = ReturnType<typeof createVocabulariesAdminService>;
