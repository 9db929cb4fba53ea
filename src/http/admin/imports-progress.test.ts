import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIatiFile } from '../../../bench/import-generator.ts';
import { DIALECTS } from '../../../test/helpers/databases.ts';
import { createServices } from '../../services/services.ts';
import { buildApp } from '../app.ts';
import { adminTestBed } from './admin-test-helpers.ts';
import { filePart, runIdOf, upload } from './imports-test-helpers.ts';

// SQLite has no such test: its one connection is held by the import's transaction, so no
// request of the process is answered before the file has committed (docs/IMPORT.md).
describe.runIf(DIALECTS.includes('postgres'))(
  'postgres: progress seen by another web process',
  () => {
    let bed: Awaited<ReturnType<typeof adminTestBed>>;
    let dir: string;
    beforeAll(async () => {
      bed = await adminTestBed('postgres');
      dir = await mkdtemp(join(tmpdir(), 'projectory-progress-'));
    });
    afterAll(async () => {
      await bed?.services.admin.imports.whenIdle();
      await bed?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('reports activities and bytes from the database while the import runs', async () => {
      const editor = await bed.userWithRole('editor');
      const path = join(dir, 'big.xml');
      const { activities } = await generateIatiFile(path, { activities: 3000 });
      // A second app over the same database, with its own services: nothing shared in memory.
      const second = await buildApp({
        services: createServices(bed.db),
        publicUrl: 'http://localhost',
        logLevel: 'silent',
      });
      try {
        const res = await upload(bed, editor, '/admin/imports/iati', [filePart('files', path)]);
        const id = runIdOf(res.headers.location);
        const seen: { state: string; recordsDone: number; bytesRead: number; fileSize: number }[] =
          [];
        let page = '';
        for (;;) {
          const s = await second.inject({
            method: 'GET',
            url: `/admin/imports/${id}/status`,
            headers: { cookie: editor.cookie },
          });
          const status = s.json();
          seen.push(status);
          if (!status.active) break;
          if (!page && status.recordsDone > 0) {
            page = (
              await second.inject({
                method: 'GET',
                url: `/admin/imports/${id}`,
                headers: { cookie: editor.cookie },
              })
            ).body;
          }
          await new Promise((r) => setTimeout(r, 50));
        }
        const midway = seen.filter(
          (s) => s.state === 'running' && s.recordsDone > 0 && s.bytesRead < s.fileSize,
        );
        expect(midway.length).toBeGreaterThan(0);
        expect(page).toContain('http-equiv="refresh"');
        expect(seen.at(-1)).toMatchObject({ state: 'done', recordsDone: activities });
      } finally {
        await second.close();
      }
    }, 180_000);
  },
);
