// npm run bench:import [-- --activities N | --gigabyte] [--reimport] [--heap-mb N] [--reader-thread]
//
// Generates an IATI file, measures how fast saxes alone reads it, then imports it into a fresh
// SQLite database (and a fresh PostgreSQL database when BENCH_DATABASE_URL or TEST_DATABASE_URL
// names a server). Each measurement runs in its own child process, so its peak RSS is its own;
// --heap-mb caps those processes' V8 old space (node --max-old-space-size) to show how much
// of the peak is garbage V8 has not yet collected rather than memory the import holds.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, TextDecoder } from 'node:util';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { SaxesParser } from 'saxes';
import { type DatabaseHandle, openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { upsertProjectType } from '../src/db/project-types.repository.ts';
import { readIatiActivities } from '../src/interchange/iati/iati-reader.ts';
import { type ImportReport, importIatiFile } from '../src/services/import/iati-import.service.ts';
import { PROJECT_TYPES } from '../src/services/seed/project-types.seed.ts';
import { generateIatiFile } from './import-generator.ts';

interface PhaseResult {
  phase: string;
  seconds: number;
  activities: number;
  bytes: number;
  maxRssMb: number;
  /** CPU time of this process (user + system): the machine may be shared. */
  cpuSeconds: number;
  note?: string;
  reimportSeconds?: number;
  /** SQLite only: time inside better-sqlite3's statement calls (binding, running, commit). */
  statementSeconds?: number;
}

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const flag = (name: string) => process.argv.includes(name);
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** saxes alone, with no-op handlers for the events the importer listens to: the ceiling. */
async function rawParse(file: string): Promise<PhaseResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const parser = new SaxesParser({ xmlns: false, position: true });
  let activities = 0;
  parser.on('opentag', (tag) => {
    if (tag.name === 'iati-activity') activities++;
  });
  parser.on('text', () => {});
  parser.on('closetag', () => {});
  const decoder = new TextDecoder('utf-8');
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    bytes += chunk.length;
    parser.write(decoder.decode(chunk, { stream: true }));
  }
  parser.close();
  return {
    phase: 'raw saxes parse',
    seconds: (performance.now() - started) / 1000,
    activities,
    bytes,
    maxRssMb: maxRssMb(),
    cpuSeconds: cpuSince(cpu),
  };
}

/** Our reader, building every IatiActivity object but writing nothing. */
async function readerOnly(file: string): Promise<PhaseResult> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let activities = 0;
  let bytes = 0;
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  const onBytes = (b: number) => {
    bytes = b;
  };
  for await (const _ of readIatiActivities(input, { onBytes })) activities++;
  return {
    phase: 'reader (no database)',
    seconds: (performance.now() - started) / 1000,
    activities,
    bytes,
    maxRssMb: maxRssMb(),
    cpuSeconds: cpuSince(cpu),
  };
}

async function importInto(
  handle: DatabaseHandle,
  phase: string,
  file: string,
  statementSeconds?: () => number,
): Promise<PhaseResult> {
  await migrateToLatest(handle);
  for (const type of PROJECT_TYPES) await upsertProjectType(handle.db, type);
  const statementsBefore = statementSeconds?.() ?? 0;
  const cpu = process.cpuUsage();
  // As the import command does: its connection settings, and the reader thread when asked.
  await handle.dialect.prepareForBulkWrites(handle.db);
  const readerThread = flag('--reader-thread');
  const report: ImportReport = await importIatiFile(handle.db, file, { readerThread });
  const cpuSeconds = cpuSince(cpu);
  if (!report.committed)
    throw new Error(`import failed: ${report.errors.map((e) => e.message).join('; ')}`);
  const result: PhaseResult = {
    phase,
    seconds: report.seconds,
    activities: report.activities,
    bytes: report.bytes,
    maxRssMb: maxRssMb(),
    cpuSeconds,
    note: `${report.created} created, ${report.skipped.length} skipped`,
  };
  if (statementSeconds) result.statementSeconds = statementSeconds() - statementsBefore;
  if (flag('--reimport')) {
    const again = await importIatiFile(handle.db, file, { readerThread });
    result.reimportSeconds = again.seconds;
    result.note += `; re-import: ${again.unchanged} unchanged`;
  }
  return result;
}

/**
 * Times every call into a better-sqlite3 statement from now on: what SQLite itself costs the
 * import (parameters bound, rows written, indexes and FTS5 updated, the commit), so the figure
 * is the ceiling of a writer that did nothing else. Kysely runs statements through `run`
 * (writes) and `all` (reads and `returning`).
 */
function timeStatements(): () => number {
  const probe = new SQLite(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, unknown>;
  probe.close();
  let ms = 0;
  for (const name of ['run', 'all', 'get', 'iterate']) {
    const original = proto[name] as (...args: unknown[]) => unknown;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        ms += performance.now() - started;
      }
    };
  }
  return () => ms / 1000;
}

