import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { findProjectBySlug } from '../db/project-read.repository.ts';
import { importCommand } from './import.command.ts';
import { withDatabase } from './with-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'projectory-sheet-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sink() {
  const stream = {
    text: '',
    isTTY: false,
    columns: 200,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

describe('projectory import of a spreadsheet', () => {
  it('creates drafts, as the web import does, with or without --draft; --publish publishes', async () => {
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'state.db')}` });
    const file = join(dir, 'sheet.csv');
    for (const [title, args] of [
      ['Plain import', []],
      ['Draft import', ['--draft']],
      ['Published import', ['--publish']],
    ] as const) {
      writeFileSync(file, `Title,Country\n${title},KG\n`);
      const stdout = sink();
      const code = await importCommand.run([file, ...args], {
        config,
        stdout: stdout as any,
        stderr: sink() as any,
      });
      expect([code, stdout.text]).toEqual([0, expect.stringContaining('1 to create')]);
    }
    await withDatabase(config, async ({ db }) => {
      expect((await findProjectBySlug(db, 'plain-import'))?.state).toBe('draft');
      expect((await findProjectBySlug(db, 'draft-import'))?.state).toBe('draft');
      expect((await findProjectBySlug(db, 'published-import'))?.state).toBe('published');
    });
  });
});
