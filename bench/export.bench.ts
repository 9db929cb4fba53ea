// npm run bench:export [-- --projects N] [--postgres URL [--reuse]] [--sqlite FILE] [--keep]
//
// Fills a fresh database with N synthetic published projects (default 100,000) by batched
// direct inserts, then measures, in the same run:
//   1. the baseline: the export reader alone (every table read, records built, no formatting);
//   2. the export service writing CSV into a counting sink;
//   3. GET /projects.csv fetched by curl over a real socket.
// Prints MB/s, rows/s, time to first byte, CPU time, peak RSS during each phase, the ratio of
// the export to the baseline, and the load average. SQLite by default (--sqlite FILE reuses a
// database filled before, so 1,000,000 projects are generated once); --postgres URL creates a
// scratch database on that server (with --reuse, URL is a database filled before, e.g. kept
// with --keep, and is used as it is).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { readPublishedProjectChunks } from '../src/db/project-export-reader.ts';
import { buildApp } from '../src/http/app.ts';
import { createExportService } from '../src/services/export/export.service.ts';
import { seedDemoData } from '../src/services/seed.service.ts';
import { createServices } from '../src/services/services.ts';

const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COUNT = Number(option('--projects') ?? 100_000);
const POSTGRES = option('--postgres');
const SQLITE_FILE = option('--sqlite');
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;

const WORDS =
  'justice court reform legal aid training judges prosecutors police prison corruption integrity transparency rights access procedure criminal civil commercial law institution capacity regional national government support strengthen programme'.split(
    ' ',
  );
const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

function text(seed: number, words: number): string {
  const out: string[] = [];
  let x = seed * 2654435761;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(' ');
}

async function scratchDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  if (SQLITE_FILE) {
    const handle = await openDatabase({ kind: 'sqlite', filename: SQLITE_FILE });
    return { handle, drop: () => handle.close() };
  }
  if (POSTGRES && process.argv.includes('--reuse')) {
    const handle = await openDatabase({ kind: 'postgres', connectionString: POSTGRES });
    return { handle, drop: () => handle.close() };
  }
  if (!POSTGRES) {
    const dir = mkdtempSync(join(tmpdir(), 'projectory-bench-export-'));
    const handle = await openDatabase({ kind: 'sqlite', filename: join(dir, 'bench.db') });
    return {
      handle,
      drop: async () => {
        await handle.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `projectory_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', connectionString: url.toString() });
  return {
    handle,
    drop: async () => {
      await handle.close();
      const c = new pg.Client({ connectionString: POSTGRES });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** N published projects with countries, a type, a donor, an implementer and two budget lines. */
async function fill(handle: DatabaseHandle, count: number) {
  const { db } = handle;
  await seedDemoData(db);
  const orgs = await db.selectFrom('organisations').select('id').execute();
  const types = await db.selectFrom('project_types').select('id').execute();
  const now = new Date().toISOString();
  const BATCH = 500;
  for (let from = 0; from < count; from += BATCH) {
    const n = Math.min(BATCH, count - from);
    await db.transaction().execute(async (trx) => {
      const rows = Array.from({ length: n }, (_, k) => {
        const i = from + k;
        const year = 2005 + (i % 20);
        return {
          slug: `bench-project-${i}`,
          language: 'en',
          title: `Bench project ${i}: ${text(i, 6)}`,
          summary: text(i + 1, 25),
          description: text(i + 2, 100),
          period_start: `${year}-01`,
          period_end: `${year + 3}-12`,
          starts_on: `${year}-01-01`,
          ends_on: `${year + 3}-12-31`,
          period_note: null,
          budget_text: `Total - USD ${(i % 90) + 1}.5 million`,
          beneficiary: 'Ministries of justice',
          source: 'manual',
          iati_identifier: null,
          source_file: null,
          imported_at: null,
          state: 'published',
          version: 1,
          created_at: now,
          updated_at: now,
          published_at: now,
          deleted_at: null,
          created_by: null,
          updated_by: null,
        };
      });
      const ids = (await trx.insertInto('projects').values(rows).returning('id').execute()).map(
        (r) => r.id,
      );
      await trx
        .insertInto('project_countries')
        .values(
          ids.flatMap((id, k) =>
            [0, 1].map((p) => ({
              project_id: id,
              country_code: COUNTRIES[(k + p) % 5]!,
              percentage: null,
              position: p,
            })),
          ),
        )
        .execute();
      await trx
        .insertInto('project_project_types')
        .values(
          ids.map((id, k) => ({
            project_id: id,
            project_type_id: types[k % types.length]!.id,
            position: 0,
          })),
        )
        .execute();
      await trx
        .insertInto('project_organisations')
        .values(
          ids.flatMap((id, k) => [
            {
              project_id: id,
              organisation_id: orgs[k % orgs.length]!.id,
              role: 'donor',
              position: 0,
            },
            {
              project_id: id,
              organisation_id: orgs[(k + 7) % orgs.length]!.id,
              role: 'implementing',
              position: 1,
            },
          ]),
        )
        .execute();
      await trx
        .insertInto('budget_lines')
        .values(
          ids.flatMap((id, k) => [
            {
              project_id: id,
              position: 0,
              label: 'Total',
              amount_cents: ((k % 90) + 1) * 100_000_000 + 50_000_000,
              currency: 'USD',
              is_total: 1,
            },
            {
              project_id: id,
              position: 1,
              label: 'Component 1',
              amount_cents: 25_000_000,
              currency: 'USD',
              is_total: 0,
            },
          ]),
        )
        .execute();
    });
  }
}

/** A sink that counts bytes and notes when the first one came. */
class CountingSink extends Writable {
  bytes = 0;
  firstByteAt: number | null = null;
  override _write(chunk: Buffer, _e: BufferEncoding, done: () => void) {
    this.firstByteAt ??= performance.now();
    this.bytes += chunk.length;
    done();
  }
}

/**
 * Wall and CPU time of one phase, and the peak RSS seen while it ran (sampled every 50 ms:
 * the process's maxRSS would still hold the generation's peak).
 */
async function measure<T>(run: () => Promise<T>) {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const value = await run();
    const { user, system } = process.cpuUsage(cpu);
    return {
      value,
      started,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (user + system) / 1e6,
      peakRssMb: Math.round(Math.max(peakRss, process.memoryUsage.rss()) / 2 ** 20),
    };
  } finally {
    clearInterval(sampler);
  }
}

function line(
  label: string,
  m: { seconds: number; cpuSeconds: number; peakRssMb: number },
  rows: number,
  bytes: number | null,
  ttfbMs: number | null,
) {
  const parts = [
    `${label}: ${rows} rows`,
    bytes === null ? null : `${(bytes / 1e6).toFixed(1)} MB`,
    `wall ${m.seconds.toFixed(2)} s`,
    `CPU ${m.cpuSeconds.toFixed(2)} s`,
    bytes === null ? null : `${(bytes / 1e6 / m.seconds).toFixed(1)} MB/s`,
    // What one core does, whatever else the machine is running.
    bytes === null ? null : `${(bytes / 1e6 / m.cpuSeconds).toFixed(1)} MB per CPU-second`,
    `${Math.round(rows / m.seconds)} rows/s`,
    ttfbMs === null ? null : `first byte ${ttfbMs.toFixed(1)} ms`,
    `peak RSS ${m.peakRssMb} MB`,
    load(),
  ];
  console.log(parts.filter(Boolean).join(', '));
}

/** GET /projects.csv from curl in its own process: an in-process client would share the event loop. */
function curl(port: number): Promise<{ ttfbMs: number; seconds: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    execFile(
      'curl',
      [
        '-s',
        '-o',
        '/dev/null',
        '-w',
        '%{time_starttransfer} %{time_total} %{size_download}',
        `http://127.0.0.1:${port}/projects.csv`,
      ],
      { maxBuffer: 1 << 20 },
      (error, stdout) => {
        if (error) return reject(error);
        const [ttfb, total, size] = stdout.trim().split(' ').map(Number);
        resolve({ ttfbMs: ttfb! * 1000, seconds: total!, bytes: size! });
      },
    );
  });
}

