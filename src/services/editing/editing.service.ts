import { insertAuditEntry } from '../../db/audit.repository.ts';
import type { Db } from '../../db/database.ts';
import { listOrganisations, upsertOrganisation } from '../../db/organisations.repository.ts';
import { listProjectTypes } from '../../db/project-types.repository.ts';
import { findRevisions, latestRevisions, listRevisions } from '../../db/revisions.repository.ts';
import { nowIso } from '../../db/time.ts';
import { inTransaction } from '../../db/transaction.ts';
import { diffProjects } from '../../domain/editing/diff.ts';
import {
  type Actor,
  canCreate,
  canDelete,
  canEdit,
  canTransition,
  TRANSITIONS,
  type Transition,
  transitionTarget,
} from '../../domain/editing/policy.ts';
import {
  type FormValues,
  formIssue,
  type NewOrganisation,
  parseProjectForm,
} from '../../domain/editing/project-form.ts';
import { projectToInput } from '../../domain/editing/project-input.ts';
import {
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
} from '../../domain/errors.ts';
import type { Project, ProjectInput } from '../../domain/projects/project.ts';
import { slugify, uniqueSlug } from '../../domain/projects/slug.ts';
import { projectsChanged } from '../project-changes.ts';
import { type EditorListQuery, pageEditorProjects } from './project-list.ts';
import {
  findStored,
  findVisible,
  loadProject,
  persistProject,
  requireActor,
} from './project-store.ts';

/** Where a request came from, for the audit log. */
export interface Origin {
  ip: string | null;
}

const AUDITED: Partial<Record<Transition, string>> = {
  submit: 'project_submitted',
  publish: 'project_published',
  'send-back': 'project_sent_back',
  archive: 'project_archived',
  reopen: 'project_reopened',
};

async function createOrganisations(trx: Db, created: NewOrganisation[]) {
  if (created.length === 0) return [];
  const existing = await listOrganisations(trx);
  const byName = new Map(existing.map((o) => [o.name.toLowerCase(), o.slug]));
  const taken = new Set(existing.map((o) => o.slug));
  const links: ProjectInput['organisations'] = [];
  for (const o of created) {
    let slug = byName.get(o.name.toLowerCase());
    if (!slug) {
      slug = uniqueSlug(slugify(o.name), (s) => taken.has(s));
      taken.add(slug);
      byName.set(o.name.toLowerCase(), slug);
      await upsertOrganisation(trx, {
        slug,
        name: o.name,
        acronym: null,
        iatiIdentifier: null,
        iatiType: null,
        website: null,
      });
    }
    links.push({ role: o.role, organisationSlug: slug });
  }
  return links;
}

