import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iatiFixture, iatiSample } from '../../../test/fixtures/iati/paths.ts';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import type { Db } from '../../db/database.ts';
import { upsertProjectType } from '../../db/project-types.repository.ts';
import { indexProjects } from '../../search/indexer.ts';
import { stemmedText } from '../../search/text.ts';
import { PROJECT_TYPES } from '../seed/project-types.seed.ts';
import { importIatiFile } from './iati-import.service.ts';

/** What the full-text index holds, per project: its tokens with column and position. */
async function indexContents(db: Db, dialect: string): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (dialect === 'sqlite') {
    await sql`create virtual table if not exists temp.search_terms using fts5vocab(main, project_search, instance)`.execute(
      db,
    );
    const { rows } = await sql<{ doc: number; term: string; col: string; offset: number }>`
      select doc, term, col, offset from temp.search_terms order by doc, col, offset, term`.execute(
      db,
    );
    for (const r of rows) out.set(r.doc, `${out.get(r.doc) ?? ''} ${r.col}:${r.offset}:${r.term}`);
  } else {
    const { rows } = await sql<{ id: number; tsv: string }>`
      select project_id as id, tsv::text as tsv from project_search order by project_id`.execute(
      db,
    );
    for (const r of rows) out.set(r.id, r.tsv);
  }
  return out;
}

for (const dialect of DIALECTS) {
  describe(`the import's search documents (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      for (const type of PROJECT_TYPES) await upsertProjectType(t.db, type);
      // Curated before the import: the index must hold these names, not the file's.
      const now = new Date().toISOString();
      const { id } = await t.db
        .insertInto('organisations')
        .values({
          slug: 'curated-donor',
          name: 'Curated Donor Name',
          acronym: 'CDN',
          iati_identifier: 'XM-TEST-DONOR',
          iati_type: '10',
          website: null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('organisation_translations')
        .values({ organisation_id: id, language: 'ru', name: 'Курируемый донор', acronym: 'КД' })
        .execute();
    });
    afterAll(() => t.drop());

    it('are what the index builds from the stored rows, for new and updated projects', async () => {
      const files = [
        iatiFixture('multilingual-2.03.xml'),
        iatiSample('codeforIATI-iati-datastore/same_orgs_different_roles.xml'),
        iatiSample('codeforIATI-iati-datastore/multiple_locales_descriptions.xml'),
        iatiFixture('legacy-1.03.xml'),
      ];
      for (const file of files)
        expect((await importIatiFile(t.db, file, { state: 'published' })).committed).toBe(true);
      // Again with --force: every project is updated in place.
      const again = await importIatiFile(t.db, files[0]!, { force: true });
      expect(again.updated + again.unchanged).toBeGreaterThan(0);

      const inHand = await indexContents(t.db, dialect);
      expect(inHand.size).toBeGreaterThan(50);
      const ids = (await t.db.selectFrom('projects').select('id').execute()).map((r) => r.id);
      expect(inHand.size).toBe(ids.length);
      const donor = stemmedText('Curated Donor Name Курируемый');
      for (const stem of donor.split(' ')) expect([...inHand.values()].join(' ')).toContain(stem);

      await indexProjects(t.db, ids);
      expect(await indexContents(t.db, dialect)).toEqual(inHand);
    });

    it('leave drafts out of the index but tell other processes they changed', async () => {
      const before = await t.db
        .selectFrom('search_changes' as any)
        .select((eb) => eb.fn.max<number>('id' as any).as('n'))
        .executeTakeFirstOrThrow();
      const size = (await indexContents(t.db, dialect)).size;
      const report = await importIatiFile(t.db, iatiSample('codeforIATI-iati-datastore/CD.xml'), {
        state: 'draft',
      });
      expect(report.created).toBe(205);
      expect((await indexContents(t.db, dialect)).size).toBe(size);
      const changes = await t.db
        .selectFrom('search_changes' as any)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('id' as any, '>', before.n)
        .executeTakeFirstOrThrow();
      expect(Number(changes.n)).toBe(205);
    });
  });
}
