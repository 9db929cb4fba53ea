import { insertAuditEntry } from '../../db/audit.repository.ts';
import type { Db } from '../../db/database.ts';
import { listOrganisations, upsertOrganisation } from '../../db/organisations.repository.ts';
import { listProjectTypes } from '../../db/project-types.repository.ts';
import { markProjectDeleted } from '../../db/project-write.repository.ts';
import {
  findRevisions,
  insertRevision,
  latestRevisions,
  listRevisions,
} from '../../db/revisions.repository.ts';
import { nowIso } from '../../db/time.ts';
import { inTransaction } from '../../db/transaction.ts';
import { diffProjects } from '../../domain/editing/diff.ts';
import type { MergeField } from '../../domain/editing/merge.ts';
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
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  ValidationError,
} from '../../domain/errors.ts';
import type { Project, ProjectInput } from '../../domain/projects/project.ts';
import { slugify, uniqueSlug } from '../../domain/projects/slug.ts';
import { projectsChanged } from '../project-changes.ts';
import { type EditorListQuery, pageEditorProjects } from './project-list.ts';
import { mergeWithCurrent } from './project-merge.ts';
import {
  findStored,
  findVisible,
  keepBaseline,
  loadProject,
  persistProject,
  requireActor,
} from './project-store.ts';

/** Where a request came from, for the audit log. */
export interface Origin {
  ip: string | null;
}

const AUDITED: Record<Transition, string> = {
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
          { actorId: actor.id, message: message ?? 'Created', origin: { kind: 'create' } },
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
     * Replaces the editable fields of a project, keeping its state and provenance. A form opened
     * at an older version (`values.base`, else `expectedVersion`) is merged three ways with what
     * was saved meanwhile: fields only the other side changed take their value (`merged` names
     * them); fields both changed throw MergeConflictError until the form resolves them
     * (`resolve.<field>`). Nothing is overwritten unseen.
     */
    async update(
      actorIn: Actor | null,
      slug: string,
      values: FormValues,
      expectedVersion: number,
      message: string | null,
      origin?: Origin & { language?: string },
    ): Promise<{ project: Project; merged: MergeField[] }> {
      const actor = requireActor(actorIn);
      const baseText = Array.isArray(values.base) ? values.base[0] : values.base;
      const baseVersion = /^\d{1,9}$/.test(baseText ?? '') ? Number(baseText) : expectedVersion;
      // A save that loses a race to another merges again against the winner.
      for (let attempt = 1; ; attempt++) {
        const stored = await findVisible(db, actor, slug);
        if (!canEdit(actor, stored)) throw new ForbiddenError('edit project');
        const previous = await loadProject(db, stored.id);
        let toSave = values;
        let merged: MergeField[] = [];
        if (stored.version !== baseVersion) {
          const outcome = await mergeWithCurrent(
            db,
            previous,
            values,
            { base: baseVersion, expected: expectedVersion },
            origin?.language ?? 'en',
          );
          toSave = outcome.values;
          merged = outcome.taken;
        }
        const { input, newOrganisations, issues } = parseProjectForm(toSave, previous);
        if (issues.length > 0) throw new ValidationError(issues);
        try {
          const project = await inTransaction(db, async (trx) => {
            const created = await createOrganisations(trx, newOrganisations);
            const saved = await persistProject(
              trx,
              {
                ...input,
                slug,
                organisations: [...input.organisations, ...created],
                state: stored.state,
                provenance: previous.provenance,
              },
              {
                actorId: actor.id,
                message,
                expectedVersion: stored.version,
                origin: merged.length > 0 ? { kind: 'edit', merged } : { kind: 'edit' },
              },
            );
            await insertAuditEntry(trx, {
              action: 'project_updated',
              actorId: actor.id,
              subjectType: 'project',
              subjectId: slug,
              details: { version: saved.version, ...(merged.length > 0 ? { merged } : {}) },
              ip: origin?.ip,
            });
            return saved;
          });
          return { project, merged };
        } catch (error) {
          if (!(error instanceof ConflictError) || attempt >= 3) throw error;
        }
      }
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
            origin: { kind: 'workflow', action },
          },
        );
        await insertAuditEntry(trx, {
          action: AUDITED[action],
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
        await keepBaseline(trx, slug);
        const at = nowIso();
        await markProjectDeleted(trx, stored.id, actor.id, at);
        await insertRevision(trx, {
          project: await loadProject(trx, stored.id),
          authorId: actor.id,
          message: 'Deleted',
          at,
          origin: { kind: 'delete' },
        });
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
    async restore(
      actorIn: Actor | null,
      slug: string,
      version: number,
      expectedVersion: number,
      origin?: Origin,
    ) {
      const actor = requireActor(actorIn);
      const stored = await findVisible(db, actor, slug);
      if (!canEdit(actor, stored)) throw new ForbiddenError('edit project');
      const [revision] = await findRevisions(db, stored.id, [version]);
      if (!revision) throw new NotFoundError('revision', String(version));
      return inTransaction(db, async (trx) => {
        const project = await persistProject(
          trx,
          { ...projectToInput(revision.snapshot), slug, state: stored.state },
          {
            actorId: actor.id,
            message: `Restored version ${version}`,
            expectedVersion,
            origin: { kind: 'restore', from: version },
          },
        );
        await insertAuditEntry(trx, {
          action: 'project_restored',
          actorId: actor.id,
          subjectType: 'project',
          subjectId: slug,
          details: { from: version, version: project.version },
          ip: origin?.ip,
        });
        return project;
      });
    },
  };
}

export type EditingService = ReturnType<typeof createEditingService>;
