import type { Db } from '../../db/database.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import { projectToInput } from '../../domain/editing/project-input.ts';
import type { ProjectInput } from '../../domain/projects/project.ts';

// Values per query: well under the bound-parameter limits of both databases.
const CHUNK = 500;

/**
 * Projects whose title is exactly one row's title, for rows that name no slug and no IATI
 * identifier: importing the same sheet twice then updates instead of duplicating. A title
 * that several live projects share matches none of them.
 */
export async function existingByTitle(
  db: Db,
  titles: Iterable<string>,
): Promise<Map<string, number>> {
  const unique = [...new Set(titles)].filter(Boolean);
  const found = new Map<string, number>();
  const shared = new Set<string>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .selectFrom('projects')
      .select(['id', 'title'])
      .where('title', 'in', unique.slice(i, i + CHUNK))
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) {
      if (found.has(r.title)) shared.add(r.title);
      else found.set(r.title, r.id);
    }
  }
  for (const title of shared) found.delete(title);
  return found;
}

/** The stored projects with these ids, as editable inputs, by id; read `CHUNK` at a time. */
export async function storedInputs(
  db: Db,
  ids: readonly number[],
): Promise<Map<number, ProjectInput>> {
  const stored = new Map<number, ProjectInput>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    for (const p of await loadProjects(db, ids.slice(i, i + CHUNK)))
      stored.set(p.id, projectToInput(p));
  }
  return stored;
}

/** A stored project that holds a value: live or deleted. */
export interface Holder {
  id: number;
  slug: string;
  deleted: boolean;
}

/**
 * The stored projects, deleted ones included, whose `column` is one of `values`, by that value.
 * Both columns are unique across every stored project (deleted ones keep theirs), so a value
 * held by a deleted project cannot be given to another.
 */
export async function holdersBy(
  db: Db,
  column: 'slug' | 'iati_identifier',
  values: Iterable<string>,
): Promise<Map<string, Holder>> {
  const unique = [...new Set(values)].filter(Boolean);
  const found = new Map<string, Holder>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .selectFrom('projects')
      .select(['id', 'slug', 'iati_identifier', 'deleted_at'])
      .where(column, 'in', unique.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) {
      const value = column === 'slug' ? r.slug : r.iati_identifier;
      if (value) found.set(value, { id: r.id, slug: r.slug, deleted: r.deleted_at !== null });
    }
  }
  return found;
}

/** The id of the live project holding a value, if one does. */
export const liveId = (holder: Holder | undefined) =>
  holder && !holder.deleted ? holder.id : undefined;
