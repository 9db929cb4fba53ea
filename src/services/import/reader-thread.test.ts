import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIatiFile } from '../../../bench/import-generator.ts';
import { iatiFixture } from '../../../test/fixtures/iati/paths.ts';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { upsertProjectType } from '../../db/project-types.repository.ts';
import { PROJECT_TYPES } from '../seed/project-types.seed.ts';
import { type ImportReport, importIatiFile } from './iati-import.service.ts';

/** A report without what differs from run to run. */
const essence = (r: ImportReport) => ({ ...r, seconds: 0 });

for (const dialect of DIALECTS) {
  describe(`the import's reader thread (${dialect})`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'projectory-reader-thread-'));
    const big = join(dir, 'activities.xml');
    let threaded: TestDatabase;
    let here: TestDatabase;
    beforeAll(async () => {
      await generateIatiFile(big, { activities: 600 });
      threaded = await createTestDatabase(dialect);
      here = await createTestDatabase(dialect);
      for (const t of [threaded, here])
        for (const type of PROJECT_TYPES) await upsertProjectType(t.db, type);
    });
    afterAll(async () => {
      await threaded?.drop();
      await here?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('imports what reading in the same thread imports, in several batches', async () => {
      const progress: number[] = [];
      const a = await importIatiFile(threaded.db, big, {
        readerThread: true,
        batchSize: 200,
        onProgress: (p) => progress.push(p.activities),
      });
      const b = await importIatiFile(here.db, big, { readerThread: false, batchSize: 200 });
      expect(a.created).toBe(600);
      expect(essence(a)).toEqual(essence(b));
      expect(progress.at(-1)).toBe(600);
      expect(progress.some((n) => n > 0 && n < 600)).toBe(true);
      const again = await importIatiFile(threaded.db, big, { readerThread: true });
      expect(again.unchanged).toBe(600);
      const slugs = async (t: TestDatabase) =>
        (await t.db.selectFrom('projects').select('slug').orderBy('slug').execute()).map(
          (r) => r.slug,
        );
      expect(await slugs(threaded)).toEqual(await slugs(here));
    });

    it('reports a broken file with its line and column, writing nothing', async () => {
      const report = await importIatiFile(threaded.db, iatiFixture('truncated-2.03.xml'), {
        readerThread: true,
      });
      expect(report.committed).toBe(false);
      expect(report.activities).toBe(2);
      expect(report.errors).toEqual([
        { message: 'line 14, column 1: unclosed tag: narrative', line: 14, column: 1 },
      ]);
      const refused = await importIatiFile(threaded.db, iatiFixture('not-iati.xml'), {
        readerThread: true,
      });
      expect(refused.errors[0]?.message).toMatch(/not an IATI activity file/);
    });
  });
}
