// npm run bench:export [-- --projects N] [--postgres URL] [--keep]
//
// Fills a fresh database with N synthetic published projects (default 100,000) by batched
// direct inserts, then measures the CSV export twice: the export service writing into a
// counting sink, and GET /projects.csv fetched by curl over a real socket. Prints MB/s, time to first byte
// and peak RSS. SQLite by default; --postgres URL creates a scratch database on that server.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
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
const maxRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

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

function report(
  label: string,
  bytes: number,
  started: number,
  firstByteAt: number | null,
  rows: number,
) {
  const seconds = (performance.now() - started) / 1000;
  const ttfb = firstByteAt === null ? Number.NaN : firstByteAt - started;
  console.log(
    `${label}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s = ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, ${Math.round(rows / seconds)} rows/s, first byte after ${ttfb.toFixed(1)} ms, peak RSS ${maxRssMb()} MB`,
  );
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

async function overHttp(handle: DatabaseHandle, rows: number) {
  const services = { ...createServices(handle), exports: createExportService(handle.db) };
  const app = await buildApp({ services, publicUrl: 'http://localhost', logLevel: 'silent' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const r = await curl(port);
  console.log(
    `GET /projects.csv (curl): ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(2)} s = ${(r.bytes / 1e6 / r.seconds).toFixed(1)} MB/s, ${Math.round(rows / r.seconds)} rows/s, first byte after ${r.ttfbMs.toFixed(1)} ms, server peak RSS ${maxRssMb()} MB`,
  );
  await app.close();
}

async function main() {
  const { handle, drop } = await scratchDatabase();
  try {
    await migrateToLatest(handle);
    const filling = performance.now();
    await fill(handle, COUNT);
    console.log(
      `${handle.dialect.name}: ${COUNT} projects generated in ${((performance.now() - filling) / 1000).toFixed(1)} s`,
    );
    const sink = new CountingSink();
    const started = performance.now();
    const { rows } = await createExportService(handle.db).write('csv', sink, {
      publicUrl: 'http://localhost',
    });
    report('export service → sink', sink.bytes, started, sink.firstByteAt, rows);
    await overHttp(handle, rows);
  } finally {
    if (!process.argv.includes('--keep')) await drop();
  }
}

await main();
