import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import { saveProject } from '../../db/project-write.repository.ts';
import { insertRevision } from '../../db/revisions.repository.ts';
import { nowIso } from '../../db/time.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type Actor, canView } from '../../domain/editing/policy.ts';
import type { RevisionOrigin } from '../../domain/editing/revision-origin.ts';
import {
  ConflictError,
  ForbiddenError,
  GoneError,
  NotFoundError,
  UnauthorizedError,
} from '../../domain/errors.ts';
import type { Project, ProjectInput, PublicationState } from '../../domain/projects/project.ts';
import { isKnownCurrency } from '../../domain/vocabularies/codelists.ts';
import { projectsChanged } from '../project-changes.ts';

/** The facts the access rules need about a stored project. */
export interface StoredProject {
  id: number;
  slug: string;
  state: PublicationState;
  version: number;
  createdBy: number | null;
  deletedAt: string | null;
}

/** The stored project at this slug, deleted or not; undefined when there never was one. */
export async function findStored(db: Db, slug: string): Promise<StoredProject | undefined> {
  const row = await db
    .selectFrom('projects')
    .select(['id', 'slug', 'state', 'version', 'created_by', 'deleted_at'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      slug: row.slug,
      state: row.state as PublicationState,
      version: row.version,
      createdBy: row.created_by,
      deletedAt: row.deleted_at,
    }
  );
}

/** Throws unless there is an actor. */
export function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw new UnauthorizedError();
  return actor;
}

/**
 * The live project at the slug that the actor may see in the editor: NotFoundError when
 * unknown, GoneError when deleted, ForbiddenError for someone else's project.
 */
export async function findVisible(db: Db, actor: Actor, slug: string): Promise<StoredProject> {
  const stored = await findStored(db, slug);
  if (!stored) throw new NotFoundError('project', slug);
  if (stored.deletedAt) throw new GoneError('project', slug);
  if (!canView(actor, stored)) throw new ForbiddenError('view project');
  return stored;
}

/** The whole project by id. */
export async function loadProject(db: Db, id: number): Promise<Project> {
  const [project] = await loadProjects(db, [id]);
  if (!project) throw new NotFoundError('project', String(id));
  return project;
}

// Projects written by the seed or an importer before their first edit have no revision of
// the version being replaced; keep it, so the history can show and restore it.
export async function keepBaseline(trx: Db, slug: string) {
  const stored = await findStored(trx, slug);
  if (!stored) return;
  const has = await trx
    .selectFrom('revisions')
    .select('id')
    .where('project_id', '=', stored.id)
    .where('version', '=', stored.version)
    .executeTakeFirst();
  if (has) return;
  const project = await loadProject(trx, stored.id);
  await insertRevision(trx, {
    project,
    authorId: null,
    message: null,
    at: project.updatedAt,
    origin: { kind: 'baseline' },
  });
}

/**
 * Saves a whole project and, in the same transaction, its revision (snapshot, author,
 * message) and the search hook. With `expectedVersion`, a stale write fails with ConflictError
 * even when two processes race: the guarded UPDATE below takes the row's lock first.
 */
export async function persistProject(
  db: Db,
  input: ProjectInput,
  opts: {
    actorId: number | null;
    message: string | null;
    origin: RevisionOrigin;
    expectedVersion?: number;
  },
): Promise<Project> {
  return inTransaction(db, async (trx) => {
    if (opts.expectedVersion !== undefined) {
      const locked = await trx
        .updateTable('projects')
        .set({ version: sql<number>`version` })
        .where('slug', '=', input.slug)
        .where('version', '=', opts.expectedVersion)
        .executeTakeFirst();
      if (Number(locked.numUpdatedRows) === 0) {
        const current = await findStored(trx, input.slug);
        if (!current) throw new NotFoundError('project', input.slug);
        throw new ConflictError('project', input.slug, current.version);
      }
    }
    await keepBaseline(trx, input.slug);
    const { id } = await saveProject(trx, input, {
      expectedVersion: opts.expectedVersion,
      userId: opts.actorId,
      isKnownCurrency,
    });
    const project = await loadProject(trx, id);
    await insertRevision(trx, {
      project,
      authorId: opts.actorId,
      message: opts.message?.trim().slice(0, 500) || null,
      at: nowIso(),
      origin: opts.origin,
    });
    await projectsChanged(trx, [id]);
    return project;
  });
}
