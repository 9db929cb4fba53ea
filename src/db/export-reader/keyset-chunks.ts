import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../database.ts';
import {
  CHILD_KINDS,
  CHILD_TABLES,
  type ChildKind,
  PROJECT_COLUMNS,
  type Row,
  type RowChunk,
  type RowSource,
  type VocabularyRows,
} from './export-rows.ts';

/** The columns, quoted, for a select list. */
export const columnList = (columns: readonly string[]) => sql.join(columns.map((c) => sql.ref(c)));

// Object rows to tuples: both drivers build a row's keys in the order of the select list.
async function tuples(query: RawBuilder<unknown>, db: Db): Promise<Row[]> {
  const { rows } = await query.execute(db);
  return (rows as Record<string, unknown>[]).map(Object.values);
}

/** How one kind of keyset source reads a chunk's rows, in the column order of export-rows.ts. */
export interface KeysetQueries {
  /** The next `limit` projects with an id above `after`, by id. */
  projects(after: number, limit: number): Promise<Row[]>;
  /** A child table's rows for the projects with ids in (after, last], by project and order. */
  children(kind: ChildKind, after: number, last: number): Promise<Row[]>;
}

/**
 * Keyset chunks: the next `chunkSize` projects after the last id seen (on the primary key, so
 * the thousandth chunk costs what the first did), then ONE query per child table for that id
 * range, all in flight at once (on PostgreSQL, on the pool's connections).
 */
export async function* keysetChunks(
  chunkSize: number,
  read: KeysetQueries,
): AsyncGenerator<RowChunk> {
  let after = 0;
  for (;;) {
    const projects = await read.projects(after, chunkSize);
    if (projects.length === 0) return;
    const last = projects[projects.length - 1]![0] as number;
    const rows = await Promise.all(CHILD_KINDS.map((kind) => read.children(kind, after, last)));
    const children = Object.fromEntries(CHILD_KINDS.map((k, i) => [k, rows[i]!])) as Record<
      ChildKind,
      Row[]
    >;
    yield { projects, children };
    if (projects.length < chunkSize) return;
    after = last;
  }
}

/** The keyset queries as plain row objects made tuples; both databases. */
export function plainKeysetQueries(db: Db): KeysetQueries {
  return {
    projects: (after, limit) =>
      tuples(
        sql`select ${columnList(PROJECT_COLUMNS)} from projects where id > ${after} order by id limit ${limit}`,
        db,
      ),
    children: (kind, after, last) => {
      const t = CHILD_TABLES[kind];
      return tuples(
        sql`select ${columnList(t.columns)} from ${sql.table(t.table)} where project_id > ${after} and project_id <= ${last} order by project_id, ${sql.ref(t.order)}`,
        db,
      );
    },
  };
}

/** Rows through Kysely in keyset chunks, as plain row objects made tuples; both databases. */
export function keysetRowSource(db: Db): RowSource {
  return {
    // Eleven queries a chunk: 500 projects keep the round trips few and the garbage young.
    chunkSize: 500,
    chunks: (chunkSize) => keysetChunks(chunkSize, plainKeysetQueries(db)),

    async vocabularies(ids): Promise<VocabularyRows> {
      // With ids: only those (met mid-export); an empty list reads nothing.
      const only = (column: string, list: number[] | undefined) =>
        list === undefined
          ? sql``
          : list.length === 0
            ? sql`where false`
            : sql`where ${sql.ref(column)} in (${sql.join(list)})`;
      const [organisations, organisationNames, types, typeNames] = await Promise.all([
        tuples(
          sql`select id, slug, name, acronym from organisations ${only('id', ids?.organisations)}`,
          db,
        ),
        tuples(
          sql`select organisation_id, language, name, acronym from organisation_translations ${only('organisation_id', ids?.organisations)}`,
          db,
        ),
        tuples(sql`select id, slug, name from project_types ${only('id', ids?.types)}`, db),
        tuples(
          sql`select project_type_id, language, name from project_type_translations ${only('project_type_id', ids?.types)}`,
          db,
        ),
      ]);
      return { organisations, organisationNames, types, typeNames };
    },

    async close() {},
  };
}
