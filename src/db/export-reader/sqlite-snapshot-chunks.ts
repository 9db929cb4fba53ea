import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import type { Db } from '../database.ts';
import {
  CHILD_KINDS,
  CHILD_TABLES,
  type ChildKind,
  PROJECT_COLUMNS,
  type Row,
  type RowSource,
  type VocabularyRows,
} from './export-rows.ts';

/**
 * Puts each project's rows in the order of column `at`, keeping rows in project_id order: an
 * insertion sort, as a project has a handful of rows of each kind, mostly in order already.
 */
export function sortWithinProjects(rows: Row[], at: number): Row[] {
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    let j = i - 1;
    while (
      j >= 0 &&
      rows[j]![0] === row[0] &&
      (rows[j]![at] as number | string) > (row[at] as number | string)
    ) {
      rows[j + 1] = rows[j]!;
      j--;
    }
    rows[j + 1] = row;
  }
  return rows;
}

/** The file of the main database, or null for an in-memory one (it cannot be opened twice). */
export async function sqliteFileOf(db: Db): Promise<string | null> {
  const { rows } = await sql<{ name: string; file: string }>`pragma database_list`.execute(db);
  const file = rows.find((r) => r.name === 'main')?.file;
  return file ? file : null;
}

/**
 * Rows from a read-only connection of its own to the SQLite file, in one read transaction (the
 * export is a snapshot, and in WAL mode it blocks no writer). Each table is read once, start
 * to end, by an iterator in project_id order; the iterators advance side by side, a chunk of
 * projects at a time. Raw statements returning arrays: no query built per chunk and no object
 * per row. The SQL is made of the constant column lists of export-rows.ts only.
 */
export function sqliteSnapshotRowSource(file: string): RowSource {
  const connection = new SQLite(file, { readonly: true, fileMustExist: true });
  // 16 MB of page cache: with SQLite's default 2 MB, eleven tables and their indexes walked side
  // by side evict each other's pages (1,000,000 projects: 21 CPU-s to read against 13-14 s with
  // 16 or 64 MB).
  connection.pragma('cache_size = -16384');
  connection.exec('begin');
  const all = (text: string, ...params: unknown[]) =>
    connection
      .prepare(text)
      .raw(true)
      .all(...params) as Row[];
  const iterators: Iterator<Row>[] = [];
  const iterate = (text: string) => {
    const it = connection.prepare(text).raw(true).iterate() as IterableIterator<Row>;
    iterators.push(it);
    return it;
  };

  return {
    // Small chunks: the iterators cost nothing per chunk, the event loop is held ~3 ms at a
    // time, and fewer projects survive into V8's old generation (1,000 a chunk cost a third
    // more CPU in garbage collection on the benchmark).
    chunkSize: 250,
    async *chunks(chunkSize) {
      const projects = iterate(`select ${PROJECT_COLUMNS.join(', ')} from projects order by id`);
      // In project_id order only, with the order column appended: SQLite walks the index
      // without sorting, and each project's few rows are put in order here (sorting by
      // position in SQL cost a quarter of reading a child table).
      const children = CHILD_KINDS.map((kind) => {
        const t = CHILD_TABLES[kind];
        const it = iterate(
          `select ${t.columns.join(', ')}, ${t.order} from ${t.table} order by project_id`,
        );
        return { it, next: it.next(), orderAt: t.columns.length };
      });
      for (;;) {
        const chunk: Row[] = [];
        for (let n = projects.next(); !n.done; n = projects.next()) {
          chunk.push(n.value);
          if (chunk.length === chunkSize) break;
        }
        if (chunk.length === 0) return;
        const last = chunk[chunk.length - 1]![0] as number;
        const rows = children.map((c) => {
          const out: Row[] = [];
          while (!c.next.done && (c.next.value[0] as number) <= last) {
            out.push(c.next.value);
            c.next = c.it.next();
          }
          return sortWithinProjects(out, c.orderAt);
        });
        yield {
          projects: chunk,
          children: Object.fromEntries(CHILD_KINDS.map((k, i) => [k, rows[i]!])) as Record<
            ChildKind,
            Row[]
          >,
        };
        if (chunk.length < chunkSize) return;
      }
    },

    async vocabularies(ids): Promise<VocabularyRows> {
      // With ids: only those, as parameters (an empty list matches nothing).
      const only = (column: string, list: number[] | undefined) =>
        list === undefined ? '' : `where ${column} in (${list.map(() => '?').join(',') || 'null'})`;
      const o = ids?.organisations;
      const t = ids?.types;
      return {
        organisations: all(
          `select id, slug, name, acronym from organisations ${only('id', o)}`,
          ...(o ?? []),
        ),
        organisationNames: all(
          `select organisation_id, language, name, acronym from organisation_translations ${only('organisation_id', o)}`,
          ...(o ?? []),
        ),
        types: all(`select id, slug, name from project_types ${only('id', t)}`, ...(t ?? [])),
        typeNames: all(
          `select project_type_id, language, name from project_type_translations ${only('project_type_id', t)}`,
          ...(t ?? []),
        ),
      };
    },

    async close() {
      for (const it of iterators) it.return?.();
      if (connection.inTransaction) connection.exec('commit');
      connection.close();
    },
  };
}
