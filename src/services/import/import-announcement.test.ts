import { Readable } from 'node:stream';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type DialectName,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { testPostgresUrl } from '../../config.ts';
import { type DatabaseHandle, type Db, openDatabase } from '../../db/database.ts';
import { upsertProjectType } from '../../db/project-types.repository.ts';
import { emptyQuery, type SearchQuery } from '../../search/search.ts';
import { createSearchEngine, type SearchEngine } from '../../search/search-engine.ts';
import { projectsChanged } from '../project-changes.ts';
import { PROJECT_TYPES } from '../seed/project-types.seed.ts';
import { importIatiFile } from './iati-import.service.ts';

// The IATI import writes a file in one transaction and tells other processes about the projects
// it wrote (`search_changes`, read by every process's search engine) last, just before commit.
// Here "another process" is a second connection to the same database, with its own engine.

const BATCH = 3;
/** Activities read (so batches written) before the file is held open for the checks. */
const HOLD_AT = 3 * BATCH;

function activities(prefix: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `<iati-activity xml:lang="en" default-currency="USD">
  <iati-identifier>XM-${prefix}-${i + 1}</iati-identifier>
  <title><narrative>${prefix} announcement project ${i + 1}</narrative></title>
</iati-activity>\n`,
  );
}

/**
 * Imports `items` as one file, one activity a chunk, in batches of BATCH; once HOLD_AT activities
 * have been read (their batches written, the transaction still open) the file waits for
 * `whileOpen`, then ends with `tail`.
 */
async function importHeldOpen(
  db: Db,
  name: string,
  items: string[],
  tail: string,
  whileOpen: () => Promise<void>,
) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let held!: () => void;
  const holding = new Promise<void>((resolve) => {
    held = resolve;
  });
  const source = Readable.from(
    (async function* () {
      yield Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n',
      );
      for (const item of items) yield Buffer.from(item);
      await released;
      yield Buffer.from(tail);
    })(),
  );
  const importing = importIatiFile(db, source, {
    fileName: name,
    batchSize: BATCH,
    state: 'published',
    // Reported as each chunk arrives, counting the activities of the earlier chunks: a full
    // batch is written before the reader asks for the next chunk.
    onProgress: (p) => {
      if (p.activities >= HOLD_AT) held();
    },
  });
  try {
    const early = importing.then((r) => {
      throw new Error(`the import ended before it was held: ${JSON.stringify(r.errors)}`);
    });
    await Promise.race([holding, early]);
    await whileOpen();
  } finally {
    release();
  }
  return importing;
}

/** A second connection to the test database, as another process would have. */
async function openSecondConnection(t: TestDatabase, dialect: DialectName) {
  if (dialect === 'sqlite') {
    const { rows } = await sql<{ file: string }>`
      select file from pragma_database_list where name = 'main'`.execute(t.db);
    return openDatabase({ kind: 'sqlite', filename: rows[0]!.file });
  }
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.db);
  const url = new URL(testPostgresUrl()!);
  url.pathname = `/${rows[0]!.name}`;
  return openDatabase({ kind: 'postgres', connectionString: url.toString() });
}

/**
 * Fails unless a transaction other than `other`'s holds uncommitted writes: proof that the held
 * import has written its first batches (SQLite: the write lock is taken; PostgreSQL: a session
 * has a transaction id, given at its first write).
 */
async function expectUncommittedWrites(other: DatabaseHandle, dialect: DialectName) {
  if (dialect === 'sqlite') {
    const { rows } = await sql<{ file: string }>`
      select file from pragma_database_list where name = 'main'`.execute(other.db);
    const probe = new SQLite(rows[0]!.file, { timeout: 0 });
    try {
      expect(() => probe.exec('begin immediate')).toThrow(/locked|busy/i);
    } finally {
      probe.close();
    }
    return;
  }
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from pg_stat_activity
    where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`.execute(
    other.db,
  );
  expect(Number(rows[0]!.n)).toBe(1);
}

async function changes(db: Db) {
  const rows = await db
    .selectFrom('search_changes')
    .select(['id', 'project_id'])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), projectId: Number(r.project_id) }));
}

async function projectIds(db: Db, prefix: string) {
  const rows = await db
    .selectFrom('projects')
    .select('id')
    .where('iati_identifier', 'like', `XM-${prefix}-%`)
    .execute();
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

const everything: SearchQuery = { ...emptyQuery(), pageSize: 100 };
const context = { today: '2026-06-01', language: 'en' };

for (const dialect of DIALECTS) {
  describe(`the IATI import's announcement to other processes (${dialect})`, () => {
    let t: TestDatabase;
    let other: DatabaseHandle;
    let engine: SearchEngine;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      for (const type of PROJECT_TYPES) await upsertProjectType(t.db, type);
      other = await openSecondConnection(t, dialect);
      engine = createSearchEngine(other);
      await engine.warm();
    });
    afterAll(async () => {
      await other?.close();
      await t?.drop();
    });

    it('shows nothing while the file is written, and every project once it commits', async () => {
      const before = await changes(other.db);
      let concurrent = 0;
      const report = await importHeldOpen(
        t.db,
        'alpha.xml',
        activities('ALPHA', HOLD_AT + 2),
        '</iati-activities>\n',
        async () => {
          expect(await changes(other.db)).toEqual(before);
          expect((await engine.search(everything, context)).total).toBe(0);
          await expectUncommittedWrites(other, dialect);
          // PostgreSQL numbers changes when they are inserted, not when they commit: a change
          // committed now by another process must come before the file's (SQLite has one writer
          // at a time, so there the import holds the database until it commits).
          if (dialect === 'postgres') {
            await projectsChanged(other.db, []);
            concurrent = (await changes(other.db)).at(-1)!.id;
          }
        },
      );
      expect(report).toMatchObject({ committed: true, created: HOLD_AT + 2, errors: [] });

      const ids = await projectIds(t.db, 'ALPHA');
      expect(ids).toHaveLength(HOLD_AT + 2);
      const last = before.at(-1)?.id ?? 0;
      const announced = (await changes(other.db)).filter((c) => c.id > last && c.projectId !== 0);
      expect(announced.map((c) => c.projectId).sort((a, b) => a - b)).toEqual(ids);
      for (const change of announced) expect(change.id).toBeGreaterThan(concurrent);

      const found = await engine.search(everything, context);
      expect(found.ids.sort((a, b) => a - b)).toEqual(ids);
    });

    it('announces nothing of a file that fails at its end', async () => {
      const before = await changes(other.db);
      const shown = (await engine.search(everything, context)).ids.sort((a, b) => a - b);
      const report = await importHeldOpen(
        t.db,
        'broken.xml',
        activities('BROKEN', HOLD_AT + 2),
        '<iati-activity xml:lang="en"><iati-identifier>XM-BROKEN-',
        async () => {
          expect(await changes(other.db)).toEqual(before);
          await expectUncommittedWrites(other, dialect);
        },
      );
      expect(report.committed).toBe(false);
      expect(report.errors).toHaveLength(1);

      expect(await projectIds(t.db, 'BROKEN')).toEqual([]);
      expect(await changes(other.db)).toEqual(before);
      expect((await engine.search(everything, context)).ids.sort((a, b) => a - b)).toEqual(shown);
    });
  });
}
