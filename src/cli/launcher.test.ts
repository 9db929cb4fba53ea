import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { iatiFixture } from '../../test/fixtures/iati/paths.ts';

// bin/projectory.js (the `projectory` command) re-runs every import in a child process with a
// capped V8 heap. This test runs the real launcher and watches its processes from outside: a
// module preloaded through NODE_OPTIONS (which every process of the launcher inherits) writes,
// as each process exits, its heap limit and whether it opened the SQLite database.

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'projectory-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const probe = join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `import { appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getHeapStatistics } from 'node:v8';
const loaded = createRequire(import.meta.url).cache;
process.on('exit', () => {
  const record = {
    pid: process.pid,
    ppid: process.ppid,
    heapLimit: getHeapStatistics().heap_size_limit,
    openedDatabase: Object.keys(loaded).some((path) => path.includes('better-sqlite3')),
  };
  appendFileSync(process.env.PROBE_OUT, JSON.stringify(record) + '\\n');
});
`,
);

interface ProcessRecord {
  pid: number;
  ppid: number;
  heapLimit: number;
  openedDatabase: boolean;
}

/** Runs `node …args` with the probe; resolves with what each of its processes recorded. */
async function observe(name: string, args: string[], nodeOptions = '') {
  const out = join(dir, `${name}.jsonl`);
  writeFileSync(out, '');
  const { stdout } = await run(process.execPath, args, {
    env: {
      ...process.env,
      NODE_OPTIONS: `--import=${pathToFileURL(probe).href} ${nodeOptions}`,
      PROBE_OUT: out,
      DATABASE_URL: `sqlite:${join(dir, `${name}.db`)}`,
      LOG_LEVEL: 'silent',
    },
    timeout: 60_000,
  });
  const records = readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ProcessRecord);
  return { stdout, records };
}

/** The heap limit of a plain `node` with these options: what the processes are compared with. */
async function heapLimitOf(name: string, nodeOptions: string) {
  const { records } = await observe(name, ['-e', ''], nodeOptions);
  return records[0]!.heapLimit;
}

describe('the projectory launcher (bin/projectory.js)', { timeout: 120_000 }, () => {
  it('runs CSV and IATI XML imports with a 128 MB heap, and other commands without a cap', async () => {
    const csv = join(dir, 'sheet.csv');
    writeFileSync(csv, 'Title,Country\nCourt Data Project,Kyrgyz Republic\n');
    const launcher = ['bin/projectory.js'];
    // Concurrently, each on its own database file: every run loads the app through tsx (~2.5 s
    // of CPU here).
    const [uncapped, capped, csvImport, xmlImport, migrate] = await Promise.all([
      heapLimitOf('plain', ''),
      heapLimitOf('capped', '--max-old-space-size=128'),
      observe('csv', [...launcher, 'import', csv]),
      observe('xml', [...launcher, 'import', iatiFixture('multilingual-2.03.xml')]),
      observe('migrate', [...launcher, 'migrate']),
    ]);
    expect(capped).toBeLessThan(uncapped / 2);

    expect(csvImport.stdout).toContain('1 to create, 0 to update, 0 unchanged, 0 with errors');
    expect(xmlImport.stdout).toContain('2 activities: 2 created');
    for (const [file, { records }] of [
      ['CSV', csvImport],
      ['XML', xmlImport],
    ] as const) {
      // The launcher, uncapped and without the database, and the child doing the import.
      expect(records, `${file} import: its processes`).toHaveLength(2);
      const worker = records.find((r) => r.openedDatabase);
      const parent = records.find((r) => !r.openedDatabase);
      expect(worker?.heapLimit, `${file} import: the importing process's heap`).toBe(capped);
      expect(worker?.ppid).toBe(parent?.pid);
      expect(parent?.heapLimit).toBe(uncapped);
    }

    expect(migrate.stdout).toMatch(/^applied: /);
    expect(migrate.records).toEqual([expect.objectContaining({ openedDatabase: true })]);
    expect(migrate.records[0]!.heapLimit).toBe(uncapped);
  });
});