async function sqliteImport(file: string): Promise<PhaseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'projectory-bench-db-'));
  const handle = await openDatabase({ kind: 'sqlite', filename: join(dir, 'bench.db') });
  try {
    return await importInto(handle, 'import, SQLite', file, timeStatements());
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function admin(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function postgresImport(file: string, adminUrl: string): Promise<PhaseResult> {
  const name = `projectory_bench_import_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', connectionString: url.toString() });
  try {
    return await importInto(handle, 'import, PostgreSQL', file);
  } finally {
    await handle.close();
    await admin(adminUrl, `drop database if exists ${name} with (force)`);
  }
}

async function child(phase: string, file: string): Promise<PhaseResult> {
  const heap = option('--heap-mb');
  const args = [
    ...(heap ? [`--max-old-space-size=${heap}`] : []),
    '--import',
    'tsx',
    'bench/import.bench.ts',
    '--phase',
    phase,
    '--file',
    file,
  ];
  if (flag('--reimport')) args.push('--reimport');
  if (flag('--reader-thread')) args.push('--reader-thread');
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    maxBuffer: 1 << 20,
    timeout: 0,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as PhaseResult;
}

function row(r: PhaseResult, raw: PhaseResult | undefined) {
  const mbps = r.bytes / 1e6 / r.seconds;
  const ratio = (a: number, b: number) => `${((a / b) * 100).toFixed(0)} %`;
  // On a shared machine wall time measures the neighbours too; CPU time measures the work.
  const perCpu = r.activities / r.cpuSeconds;
  return [
    r.phase.padEnd(22),
    `${Math.round(r.activities / r.seconds).toLocaleString('en')}/s`.padStart(10),
    `${mbps.toFixed(1)} MB/s`.padStart(12),
    `${r.seconds.toFixed(1)} s`.padStart(9),
    `${raw ? ratio(mbps, raw.bytes / 1e6 / raw.seconds) : ''}`.padStart(7),
    `${r.cpuSeconds.toFixed(1)} s`.padStart(8),
    `${Math.round(perCpu).toLocaleString('en')}/s`.padStart(10),
    `${(r.bytes / 1e6 / r.cpuSeconds).toFixed(1)} MB/s`.padStart(12),
    `${raw ? ratio(raw.cpuSeconds, r.cpuSeconds) : ''}`.padStart(7),
    `${Math.round(r.maxRssMb)} MB`.padStart(9),
    `  load ${loadavg()[0]!.toFixed(1)}`,
    r.note ? `  ${r.note}` : '',
    r.reimportSeconds
      ? ` (${Math.round(r.activities / r.reimportSeconds).toLocaleString('en')}/s)`
      : '',
  ].join(' ');
}

async function main() {
  const phase = option('--phase');
  if (phase) {
    const file = option('--file')!;
    const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
    const result =
      phase === 'raw'
        ? await rawParse(file)
        : phase === 'reader'
          ? await readerOnly(file)
          : phase === 'sqlite'
            ? await sqliteImport(file)
            : await postgresImport(file, adminUrl!);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'projectory-bench-'));
  const file = join(dir, 'activities.xml');
  try {
    const target = flag('--gigabyte')
      ? { minBytes: 1e9 }
      : { activities: Number(option('--activities') ?? 100_000) };
    const started = performance.now();
    const made = await generateIatiFile(file, target);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `generated ${made.activities.toLocaleString('en')} activities, ${(made.bytes / 1e6).toFixed(1)} MB in ${seconds} s`,
    );
    const heap = option('--heap-mb');
    console.log(
      `node ${process.version}; each line is a fresh child process (peak RSS is its own)${heap ? `; --max-old-space-size=${heap}` : ''}\n`,
    );
    console.log(
      [
        'phase'.padEnd(22),
        'wall: act.'.padStart(10),
        'speed'.padStart(12),
        'time'.padStart(9),
        'vs raw'.padStart(7),
        'CPU'.padStart(8),
        'CPU: act.'.padStart(10),
        'speed'.padStart(12),
        'vs raw'.padStart(7),
        'peak RSS'.padStart(9),
      ].join(' '),
    );
    const raw = await child('raw', file);
    console.log(row(raw, undefined));
    console.log(row(await child('reader', file), raw));
    const sqlite = await child('sqlite', file);
    console.log(row(sqlite, raw));
    const inside = sqlite.statementSeconds!;
    // The floor under the import's wall time whatever the JavaScript around it does: SQLite has
    // one writer, so these calls cannot run beside each other.
    console.log(
      `  of which SQLite's own statement calls: ${inside.toFixed(1)} s (${Math.round((inside * 1e6) / sqlite.activities)} µs per activity): a writer doing nothing else would reach ${Math.round(sqlite.activities / inside).toLocaleString('en')} activities/s`,
    );
    if (process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL) {
      console.log(row(await child('postgres', file), raw));
    } else {
      console.log('PostgreSQL: skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
