import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  DIALECTS,
  type TestDatabase,
} from '../../../test/helpers/databases.ts';
import { publishedProjectIds } from '../../../test/helpers/published-ids.ts';
import { MemoryOutput } from '../../interchange/csv/memory-output.ts';
import { seedDemoData } from '../seed.service.ts';
import { createExportService, EXPORT_FORMATS, type ExportFormat } from './export.service.ts';

for (const dialect of DIALECTS) {
  describe(`export service: the unfiltered fast path and the id-list path agree (${dialect})`, () => {
    let t: TestDatabase;
    let publishedIds: number[];

    beforeAll(async () => {
      t = await createTestDatabase(dialect);
      await seedDemoData(t.db);
      // One unpublished and one deleted project, so the fast path has something to skip.
      const [first, second] = await t.db
        .selectFrom('projects')
        .select('id')
        .orderBy('id')
        .limit(2)
        .execute();
      await t.db
        .updateTable('projects')
        .set({ state: 'draft' })
        .where('id', '=', first!.id)
        .execute();
      await t.db
        .updateTable('projects')
        .set({ deleted_at: '2026-11-01T00:00:00.000Z' })
        .where('id', '=', second!.id)
        .execute();
      publishedIds = await publishedProjectIds(t.db);
    });
    afterAll(async () => {
      await t.drop();
    });

    const exportOf = async (format: ExportFormat, ids?: number[]) => {
      const out = new MemoryOutput();
      const run = {
        publicUrl: 'http://localhost',
        today: '2026-11-28',
        now: '2026-11-28T00:00:00.000Z',
      };
      async function* batches() {
        for (let i = 0; i < ids!.length; i += 3) yield ids!.slice(i, i + 3);
      }
      const { rows } = await createExportService(t.db).write(format, out, {
        ...run,
        ids: ids ? batches() : undefined,
      });
      return { rows, text: out.text() };
    };

    for (const format of EXPORT_FORMATS.filter((f) => f !== 'xlsx')) {
      it(`writes the same ${format} as the published ids read through loadProjects`, async () => {
        const fast = await exportOf(format);
        const listed = await exportOf(format, publishedIds);
        expect(publishedIds.length).toBeGreaterThan(5);
        expect(fast.rows).toBe(publishedIds.length);
        expect(fast.text).toBe(listed.text);
      });
    }

    it('fails when the output closes, holding no read transaction afterwards', async () => {
      const out = new MemoryOutput();
      out.once('data', () => {});
      const write = createExportService(t.db).write('csv', out, { publicUrl: 'http://localhost' });
      out.destroy(); // the client went away after the header
      await expect(write).rejects.toThrow(/closed/);
      if (dialect === 'sqlite') {
        // A checkpoint that truncates the log is busy while any reader still holds a snapshot.
        await t.db
          .updateTable('projects')
          .set({ version: 1 })
          .where('id', '=', publishedIds[0]!)
          .execute();
        const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(t.db);
        expect(rows[0]!.busy).toBe(0);
      }
    });

    it('writes only the listed projects, in the list order, when given ids', async () => {
      const chosen = [publishedIds[3]!, publishedIds[0]!];
      const { rows, text } = await exportOf('csv', chosen);
      expect(rows).toBe(2);
      const slugs = await t.db
        .selectFrom('projects')
        .select(['id', 'slug'])
        .where('id', 'in', chosen)
        .execute();
      const slugOf = (id: number) => slugs.find((s) => s.id === id)!.slug;
      expect(text.indexOf(`/projects/${slugOf(chosen[0]!)}`)).toBeLessThan(
        text.indexOf(`/projects/${slugOf(chosen[1]!)}`),
      );
    });
  });
}
