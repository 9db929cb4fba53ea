import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { readCsv } from '../interchange/sheet/csv-reader.ts';
import { seedDemoData } from '../services/seed.service.ts';
import { exportCommand, parseExportArgs } from './export.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'projectory-export-'));
const config = loadConfig({
  DATABASE_URL: `sqlite:${join(dir, 'e.db')}`,
  PUBLIC_URL: 'https://x.test',
});

function capture() {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(args: string[]) {
  const stdout = capture();
  const stderr = capture();
  const code = await exportCommand.run(args, {
    config,
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(async () => {
  const handle = await openDatabase(config.database);
  await migrateToLatest(handle);
  await seedDemoData(handle.db);
  await handle.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parseExportArgs', () => {
  it('reads the format, the output and repeatable filters', () => {
    expect(
      parseExportArgs(['--format', 'iati', '--out=a.xml', '--country', 'KZ', '--country=KG']),
    ).toEqual({
      format: 'iati',
      out: 'a.xml',
      reportingOrgRef: null,
      filters: { country: ['KZ', 'KG'] },
    });
    expect(parseExportArgs(['--format', 'pdf'])).toMatch(/unknown format "pdf"/);
    expect(parseExportArgs(['--out'])).toBe('--out needs a value');
    expect(parseExportArgs(['stray'])).toBe('unexpected argument "stray"');
  });
});

describe('projectory export', () => {
  it('writes CSV to stdout by default', async () => {
    const result = await run([]);
    expect(result.code).toBe(0);
    const rows = readCsv(result.stdout);
    expect(rows[0]![0]).toBe('Title');
    expect(rows.length).toBeGreaterThan(10);
    expect(result.stdout).toContain(
      'https://x.test/projects/unodc-programme-for-central-asia-2015-2019',
    );
    expect(result.stderr).toMatch(/exported \d+ projects as csv/);
  });

  it('writes a file with --out, leaving no partial file behind', async () => {
    const out = join(dir, 'projects.xml');
    const result = await run(['--format', 'iati', '--out', out, '--reporting-org', 'XM-TEST']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<reporting-org ref="XM-TEST"');
    expect(() => readFileSync(`${out}.partial`)).toThrow();
  });

  it('exports the list the filters describe, and refuses bad arguments', async () => {
    const all = readCsv((await run([])).stdout).length;
    const filtered = await run(['--country', 'KZ', '--type=anti-corruption']);
    expect(filtered.code).toBe(0);
    const rows = readCsv(filtered.stdout);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(all);
    const bad = await run(['--country', 'Atlantis']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown country');
    expect((await run(['--format', 'pdf'])).stderr).toContain('Usage:');
  });
});