/** The editor's use cases for projects: list, create, edit, workflow, history, delete. */
export function createEditingService(db: Db) {
  return {
    /** One page of the projects the actor may see in the editor. */
    list: (actor: Actor, query: EditorListQuery) => pageEditorProjects(db, actor, query),

    /** The vocabularies the project form offers. */
    async formOptions() {
      const [types, organisations] = await Promise.all([
        listProjectTypes(db),
        listOrganisations(db),
      ]);
      return { types, organisations };
    },

    /** The project for the edit form, with whether the actor may change it. */
    async getForEditor(actorIn: Actor | null, slug: string) {
      const actor = requireActor(actorIn);
      const stored = await findVisible(db, actor, slug);
      const [project, [latest]] = await Promise.all([
        loadProject(db, stored.id),
        latestRevisions(db, stored.id, 1),
      ]);
      // A send-back's comment stays in view until the author saves or submits again.
      const sentBack =
        stored.state === 'draft' && latest?.message?.startsWith('send-back: ')
          ? latest.message.slice('send-back: '.length)
          : null;
      return {
        project,
        stored,
        sentBack,
        editable: canEdit(actor, stored),
        actions: TRANSITIONS.filter(
          (a) => canTransition(actor, stored, a) && transitionTarget(stored.state, a) !== null,
        ),
        canDelete: canDelete(actor),
      };
    },

    /**
     * What a stale form would change against the newest version: the conflict page's diff
     * ("saved meanwhile" on the left, "yours" on the right).
     */
    async conflictChanges(
      actorIn: Actor | null,
      slug: string,
      values: FormValues,
      language: string,
    ) {
      const actor = requireActor(actorIn);
      const stored = await findVisible(db, actor, slug);
      const current = await loadProject(db, stored.id);
      const { input, newOrganisations } = parseProjectForm(values, current);
      const [types, orgs] = await Promise.all([listProjectTypes(db), listOrganisations(db)]);
      const mine: Project = {
        ...current,
        ...input,
        slug,
        types: input.typeSlugs.map(
          (s) => types.find((t) => t.slug === s) ?? { id: 0, slug: s, name: s, names: {} },
        ),
        organisations: [
          ...input.organisations.map((o) => ({
            role: o.role,
            organisation: orgs.find((x) => x.slug === o.organisationSlug) ?? {
              id: 0,
              slug: o.organisationSlug,
              name: o.organisationSlug,
              acronym: null,
            },
          })),
          ...newOrganisations.map((o) => ({
            role: o.role,
            organisation: { id: 0, slug: '', name: o.name, acronym: null },
          })),
        ],
      };
      return { current, changes: diffProjects(current, mine, language) };
    },

    /**
     * Creates a project from the form (a draft unless an editor publishes later); returns it.
     * ValidationError lists every field at fault, with the form's field names.
     */
    async create(
      actorIn: Actor | null,
      values: FormValues,
      message: string | null,
      origin?: Origin,
    ) {
      const actor = requireActor(actorIn);
      if (!canCreate(actor)) throw new ForbiddenError('create project');
      const { input, newOrganisations, issues } = parseProjectForm(values);
      if (issues.length > 0) throw new ValidationError(issues);
      return inTransaction(db, async (trx) => {
        let slug = input.slug;
        if (slug) {
          if (await findStored(trx, slug))
            throw new ValidationError([
              formIssue('slug', 'slugTaken', 'this address is already used'),
            ]);
        } else {
          const base = slugify(input.title);
          const rows = await trx
            .selectFrom('projects')
            .select('slug')
            .where('slug', 'like', `${base}%`)
            .execute();
          const taken = new Set(rows.map((r) => r.slug));
          slug = uniqueSlug(base, (s) => taken.has(s));
        }
        const created = await createOrganisations(trx, newOrganisations);
        const project = await persistProject(
          trx,
          {
            ...input,
            slug,
            organisations: [...input.organisations, ...created],
            state: 'draft',
            provenance: {
              source: 'manual',
              iatiIdentifier: null,
              sourceFile: null,
              importedAt: null,
            },
          },
          { actorId: actor.id, message: message ?? 'Created' },
        );
        await insertAuditEntry(trx, {
          action: 'project_created',
          actorId: actor.id,
          subjectType: 'project',
          subjectId: slug,
          ip: origin?.ip,
        });
        return project;
      });
    },

    /**
     * Replaces the editable fields of a project, keeping its state and provenance. Throws
     * ConflictError when `expectedVersion` is no longer current: nothing is overwritten.
     */
    async update(
      actorIn: Actor | null,
      slug: string,
      values: FormValues,
      expectedVersion: number,
      message: string | null,
    ) {
      const actor = requireActor(actorIn);
      const stored = await findVisible(db, actor, slug);
      if (!canEdit(actor, stored)) throw new ForbiddenError('edit project');
      const previous = await loadProject(db, stored.id);
      const { input, newOrganisations, issues } = parseProjectForm(values, previous);
      if (issues.length > 0) throw new ValidationError(issues);
      return inTransaction(db, async (trx) => {
        const created = await createOrganisations(trx, newOrganisations);
        return persistProject(
          trx,
          {
            ...input,
            slug,
            organisations: [...input.organisations, ...created],
            state: stored.state,
            provenance: previous.provenance,
          },
          { actorId: actor.id, message, expectedVersion },
        );
      });
    },

    /** Moves a project through the workflow; a send-back needs a comment for the author. */
    async transition(
      actorIn: Actor | null,
      slug: string,
      action: Transition,
      opts: { expectedVersion?: number; comment?: string | null },
      origin?: Origin,
    ) {
      const actor = requireActor(actorIn);
      const stored = await findVisible(db, actor, slug);
      if (!canTransition(actor, stored, action)) throw new ForbiddenError(action);
      const target = transitionTarget(stored.state, action);
      if (!target) throw new InvalidTransitionError(stored.state, action);
      const comment = opts.comment?.trim().slice(0, 2000) || null;
      if (action === 'send-back' && !comment) {
        throw new ValidationError([formIssue('comment', 'required', 'say what needs changing')]);
      }
      return inTransaction(db, async (trx) => {
        const current = await loadProject(trx, stored.id);
        const project = await persistProject(
          trx,
          { ...projectToInput(current), state: target },
          {
            actorId: actor.id,
            message: comment ? `${action}: ${comment}` : action,
            expectedVersion: opts.expectedVersion ?? stored.version,
          },
        );
        const audited = AUDITED[action];
        if (audited)
          await insertAuditEntry(trx, {
            action: audited,
            actorId: actor.id,
            subjectType: 'project',
            subjectId: slug,
            details: comment ? { comment } : null,
            ip: origin?.ip,
          });
        return project;
      });
    },

    /** Soft-deletes a project: its row stays (deleted_at) so its URL can answer 410. */
    async remove(actorIn: Actor | null, slug: string, origin?: Origin) {
      const actor = requireActor(actorIn);
      if (!canDelete(actor)) throw new ForbiddenError('delete project');
      const stored = await findVisible(db, actor, slug);
      await inTransaction(db, async (trx) => {
        await trx
          .updateTable('projects')
          .set({ deleted_at: nowIso(), updated_by: actor.id })
          .where('id', '=', stored.id)
          .execute();
        await insertAuditEntry(trx, {
          action: 'project_deleted',
          actorId: actor.id,
          subjectType: 'project',
          subjectId: slug,
          ip: origin?.ip,
        });
        await projectsChanged(trx, [stored.id]);
      });
    },

    /** A project's revisions, newest first, with the project. */
    async history(actorIn: Actor | null, slug: string) {
      const actor = requireActor(actorIn);
      const stored = await findVisible(db, actor, slug);
      const [project, revisions] = await Promise.all([
        loadProject(db, stored.id),
        listRevisions(db, stored.id),
      ]);
      return { project, revisions, editable: canEdit(actor, stored) };
    },

    /** The field-by-field differences between two revisions of a project. */
    async compare(actorIn: Actor | null, slug: string, from: number, to: number, language = 'en') {
      const actor = requireActor(actorIn);
      const stored = await findVisible(db, actor, slug);
      const found = await findRevisions(db, stored.id, [from, to]);
      const a = found.find((r) => r.version === from);
      const b = found.find((r) => r.version === to);
      if (!a) throw new NotFoundError('revision', String(from));
      if (!b) throw new NotFoundError('revision', String(to));
      return {
        from: a,
        to: b,
        changes: diffProjects(a.snapshot, b.snapshot, language),
        editable: canEdit(actor, stored),
        currentVersion: stored.version,
      };
    },

    /** Saves an old revision's contents as a new revision (the state stays as it is now). */
    async restore(actorIn: Actor | null, slug: string, version: number, expectedVersion: number) {
      const actor = requireActor(actorIn);
      const stored = await findVisible(db, actor, slug);
      if (!canEdit(actor, stored)) throw new ForbiddenError('edit project');
      const [revision] = await findRevisions(db, stored.id, [version]);
      if (!revision) throw new NotFoundError('revision', String(version));
      return persistProject(
        db,
        { ...projectToInput(revision.snapshot), slug, state: stored.state },
        { actorId: actor.id, message: `Restored version ${version}`, expectedVersion },
      );
    },
  };
}

export type EditingService = ReturnType<typeof createEditingService>;