async function overHttp(handle: DatabaseHandle) {
  const services = { ...createServices(handle), exports: createExportService(handle.db) };
  const app = await buildApp({ services, publicUrl: 'http://localhost', logLevel: 'silent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  try {
    return await measure(() => curl(port));
  } finally {
    await app.close();
  }
}

async function main() {
  const { handle, drop } = await scratchDatabase();
  try {
    await migrateToLatest(handle);
    const existing = await handle.db
      .selectFrom('projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) === 0) {
      const filling = performance.now();
      await fill(handle, COUNT);
      console.log(
        `${handle.dialect.name}: ${COUNT} projects generated in ${((performance.now() - filling) / 1000).toFixed(1)} s`,
      );
    } else {
      console.log(`${handle.dialect.name}: reusing ${existing.n} projects`);
    }
    console.log(`node ${process.version}, ${load()}`);

    const baseline = await measure(async () => {
      let rows = 0;
      for await (const chunk of readPublishedProjectChunks(handle.db)) rows += chunk.length;
      return rows;
    });
    line('baseline: export reader, no formatting', baseline, baseline.value, null, null);

    const sink = new CountingSink();
    const service = await measure(() =>
      createExportService(handle.db).write('csv', sink, { publicUrl: 'http://localhost' }),
    );
    const rows = service.value.rows;
    const ttfb = sink.firstByteAt === null ? Number.NaN : sink.firstByteAt - service.started;
    line('export service → sink (CSV)', service, rows, sink.bytes, ttfb);

    const http = await overHttp(handle);
    line('GET /projects.csv (curl)', http, rows, http.value.bytes, http.value.ttfbMs);

    console.log(
      `ratio to the baseline: service ${(service.seconds / baseline.seconds).toFixed(2)}× wall, ${(service.cpuSeconds / baseline.cpuSeconds).toFixed(2)}× CPU; HTTP ${(http.seconds / baseline.seconds).toFixed(2)}× wall, ${(http.cpuSeconds / baseline.cpuSeconds).toFixed(2)}× CPU (the server's); CSV formatting ≈ ${(100 * (1 - baseline.cpuSeconds / service.cpuSeconds)).toFixed(0)} % of the service's CPU`,
    );
  } finally {
    if (!process.argv.includes('--keep')) await drop();
  }
}

await main();
