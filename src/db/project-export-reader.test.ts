import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectInput } from '../../test/factories/project.factory.ts';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/databases.ts';
import { publishedProjectIds } from '../../test/helpers/published-ids.ts';
import type { Project, ProjectInput } from '../domain/projects/project.ts';
import { seedDemoData } from '../services/seed.service.ts';
import { postgresPoolOf } from './dialect/postgres.ts';
import type { RowSource } from './export-reader/export-rows.ts';
import { keysetRowSource } from './export-reader/keyset-chunks.ts';
import { postgresCopyRowSource } from './export-reader/postgres-copy-chunks.ts';
import { upsertOrganisation } from './organisations.repository.ts';
import {
  exportRowSource,
  openSnapshotExports,
  publishedProjectChunksOf,
} from './project-export-reader.ts';
import { loadProjects } from './project-read.repository.ts';
import { saveProject } from './project-write.repository.ts';

/** A project with rows of every child kind, several of each where the schema allows. */
function fullProject(
  slug: string,
  orgs: string[],
  types: string[],
  extra: Partial<ProjectInput> = {},
) {
  return projectInput({
    slug,
    title: `Title of ${slug}`,
    summary: 'A summary',
    description: 'A description\n\n- with a list',
    period: { start: { year: 2015, month: 3 }, end: { year: 2019 } },
    periodNote: 'a note',
    budgetText: 'USD 1.5 million',
    budgetLines: [
      { label: 'Total', amountCents: 150_000_000, currency: 'USD', isTotal: true },
      { label: null, amountCents: 12_345, currency: 'EUR', isTotal: false },
      // Above 2^32: PostgreSQL's binary COPY sends it as 8 bytes.
      { label: 'Largest', amountCents: Number.MAX_SAFE_INTEGER, currency: 'KZT', isTotal: false },
    ],
    countries: [
      { code: 'KG', percentage: 60 },
      { code: 'KZ', percentage: null },
    ],
    regions: [{ code: '619', percentage: 40 }],
    beneficiary: 'Courts',
    beneficiaryCountries: ['TJ', 'UZ'],
    typeSlugs: types,
    sectors: [
      // Reals that are not exact in binary: read back as the text PostgreSQL writes.
      { vocabulary: '1', code: '15130', percentage: 66.7 },
      { vocabulary: '1', code: '15110', percentage: 33.3 },
    ],
    organisations: [
      { role: 'donor', organisationSlug: orgs[0]! },
      { role: 'implementing', organisationSlug: orgs[1]! },
      { role: 'donor', organisationSlug: orgs[1]! },
    ],
    contacts: [
      {
        role: 'implementing',
        organisation: 'UNODC',
        person: 'A. Person',
        jobTitle: 'Officer',
        phones: ['+1 2', '+3 4'],
        email: 'a@example.org',
        address: 'Street 1\nCity',
        website: 'https://example.org',
      },
      {
        role: null,
        organisation: null,
        person: 'B. Person',
        jobTitle: null,
        phones: [],
        email: null,
        address: null,
        website: null,
      },
    ],
    links: [
      { kind: 'link', url: 'https://example.org/a', title: 'A', language: 'en', format: null },
      {
        kind: 'document',
        url: 'https://example.org/b.pdf',
        title: null,
        language: null,
        format: 'application/pdf',
      },
    ],
    translations: [
      {
        language: 'ru',
        title: 'Название',
        summary: 'Кратко',
        description: null,
        budgetText: null,
        beneficiary: null,
        periodNote: null,
      },
      {
        language: 'fr',
        title: 'Titre',
        summary: null,
        description: null,
        budgetText: null,
        beneficiary: null,
        periodNote: null,
      },
    ],
    provenance: {
      source: 'iati',
      iatiIdentifier: `XM-${slug}`,
      sourceFile: 'file.xml',
      importedAt: '2026-01-01T00:00:00.000Z',
    },
    ...extra,
  });
}

// Translations have no position column; the reader gives them by language.
const byLanguage = (p: Project): Project => ({
  ...p,
  translations: [...p.translations].sort((a, b) => a.language.localeCompare(b.language)),
});

