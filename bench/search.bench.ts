/**
 * Search benchmark: generates N synthetic projects into a fresh database, then runs a fixed
 * mix of queries through GET /api/v1/projects (in process, app.inject) and the same queries as
 * plain SQL, and prints p50/p95/p99 per kind and the ratio.
 *
 *   npm run bench:search -- --projects 1000000 [--dialect sqlite|postgres] [--reuse] [--skip-sql]
 *
 * PostgreSQL: BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres) names a
 * server where the database projectory_bench_<N> is (re)created.
 */
import { existsSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';
import { createServices } from '../src/services/services.ts';
import { COUNTRIES, CURRENCIES, QUERY_WORDS, random } from './search-data.ts';
import { BENCH_TYPES, loadPostgres, loadSqlite } from './search-load.ts';
import { rawSearch } from './search-raw-sql.ts';

const { values: args } = parseArgs({
  options: {
    projects: { type: 'string', default: '100000' },
    dialect: { type: 'string', default: 'sqlite' },
    reuse: { type: 'boolean', default: false },
    'skip-sql': { type: 'boolean', default: false },
    // Plain SQL takes seconds a query at a million projects: by default it runs for every 5th.
    'sql-every': { type: 'string' },
    // Prints the N slowest queries (by this process's CPU) with their parameters.
    slowest: { type: 'string', default: '0' },
  },
});
const N = Number(args.projects);
const SQL_EVERY = Number(args['sql-every'] ?? (N > 100_000 ? 5 : 1));
const dialect = args.dialect === 'postgres' ? 'postgres' : 'sqlite';
const TODAY = '2026-11-28';
const log = (...parts: unknown[]) => console.log(...parts);

async function prepare(): Promise<string> {
  if (dialect === 'sqlite') {
    const file = `/tmp/projectory-bench-${N}.db`;
    if (args.reuse && existsSync(file)) return `sqlite:${file}`;
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    const handle = await openDatabase({ kind: 'sqlite', filename: file });
    await migrateToLatest(handle);
    await handle.close();
    const t = performance.now();
    loadSqlite(file, N, (n) => process.stdout.write(`\r  generated ${n} projects`));
    log(`\n  generated ${N} projects in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    return `sqlite:${file}`;
  }
  const admin = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `projectory_bench_${N}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  const exists = (await client.query('select 1 from pg_database where datname = $1', [name]))
    .rowCount;
  if (!(args.reuse && exists)) {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
    const handle = await openDatabase({ kind: 'postgres', connectionString: url.toString() });
    await migrateToLatest(handle);
    await handle.close();
    const t = performance.now();
    await loadPostgres(url.toString(), N, (n) =>
      process.stdout.write(`\r  generated ${n} projects`),
    );
    log(`\n  generated ${N} projects in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  await client.end();
  return url.toString();
}

type Kind = 'text only' | 'filters only' | 'text + 2 filters' | 'all facets' | 'deep pages';

/** The fixed mix: the same 250 queries on every run. */
function queryMix(): { kind: Kind; params: Record<string, string | string[]> }[] {
  const rnd = random(2026);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const words = () =>
    pick([
      ...QUERY_WORDS.common,
      ...QUERY_WORDS.middling,
      ...QUERY_WORDS.middling,
      ...QUERY_WORDS.rare,
    ]);
  const slugs = BENCH_TYPES.map((_, i) => i);
  const typeSlug = () =>
    [
      'anti-corruption',
      'criminal-law-and-procedure',
      'judicial-reform',
      'access-to-justice-and-legal-aid',
      'human-rights',
      'police-reform',
    ][Math.floor(rnd() * Math.min(6, slugs.length))]!;
  const country = () => COUNTRIES[Math.floor(rnd() ** 2 * 10)]!;
  const filter = (): [string, string] =>
    pick<() => [string, string]>([
      () => ['country', country()],
      () => ['type', typeSlug()],
      () => ['donor', `org-${1 + Math.floor(rnd() ** 2 * 40)}`],
      () => ['status', pick(['planned', 'ongoing', 'completed'])],
      () => ['currency', pick(CURRENCIES.slice(0, 3))],
      () => ['source', pick(['manual', 'iati'])],
    ])();
  const twoFilters = () => {
    const a = filter();
    let b = filter();
    while (b[0] === a[0]) b = filter();
    return { [a[0]]: a[1], [b[0]]: b[1] };
  };
  const out: { kind: Kind; params: Record<string, string | string[]> }[] = [];
  for (let i = 0; i < 60; i++) out.push({ kind: 'text only', params: { q: words() } });
  for (let i = 0; i < 50; i++)
    out.push({
      kind: 'filters only',
      params: rnd() < 0.5 ? twoFilters() : Object.fromEntries([filter()]),
    });
  for (let i = 0; i < 80; i++)
    out.push({ kind: 'text + 2 filters', params: { q: words(), ...twoFilters() } });
  for (let i = 0; i < 20; i++)
    out.push({ kind: 'all facets', params: i % 2 ? {} : { page_size: '100' } });
  for (let i = 0; i < 40; i++) {
    const base = rnd() < 0.5 ? Object.fromEntries([filter()]) : { q: words() };
    out.push({
      kind: 'deep pages',
      params: {
        ...base,
        page: String(20 + Math.floor(rnd() * 200)),
        sort: pick(['start', 'title', 'end', 'budget']),
      },
    });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const url = await prepare();
const handle = await openDatabase(
  url.startsWith('sqlite:')
    ? { kind: 'sqlite', filename: url.slice(7) }
    : { kind: 'postgres', connectionString: url },
);
const services = createServices(handle);
const app = await buildApp({
  services,
  publicUrl: 'http://localhost',
  logLevel: 'silent',
  today: () => TODAY,
});
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const load = () => loadavg()[0]!.toFixed(1);
let t = performance.now();
let cpu = process.cpuUsage();
await services.search.warm();
log(
  `${dialect}, ${N} projects: in-memory index warmed in ${((performance.now() - t) / 1000).toFixed(1)} s (CPU ${(cpuMs(cpu) / 1000).toFixed(1)} s), heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB, load average ${load()}`,
);

const mix = queryMix();
const times: Record<string, { api: number[]; cpu: number[]; sql: number[] }> = {};
let failures = 0;
const each: { kind: Kind; qs: string; api: number; cpu: number }[] = [];
for (const [index, { kind, params }] of mix.entries()) {
  const qs = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]) =>
      (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x]),
    ),
  ).toString();
  t = performance.now();
  cpu = process.cpuUsage();
  const res = await app.inject(`/api/v1/projects?${qs}`);
  const api = performance.now() - t;
  const apiCpu = cpuMs(cpu);
  if (res.statusCode !== 200) {
    failures++;
    log(`  ${res.statusCode} for ${qs}: ${res.body.slice(0, 200)}`);
  }
  let raw = Number.NaN;
  if (!args['skip-sql'] && index % SQL_EVERY === 0) {
    const query = await services.search.parseStrict(params);
    t = performance.now();
    await rawSearch(handle.db, dialect, query, TODAY);
    raw = performance.now() - t;
  }
  times[kind] ??= { api: [], cpu: [], sql: [] };
  const entry = times[kind]!;
  entry.api.push(api);
  entry.cpu.push(apiCpu);
  each.push({ kind, qs, api, cpu: apiCpu });
  if (!Number.isNaN(raw)) entry.sql.push(raw);
}

const ms = (x: number | undefined) =>
  x === undefined ? '–' : Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0);
log(
  `\n${mix.length} queries, ${failures} failed, load average ${load()} at the end. Times in ms (API = GET /api/v1/projects in process, wall and this process's CPU; SQL = plain SQL, same process).`,
);
log(
  '| kind | n | API p50 | API p95 | API p99 | API CPU p50 | API CPU p95 | SQL p50 | SQL p95 | SQL p99 | API/SQL p95 |',
);
log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [kind, { api, cpu: apiCpu, sql }] of Object.entries(times)) {
  const a = [...api].sort((x, y) => x - y);
  const c = [...apiCpu].sort((x, y) => x - y);
  const s = [...sql].sort((x, y) => x - y);
  const ratio = s.length > 0 ? percentile(a, 95) / percentile(s, 95) : Number.NaN;
  log(
    `| ${kind} | ${a.length} | ${ms(percentile(a, 50))} | ${ms(percentile(a, 95))} | ${ms(percentile(a, 99))} | ${ms(percentile(c, 50))} | ${ms(percentile(c, 95))} | ${ms(percentile(s, 50))} | ${ms(percentile(s, 95))} | ${ms(percentile(s, 99))} | ${Number.isNaN(ratio) ? '–' : ratio.toFixed(2)} |`,
  );
}
for (const q of [...each].sort((a, b) => b.cpu - a.cpu).slice(0, Number(args.slowest))) {
  log(`  ${q.kind}: ${q.qs} — ${ms(q.api)} ms, CPU ${ms(q.cpu)} ms`);
}
await app.close();
await handle.close();
