import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { iatiFixture } from '../../test/fixtures/iati/paths.ts';
import { loadConfig } from '../config.ts';
import { ProgressLine, progressText } from './import.command.progress.ts';
import { importCommand } from './import.command.ts';

const dir = mkdtempSync(join(tmpdir(), 'projectory-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sink(isTTY = false) {
  const stream = {
    text: '',
    isTTY,
    columns: 200,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

async function run(args: string[], database: string) {
  const stdout = sink();
  const stderr = sink();
  const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, database)}` });
  const code = await importCommand.run(args, {
    config,
    stdout: stdout as any,
    stderr: stderr as any,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('projectory import', () => {
  it('imports a spreadsheet by its headers, and previews without writing', async () => {
    const csv = join(dir, 'sheet.csv');
    writeFileSync(
      csv,
      'Title,Country,Period,Budget,Beneficiary,Shoe size\n' +
        'Court Data Project,Kyrgyz Republic,January 2020 – December 2022,USD 1.5 million,Courts,42\n' +
        'Broken Row,Atlantis,2020-2021,,,\n',
    );
    const preview = await run([csv, '--preview'], 's.db');
    expect(preview.stdout).toContain(
      'sheet.csv: 1 to create, 0 to update, 0 unchanged, 1 with errors — nothing written',
    );
    expect(preview.stdout).toContain('columns not matched: Shoe size');
    expect(preview.code).toBe(1);
    const real = await run([csv], 's.db');
    expect(real.stdout).toContain(
      '1 to create, 0 to update, 0 unchanged, 1 with errors — imported',
    );
    const again = await run([csv, '--preview'], 's.db');
    expect(again.stdout).toContain('0 to create, 0 to update, 1 unchanged, 1 with errors');
  });

  it('imports a file, then finds it unchanged', async () => {
    const first = await run([iatiFixture('multilingual-2.03.xml')], 'a.db');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^multilingual-2\.03\.xml: 2 activities: 2 created as drafts for review, 0 updated, 0 unchanged, 0 skipped/,
    );
    expect(first.stdout).toContain('warning XM-TEST-1-CA-ROL-001: recipient-country "XX"');
    expect(first.stderr).toBe('');
    const again = await run([iatiFixture('multilingual-2.03.xml'), '--force'], 'a.db');
    expect(again.stdout).toContain('0 created, 0 updated, 2 unchanged');
  });

  it('previews an IATI file: the counts of a real import, and nothing written', async () => {
    const file = iatiFixture('multilingual-2.03.xml');
    const preview = await run([file, '--preview'], 'p.db');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(
      /^multilingual-2\.03\.xml: 2 activities: 2 would be created as drafts for review, 0 would be updated, 0 unchanged, 0 would be skipped/,
    );
    expect(preview.stdout).toContain('preview: nothing was written');
    const real = await run([file], 'p.db');
    expect(real.stdout).toContain('2 created as drafts for review, 0 updated, 0 unchanged');
    const again = await run([file, '--preview', '--force'], 'p.db');
    expect(again.stdout).toContain('0 would be created, 0 would be updated, 2 unchanged');
  });

  it('imports every XML file of a folder, one report each, and fails when one file fails', async () => {
    const folder = join(dir, 'files');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(
      join(folder, 'a.xml'),
      '<iati-activities version="2.03"><iati-activity xml:lang="en"><iati-identifier>X-1</iati-identifier><title><narrative>One</narrative></title></iati-activity></iati-activities>',
    );
    writeFileSync(
      join(folder, 'nested', 'b.xml'),
      '<iati-activities version="2.03"><iati-activity>',
    );
    writeFileSync(join(folder, 'notes.txt'), 'not imported');
    const result = await run([folder], 'b.db');
    expect(result.code).toBe(1);
    const reports = result.stdout.split('\n').filter((line) => /^\S/.test(line));
    expect(reports).toEqual([
      expect.stringMatching(/^a\.xml: 1 activities: 1 created/),
      expect.stringMatching(/^b\.xml: 0 activities/),
    ]);
    expect(result.stdout).toMatch(/ {2}error: line 1, column \d+: unclosed tag/);
    expect(result.stdout).toContain('nothing of this file was written');
  });

  it('lists skipped activities with their reasons', async () => {
    const result = await run([iatiFixture('legacy-1.03.xml')], 'c.db');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  skipped activity 2: no iati-identifier');
    expect(result.stdout).toContain('  skipped activity 3 (GB-TEST-100300): no title');
  });

  it('fails on a missing path and refuses unknown options', async () => {
    const missing = await run([join(dir, 'nope.xml')], 'd.db');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const bad = await run(['--fast', 'x.xml'], 'd.db');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown option --fast');
  });
});

describe('progress line', () => {
  it('shows activities, MB/s, share and ETA', () => {
    const text = progressText(
      'big.xml',
      { activities: 12_345, bytesRead: 50e6, totalBytes: 200e6 },
      2,
    );
    expect(text).toBe('big.xml  12,345 activities  25.0 MB/s  25%  ETA 0:06');
  });

  it('redraws at most ten times a second, and only on a terminal', () => {
    let clock = 0;
    const tty = sink(true);
    const line = new ProgressLine(tty as any, () => clock);
    line.start();
    for (let i = 0; i < 100; i++) {
      clock += 10;
      line.update('f.xml', { activities: i, bytesRead: i, totalBytes: 100 });
    }
    expect(tty.text.split('\r').filter(Boolean)).toHaveLength(10);
    line.clear();
    expect(tty.text.endsWith('\r\x1b[K')).toBe(true);

    const pipe = sink(false);
    const quiet = new ProgressLine(pipe as any, () => clock);
    quiet.update('f.xml', { activities: 1, bytesRead: 1, totalBytes: 1 });
    quiet.clear();
    expect(pipe.text).toBe('');
  });
});
