import { CompiledQuery } from 'kysely';
import type { Db } from './database.ts';
import type { Database } from './schema.ts';

// Kysely compiles a 500-row insert in ~6 ms, more than the database takes to run it. The SQL
// text depends only on the table, the columns and the number of rows, so it is compiled once
// per shape (by Kysely, with the running dialect's placeholders) and reused with new values.
// Row counts are cut into a few fixed sizes so the cache stays small.

// Under both databases' bound-parameter limits (SQLite 32,766; PostgreSQL 65,535).
const MAX_PARAMETERS = 30_000;
const SIZES = [256, 64, 16, 4, 1];

// One cache per dialect adapter: SQLite and PostgreSQL write placeholders differently.
const caches = new WeakMap<object, Map<string, string>>();

function compiledSql(
  db: Db,
  table: keyof Database,
  columns: string[],
  rows: number,
  returning: string[],
) {
  const adapter = db.getExecutor().adapter;
  let cache = caches.get(adapter);
  if (!cache) {
    cache = new Map();
    caches.set(adapter, cache);
  }
  const key = `${table}|${columns.join(',')}|${rows}|${returning.join(',')}`;
  let text = cache.get(key);
  if (text === undefined) {
    const row = Object.fromEntries(columns.map((c) => [c, 0]));
    const insert = db.insertInto(table).values(Array.from({ length: rows }, () => row) as any);
    text = (returning.length > 0 ? insert.returning(returning as any) : insert).compile().sql;
    cache.set(key, text);
  }
  return text;
}

/** Row counts per statement: as many full chunks as fit, then the fixed smaller sizes. */
function plan(total: number, columns: number): number[] {
  const full = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  const sizes: number[] = [];
  let left = total;
  while (left >= full) {
    sizes.push(full);
    left -= full;
  }
  for (const size of SIZES) {
    while (left >= size) {
      sizes.push(size);
      left -= size;
    }
  }
  return sizes;
}

/**
 * Inserts rows that all have the same columns (in the same key order), a few statements per
 * table, and returns the `returning` columns of every row inserted.
 */
export async function insertMany<R = unknown>(
  db: Db,
  table: keyof Database,
  rows: readonly Record<string, unknown>[],
  returning: string[] = [],
): Promise<R[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(rows[0]!);
  const out: R[] = [];
  let start = 0;
  for (const size of plan(rows.length, columns.length)) {
    const parameters: unknown[] = [];
    for (let i = start; i < start + size; i++) {
      const row = rows[i]!;
      for (const column of columns) parameters.push(row[column]);
    }
    start += size;
    const sql = compiledSql(db, table, columns, size, returning);
    const result = await db.executeQuery<R>(CompiledQuery.raw(sql, parameters));
    for (const r of result.rows) out.push(r);
  }
  return out;
}
