import type { Pool } from 'pg';
import type { Db } from '../database.ts';
import {
  CHILD_KINDS,
  CHILD_TABLES,
  type ChildKind,
  PROJECT_COLUMNS,
  type Row,
  type RowChunk,
  type RowSource,
} from './export-rows.ts';
import { keysetRowSource } from './keyset-chunks.ts';
import {
  BinaryCopyRows,
  ColumnKind,
  castColumns,
  copyOut,
  sqlInteger,
  withClient,
} from './postgres-copy.ts';

// The columns of export-rows.ts that are not text, and how they cross (see ColumnKind).
const NOT_TEXT: Readonly<Record<string, ColumnKind>> = {
  id: ColumnKind.Int4,
  project_id: ColumnKind.Int4,
  version: ColumnKind.Int4,
  project_type_id: ColumnKind.Int4,
  organisation_id: ColumnKind.Int4,
  is_total: ColumnKind.Int4,
  amount_cents: ColumnKind.Int8,
  percentage: ColumnKind.Number,
};
const kindsOf = (columns: readonly string[]) => columns.map((c) => NOT_TEXT[c] ?? ColumnKind.Text);

const PROJECT_KINDS = kindsOf(PROJECT_COLUMNS);
const PROJECT_SELECT = `select ${castColumns(PROJECT_COLUMNS, PROJECT_KINDS)} from projects`;
const CHILDREN = CHILD_KINDS.map((kind) => {
  const t = CHILD_TABLES[kind];
  const kinds = kindsOf(t.columns);
  return {
    kinds,
    select: (after: number, last: number) =>
      `select ${castColumns(t.columns, kinds)} from "${t.table}" where project_id > ${sqlInteger(after)} and project_id <= ${sqlInteger(last)} order by project_id, "${t.order}"`,
  };
});

/** One round: up to `fetchSize` projects after an id and every child row of their ids, as bytes. */
interface Fetched {
  count: number;
  last: number;
  projects: BinaryCopyRows;
  children: BinaryCopyRows[];
  /** The buffers under the rows, in table order (projects first), for a later round. */
  buffers: Buffer[];
}

export interface CopyRowSourceOptions {
  /** Projects per round of COPY statements (the rows of two rounds are held at once). */
  fetchSize?: number;
}

/**
 * Keyset chunks like `keyset-chunks.ts`, each table's rows read with `COPY (…) TO STDOUT
 * (FORMAT binary)`: their bytes are kept as they came and decoded into tuples a chunk at a time
 * just before the chunk is formatted. Read as rows, pg made every string of a round on arrival
 * and they lived until written, so most of the Node process's time went to copying them between
 * the garbage collector's generations; as bytes they cost it nothing, and the strings decoded
 * from them die young. A round is `fetchSize` projects, read on one connection: the projects'
 * COPY, then one query holding every child table's COPY for their id range. The next round is
 * read while this one is decoded (two rounds ahead on two connections cost PostgreSQL more CPU
 * and gained nothing). Each COPY is a statement of its own, as each keyset query was, so an
 * export holds no snapshot between statements.
 */
export function postgresCopyRowSource(
  db: Db,
  pool: Pool,
  { fetchSize = 2_000 }: CopyRowSourceOptions = {},
): RowSource {
  // Buffers of finished rounds, by table, so that a round reuses memory already in use.
  const spare: Buffer[][] = [[], ...CHILDREN.map(() => [])];

  // Two round trips a round: the children's range is the projects' ids.
  const fetch = (after: number) =>
    withClient(pool, async (client): Promise<Fetched> => {
      const [p] = await copyOut(
        client,
        [
          `${PROJECT_SELECT} where id > ${sqlInteger(after)} order by id limit ${sqlInteger(fetchSize)}`,
        ],
        [spare[0]!.pop()],
      );
      const projects = new BinaryCopyRows(p!.bytes, PROJECT_KINDS);
      const { count, lastFirst: last } = projects.remaining();
      if (count === 0) return { count, last: after, projects, children: [], buffers: [p!.buffer] };
      const copies = await copyOut(
        client,
        CHILDREN.map((c) => c.select(after, last)),
        CHILDREN.map((_, i) => spare[i + 1]!.pop()),
      );
      return {
        count,
        last,
        projects,
        children: copies.map((c, i) => new BinaryCopyRows(c.bytes, CHILDREN[i]!.kinds)),
        buffers: [p!.buffer, ...copies.map((c) => c.buffer)],
      };
    });

  function* decode(round: Fetched, chunkSize: number): Generator<RowChunk> {
    for (let left = round.count; left > 0; ) {
      const n = Math.min(chunkSize, left);
      left -= n;
      const projects: Row[] = new Array(n);
      for (let i = 0; i < n; i++) projects[i] = round.projects.next();
      const last = projects[n - 1]![0] as number;
      const children = {} as Record<ChildKind, Row[]>;
      for (let k = 0; k < CHILD_KINDS.length; k++) {
        const rows = round.children[k]!;
        const out: Row[] = [];
        while (!rows.done && rows.peekFirst() <= last) out.push(rows.next());
        children[CHILD_KINDS[k]!] = out;
      }
      yield { projects, children };
    }
  }

  return {
    ...keysetRowSource(db),
    // Projects per decoded chunk: few enough that their strings are still young when written.
    chunkSize: 100,
    async *chunks(chunkSize) {
      let next: Promise<Fetched> | null = fetch(0);
      try {
        while (next) {
          const round: Fetched = await next;
          next = round.count === fetchSize ? fetch(round.last) : null;
          // Awaited below or in `finally`; until then a failure must not count as unhandled.
          next?.catch(() => {});
          yield* decode(round, chunkSize);
          for (const [i, buffer] of round.buffers.entries()) spare[i]!.push(buffer);
        }
      } finally {
        // Stopped early: let the round in flight finish, so its connections go back to the pool.
        if (next) await next.catch(() => {});
      }
    },
  };
}
