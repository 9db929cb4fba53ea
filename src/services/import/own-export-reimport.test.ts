import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { MemoryOutput } from '../../interchange/csv/memory-output.ts';
import { createExportService } from '../export/export.service.ts';
import { seedDemoData } from '../seed.service.ts';
import { importIatiFile } from './iati-import.service.ts';

// Our IATI export names a project without an IATI identifier `XI-PROJECTORY-<slug>` (the
// reporting-org's ref, marked secondary reporter). Imported back into the same catalogue, such
// an activity is that project, not a new one.

async function projectCount(t: TestDatabase) {
  const row = await t.db
    .selectFrom('projects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of DIALECTS) {
  describe(`importing our own IATI export back (${dialect})`, () => {
    let t: TestDatabase;
    let xml: string;
    let local: number;
    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemoData(t.db);
      const out = new MemoryOutput();
      await createExportService(t.db).write('iati', out, {
        publicUrl: 'http://localhost',
        today: '2026-11-28',
        now: '2026-11-28T00:00:00.000Z',
      });
      xml = out.text();
      local = (
        await t.db
          .selectFrom('projects')
          .select('id')
          .where('iati_identifier', 'is', null)
          .where('state', '=', 'published')
          .execute()
      ).length;
    });
    afterAll(() => t.drop());

    it('creates nothing: projects entered here are found by slug and kept unless forced', async () => {
      expect(local).toBeGreaterThan(0);
      expect(xml).toContain('<iati-identifier>XI-PROJECTORY-unodc-programme-for-central-asia');
      const before = await projectCount(t);
      const report = await importIatiFile(t.db, Readable.from([xml]), { fileName: 'ours.xml' });
      expect(report.errors).toEqual([]);
      expect(report.created).toBe(0);
      const kept = report.skipped.filter((s) => s.reason.startsWith('entered locally'));
      expect(kept).toHaveLength(local);
      expect(kept.every((s) => s.iatiIdentifier?.startsWith('XI-PROJECTORY-'))).toBe(true);
      expect(await projectCount(t)).toBe(before);

      const forced = await importIatiFile(t.db, Readable.from([xml]), {
        fileName: 'ours.xml',
        force: true,
      });
      expect(forced.created).toBe(0);
      expect(forced.updated).toBeGreaterThanOrEqual(local);
      expect(await projectCount(t)).toBe(before);
      const seed = await t.db
        .selectFrom('projects')
        .select(['iati_identifier', 'source'])
        .where('slug', '=', 'unodc-programme-for-central-asia-2015-2019')
        .executeTakeFirstOrThrow();
      expect(seed).toEqual({
        iati_identifier: 'XI-PROJECTORY-unodc-programme-for-central-asia-2015-2019',
        source: 'iati',
      });
    });
  });
}
