import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../domain/editing/policy.ts';
import { PUBLICATION_STATES, type PublicationState } from '../../domain/projects/project.ts';
import { hasRole } from '../../domain/users/user.ts';

/** What the editor's project list can be narrowed by; the URL's query carries it. */
export interface EditorListQuery {
  q?: string;
  state?: string;
  mine?: boolean;
  page: number;
  pageSize: number;
}

/** One row of the editor's project list. */
export interface EditorProjectRow {
  slug: string;
  title: string;
  state: PublicationState;
  version: number;
  updatedAt: string;
  createdBy: number | null;
  authorName: string | null;
}

// The editor's list is a plain query over live rows; it is not the public search, which only
// knows published projects.
/** One page of the projects the actor may see in the editor, most recently changed first. */
export async function pageEditorProjects(
  db: Db,
  actor: Actor,
  query: EditorListQuery,
): Promise<{ rows: EditorProjectRow[]; total: number }> {
  let base = db.selectFrom('projects as p').where('p.deleted_at', 'is', null);
  if (!hasRole(actor.role, 'editor') || query.mine)
    base = base.where('p.created_by', '=', actor.id);
  if (query.state && (PUBLICATION_STATES as readonly string[]).includes(query.state))
    base = base.where('p.state', '=', query.state);
  const q = query.q?.trim().toLowerCase().slice(0, 200);
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // ESCAPE is spelled out: SQLite's LIKE has no escape character unless told.
    base = base.where(
      sql<boolean>`(lower(p.title) like ${pattern} escape '\\' or p.slug like ${pattern} escape '\\')`,
    );
  }
  const [rows, count] = await Promise.all([
    base
      .leftJoin('users as u', 'u.id', 'p.created_by')
      .select([
        'p.slug',
        'p.title',
        'p.state',
        'p.version',
        'p.updated_at',
        'p.created_by',
        'u.name as author_name',
      ])
      .orderBy('p.updated_at', 'desc')
      .orderBy('p.id', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      state: r.state as PublicationState,
      version: r.version,
      updatedAt: r.updated_at,
      createdBy: r.created_by,
      authorName: r.author_name,
    })),
  };
}
