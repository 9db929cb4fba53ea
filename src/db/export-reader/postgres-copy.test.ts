import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { postgresPoolOf } from '../dialect/postgres.ts';
import { BinaryCopyRows, ColumnKind, castColumns, copyOut, withClient } from './postgres-copy.ts';

const K = ColumnKind;

describe.skipIf(!DIALECTS.includes('postgres'))('binary COPY on PostgreSQL', () => {
  let t: TestDatabase;
  const pool = () => postgresPoolOf(t.db)!;

  beforeAll(async () => {
    t = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    await t.drop();
  });

  const values = `(values
    (1, 'plain', 2.5::real, 9007199254740991::int8, null::text),
    (-7, 'Проект «7» — 😀', 33.3::real, -4294967297::int8, ''),
    (2147483647, null, null, 0::int8, 'tab\there, "quoted"\nnext line \\ backslash')
  ) as v(i, t, r, l, n)`;
  const kinds = [K.Int4, K.Text, K.Number, K.Int8, K.Text];
  const select = `select ${castColumns(['i', 't', 'r', 'l', 'n'], kinds)} from ${values} order by i`;

  it('decodes every kind of column, NULLs and any text, as the rows pg would give', async () => {
    const [result] = await withClient(pool(), (c) => copyOut(c, [select]));
    const rows = new BinaryCopyRows(result!.bytes, kinds);
    expect(rows.remaining()).toEqual({ count: 3, lastFirst: 2147483647 });
    expect(rows.peekFirst()).toBe(-7);
    const read = [];
    while (!rows.done) read.push(rows.next());
    expect(read).toEqual([
      [-7, 'Проект «7» — 😀', 33.3, -4294967297, ''],
      [1, 'plain', 2.5, 9007199254740991, null],
      [2147483647, null, null, 0, 'tab\there, "quoted"\nnext line \\ backslash'],
    ]);
  });

  it('runs several statements in one round trip, each into its own buffer, reusing those given', async () => {
    const given = Buffer.alloc(64);
    const results = await withClient(pool(), (c) =>
      copyOut(c, [select, `${select} limit 0`, `${select} limit 1`], [undefined, given]),
    );
    expect(results.map((r) => new BinaryCopyRows(r.bytes, kinds).remaining().count)).toEqual([
      3, 0, 1,
    ]);
    expect(new BinaryCopyRows(results[1]!.bytes, kinds).done).toBe(true);
    expect(results[1]!.buffer).toBe(given); // the header and trailer fit in 64 bytes
  });

  it('fails with the error of the statement, and the pool still serves', async () => {
    const failing = withClient(pool(), (c) =>
      copyOut(c, [select, 'select 1 / (i - i) from (values (1)) as v(i)']),
    );
    await expect(failing).rejects.toThrow(/division by zero/);
    const [again] = await withClient(pool(), (c) => copyOut(c, [select]));
    expect(new BinaryCopyRows(again!.bytes, kinds).remaining().count).toBe(3);
  });

  it('refuses bytes that are not a binary COPY', () => {
    expect(() => new BinaryCopyRows(Buffer.from('1\tplain\n'), kinds)).toThrow(/binary COPY/);
  });
});