type Db = TestDatabase['db'];
// The dialect's own source (on SQLite a snapshot connection, on PostgreSQL binary COPY in rounds
// of 2,000 projects), keyset chunks through Kysely, and on PostgreSQL COPY in rounds of 3
// projects, so that chunks and rounds end in different places, and of 1, so that the last round
// is full and an empty one ends the export.
const SOURCES: Record<string, (db: Db) => Promise<RowSource>> = {
  default: exportRowSource,
  keyset: async (db) => keysetRowSource(db),
};
const copyInRoundsOf = (fetchSize: number) => async (db: Db) =>
  postgresCopyRowSource(db, postgresPoolOf(db)!, { fetchSize });
const sourcesFor = (dialect: string) =>
  dialect === 'postgres'
    ? { ...SOURCES, 'copy, rounds of 3': copyInRoundsOf(3), 'copy, rounds of 1': copyInRoundsOf(1) }
    : SOURCES;

async function readAll(source: RowSource, chunkSize: number) {
  const chunks: Project[][] = [];
  for await (const chunk of publishedProjectChunksOf(source, chunkSize)) chunks.push(chunk);
  return chunks;
}

for (const dialect of DIALECTS) {
  describe(`the export reader (${dialect})`, () => {
    let t: TestDatabase;
    let orgs: string[];
    let types: string[];
    let publishedIds: number[];

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemoData(t.db);
      orgs = (await t.db.selectFrom('organisations').select('slug').orderBy('id').execute()).map(
        (r) => r.slug,
      );
      types = (await t.db.selectFrom('project_types').select('slug').orderBy('id').execute()).map(
        (r) => r.slug,
      );
      // Published, draft, published, deleted, archived, published, …: chunk edges fall on each kind.
      for (let i = 0; i < 12; i++) {
        const state = i % 3 === 1 ? 'draft' : i % 6 === 4 ? 'archived' : 'published';
        await saveProject(
          t.db,
          fullProject(
            `full-${i}`,
            [orgs[i % orgs.length]!, orgs[(i + 1) % orgs.length]!],
            [types[i % types.length]!, types[(i + 2) % types.length]!],
            { state },
          ),
        );
      }
      await t.db
        .updateTable('projects')
        .set({ deleted_at: '2026-11-01T00:00:00.000Z' })
        .where('slug', 'in', ['full-3', 'full-9'])
        .execute();
      publishedIds = await publishedProjectIds(t.db);
    });
    afterAll(async () => {
      await t.drop();
    });

    for (const [name, sourceOf] of Object.entries(sourcesFor(dialect))) {
      it(`reads the same records as loadProjects, published and undeleted only, in id order (${name})`, async () => {
        const expected = (await loadProjects(t.db, publishedIds)).map(byLanguage);
        expect(expected.some((p) => p.slug === 'full-0')).toBe(true);
        for (const chunkSize of [1, 4, 5_000]) {
          const read = (await readAll(await sourceOf(t.db), chunkSize)).flat();
          expect(read.map((p) => p.id)).toEqual(publishedIds);
          expect(read).toEqual(expected);
        }
        const slugs = (await readAll(await sourceOf(t.db), 4)).flat().map((p) => p.slug);
        for (const hidden of ['full-1', 'full-3', 'full-4', 'full-9', 'full-10']) {
          expect(slugs).not.toContain(hidden);
        }
      });

      it(`chunks: none larger than asked, each id once (${name})`, async () => {
        const chunks = await readAll(await sourceOf(t.db), 4);
        expect(chunks.length).toBeGreaterThan(2);
        for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(4);
        const ids = chunks.flat().map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
      });
    }

    it('keyset chunks find an organisation created while the export runs', async () => {
      const reader = publishedProjectChunksOf(keysetRowSource(t.db), 2);
      const first = await reader.next();
      expect(first.done).toBe(false);
      await upsertOrganisation(t.db, {
        slug: 'late-org',
        name: 'Late Organisation',
        acronym: 'LO',
        iatiIdentifier: null,
        iatiType: null,
        website: null,
        translations: { ru: { name: 'Поздняя', acronym: null } },
      });
      const { id } = await saveProject(
        t.db,
        fullProject('late', ['late-org', orgs[0]!], [types[0]!]),
      );
      const rest: Project[] = [];
      for (let next = await reader.next(); !next.done; next = await reader.next()) {
        rest.push(...next.value);
      }
      const late = rest.find((p) => p.slug === 'late')!;
      expect(late.organisations[0]!.organisation).toMatchObject({
        slug: 'late-org',
        name: 'Late Organisation',
        translations: { ru: { name: 'Поздняя', acronym: null } },
      });
      const [loaded] = await loadProjects(t.db, [late.id]);
      expect(late).toEqual(byLanguage(loaded!));
      await t.db.updateTable('projects').set({ state: 'draft' }).where('id', '=', id).execute();
    });

    // On PostgreSQL in rounds of 3 projects: the default's first round holds all of these.
    const unsnapshotted = async (db: Db) =>
      dialect === 'sqlite' ? exportRowSource(db) : copyInRoundsOf(3)(db);

    it('the default source reads a snapshot on SQLite', async () => {
      const reader = publishedProjectChunksOf(await unsnapshotted(t.db), 2);
      const first = await reader.next();
      expect(first.done).toBe(false);
      const { id } = await saveProject(
        t.db,
        fullProject('during', [orgs[0]!, orgs[1]!], [types[0]!]),
      );
      const slugs: string[] = [];
      for (let next = await reader.next(); !next.done; next = await reader.next()) {
        slugs.push(...next.value.map((p) => p.slug));
      }
      // SQLite: one read transaction. PostgreSQL: keyset rounds reach the new id at the end.
      expect(slugs.includes('during')).toBe(dialect !== 'sqlite');
      await t.db.updateTable('projects').set({ state: 'draft' }).where('id', '=', id).execute();
    });

    it('holds at most two snapshots at once; a third export reads keyset chunks', async () => {
      const started: AsyncGenerator<unknown[]>[] = [];
      try {
        for (let i = 0; i < 3; i++) {
          const reader = publishedProjectChunksOf(await unsnapshotted(t.db), 1);
          started.push(reader);
          await reader.next();
        }
        expect(openSnapshotExports()).toBe(dialect === 'sqlite' ? 2 : 0);
        // The third sees a project saved after it began: it holds no snapshot.
        const { id } = await saveProject(
          t.db,
          fullProject('third', [orgs[0]!, orgs[1]!], [types[0]!]),
        );
        const rest: string[] = [];
        for (let n = await started[2]!.next(); !n.done; n = await started[2]!.next())
          rest.push(...(n.value as { slug: string }[]).map((p) => p.slug));
        expect(rest).toContain('third');
        await t.db.updateTable('projects').set({ state: 'draft' }).where('id', '=', id).execute();
      } finally {
        for (const reader of started) await reader.return(undefined);
      }
      expect(openSnapshotExports()).toBe(0);
    });

    if (dialect === 'postgres') {
      it('COPY rounds: stopping early hands every connection back to the pool', async () => {
        const pool = postgresPoolOf(t.db)!;
        const reader = publishedProjectChunksOf(await copyInRoundsOf(2)(t.db), 1);
        await reader.next(); // the second round is on its way now
        await reader.return(undefined);
        expect(pool.totalCount - pool.idleCount).toBe(0);
        expect((await readAll(await exportRowSource(t.db), 100)).flat()).toHaveLength(
          publishedIds.length,
        );
      });
    }

    it('ends its read transaction when the consumer stops early', async () => {
      // A checkpoint that truncates SQLite's log is busy while any reader holds a snapshot.
      const checkpointBusy = async () => {
        await saveProject(
          t.db,
          fullProject('churn', [orgs[0]!, orgs[1]!], [types[0]!], { state: 'draft' }),
        );
        const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(t.db);
        return rows[0]!.busy;
      };
      const reader = publishedProjectChunksOf(await exportRowSource(t.db), 1);
      await reader.next();
      if (dialect === 'sqlite') expect(await checkpointBusy()).toBe(1);
      await reader.return(undefined);
      if (dialect === 'sqlite') expect(await checkpointBusy()).toBe(0);
      expect((await readAll(await exportRowSource(t.db), 100)).flat()).toHaveLength(
        publishedIds.length,
      );
    });
  });
}
