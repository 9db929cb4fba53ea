import SQLite from 'better-sqlite3';
import pg from 'pg';
import { PROJECT_TYPES } from '../src/services/seed/project-types.seed.ts';
import { type BenchProject, type BenchType, organisations, projects } from './search-data.ts';

// Bulk loading for the benchmark only: straight to the tables in big transactions, the
// full-text index filled in the same pass (its documents are built in search-data.ts the way
// documents.ts builds them), the GIN index built after the rows.

const NOW = '2026-11-28T00:00:00.000Z';
export const BENCH_TYPES: BenchType[] = PROJECT_TYPES.map((t, i) => ({
  id: i + 1,
  name: t.name,
  ru: t.names.ru ?? t.name,
}));

/** Loads `count` projects into a migrated, empty SQLite file. */
export function loadSqlite(filename: string, count: number, progress: (n: number) => void) {
  const db = new SQLite(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const orgs = organisations();
  const insertType = db.prepare(
    'insert into project_types (id, slug, name, position, created_at) values (?, ?, ?, ?, ?)',
  );
  const insertTypeName = db.prepare("insert into project_type_translations values (?, 'ru', ?)");
  const insertOrg = db.prepare(
    'insert into organisations (id, slug, name, acronym, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const [i, t] of PROJECT_TYPES.entries()) {
      insertType.run(i + 1, t.slug, t.name, i, NOW);
      insertTypeName.run(i + 1, t.names.ru ?? t.name);
    }
    for (const o of orgs) insertOrg.run(o.id, o.slug, o.name, o.acronym, NOW, NOW);
  })();
  const insertProject =
    db.prepare(`insert into projects (id, slug, language, title, summary, description,
    period_start, period_end, starts_on, ends_on, source, state, version, created_at, updated_at, published_at)
    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'published', 1, ?, ?, ?)`);
  const insertCountry = db.prepare(
    'insert into project_countries (project_id, country_code, position) values (?, ?, ?)',
  );
  const insertPType = db.prepare(
    'insert into project_project_types (project_id, project_type_id, position) values (?, ?, ?)',
  );
  const insertPOrg = db.prepare(
    'insert into project_organisations (project_id, organisation_id, role, position) values (?, ?, ?, ?)',
  );
  const insertBudget = db.prepare(
    'insert into budget_lines (project_id, position, amount_cents, currency, is_total) values (?, 0, ?, ?, 1)',
  );
  const insertSearch = db.prepare(
    'insert into project_search (rowid, title, body) values (?, ?, ?)',
  );
  const batch = db.transaction((list: BenchProject[]) => {
    for (const p of list) {
      insertProject.run(
        p.id,
        p.slug,
        p.language,
        p.title,
        p.summary,
        p.description,
        p.periodStart,
        p.periodEnd,
        p.startsOn,
        p.endsOn,
        p.source,
        p.updatedAt,
        p.updatedAt,
        p.updatedAt,
      );
      for (const [i, c] of p.countries.entries()) insertCountry.run(p.id, c, i);
      for (const [i, t] of p.types.entries()) insertPType.run(p.id, t, i);
      let position = 0;
      for (const o of p.donors) insertPOrg.run(p.id, o, 'donor', position++);
      for (const o of p.implementers)
        if (!p.donors.includes(o)) insertPOrg.run(p.id, o, 'implementing', position++);
      for (const o of p.implementers)
        if (p.donors.includes(o)) insertPOrg.run(p.id, o, 'implementing', position++);
      if (p.budget) insertBudget.run(p.id, p.budget.cents, p.budget.currency);
      insertSearch.run(p.id, p.stemmedTitle, p.stemmedBody);
    }
  });
  let list: BenchProject[] = [];
  for (const p of projects(count, orgs, BENCH_TYPES)) {
    list.push(p);
    if (list.length === 20_000) {
      batch(list);
      progress(p.id);
      list = [];
    }
  }
  batch(list);
  // The index is built: tell the search module so it does not rebuild it on first use.
  db.exec('insert into search_changes (project_id) values (0)');
  db.exec("insert into project_search(project_search) values('optimize')");
  db.exec('analyze');
  db.close();
}

/** Loads `count` projects into a migrated, empty PostgreSQL database. */
export async function loadPostgres(url: string, count: number, progress: (n: number) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const orgs = organisations();
  await client.query('drop index if exists project_search_tsv_idx');
  for (const [i, t] of PROJECT_TYPES.entries()) {
    await client.query(
      'insert into project_types (id, slug, name, position, created_at) values ($1, $2, $3, $4, $5)',
      [i + 1, t.slug, t.name, i, NOW],
    );
    await client.query("insert into project_type_translations values ($1, 'ru', $2)", [
      i + 1,
      t.names.ru ?? t.name,
    ]);
  }
  await client.query(
    'insert into organisations (id, slug, name, acronym, created_at, updated_at) select *, $5, $5 from unnest($1::int[], $2::text[], $3::text[], $4::text[])',
    [
      orgs.map((o) => o.id),
      orgs.map((o) => o.slug),
      orgs.map((o) => o.name),
      orgs.map((o) => o.acronym),
      NOW,
    ],
  );
  const flush = async (list: BenchProject[]) => {
    const col = <T>(f: (p: BenchProject) => T) => list.map(f);
    await client.query('begin');
    await client.query(
      `insert into projects (id, slug, language, title, summary, description, period_start, period_end, starts_on, ends_on, source, updated_at, state, version, created_at, published_at)
       select id, slug, language, title, summary, description, ps, pe, so, eo, source, upd, 'published', 1, upd, upd
       from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
         as t(id, slug, language, title, summary, description, ps, pe, so, eo, source, upd)`,
      [
        col((p) => p.id),
        col((p) => p.slug),
        col((p) => p.language),
        col((p) => p.title),
        col((p) => p.summary),
        col((p) => p.description),
        col((p) => p.periodStart),
        col((p) => p.periodEnd),
        col((p) => p.startsOn),
        col((p) => p.endsOn),
        col((p) => p.source),
        col((p) => p.updatedAt),
      ],
    );
    const pairs = (f: (p: BenchProject) => (string | number)[]) => {
      const ids: number[] = [];
      const values: (string | number)[] = [];
      const positions: number[] = [];
      for (const p of list)
        f(p).forEach((v, i) => {
          ids.push(p.id);
          values.push(v);
          positions.push(i);
        });
      return [ids, values, positions];
    };
    await client.query(
      'insert into project_countries (project_id, country_code, position) select * from unnest($1::int[], $2::text[], $3::int[])',
      pairs((p) => p.countries),
    );
    await client.query(
      'insert into project_project_types (project_id, project_type_id, position) select * from unnest($1::int[], $2::int[], $3::int[])',
      pairs((p) => p.types),
    );
    const [dIds, dOrgs, dPos] = pairs((p) => p.donors);
    await client.query(
      "insert into project_organisations (project_id, organisation_id, role, position) select a, b, 'donor', c from unnest($1::int[], $2::int[], $3::int[]) as t(a, b, c)",
      [dIds, dOrgs, dPos],
    );
    const [iIds, iOrgs, iPos] = pairs((p) => p.implementers);
    await client.query(
      "insert into project_organisations (project_id, organisation_id, role, position) select a, b, 'implementing', c + 10 from unnest($1::int[], $2::int[], $3::int[]) as t(a, b, c)",
      [iIds, iOrgs, iPos],
    );
    const budgeted = list.filter((p) => p.budget);
    await client.query(
      'insert into budget_lines (project_id, position, amount_cents, currency, is_total) select a, 0, b, c, 1 from unnest($1::int[], $2::bigint[], $3::text[]) as t(a, b, c)',
      [
        budgeted.map((p) => p.id),
        budgeted.map((p) => p.budget!.cents),
        budgeted.map((p) => p.budget!.currency),
      ],
    );
    await client.query(
      `insert into project_search (project_id, tsv) select id, setweight(to_tsvector('simple', t), 'A') || setweight(to_tsvector('simple', b), 'B') from unnest($1::int[], $2::text[], $3::text[]) as x(id, t, b)`,
      [col((p) => p.id), col((p) => p.stemmedTitle), col((p) => p.stemmedBody)],
    );
    await client.query('commit');
  };
  let list: BenchProject[] = [];
  for (const p of projects(count, orgs, BENCH_TYPES)) {
    list.push(p);
    if (list.length === 10_000) {
      await flush(list);
      progress(p.id);
      list = [];
    }
  }
  if (list.length > 0) await flush(list);
  await client.query(
    "select setval(pg_get_serial_sequence('projects', 'id'), (select max(id) from projects))",
  );
  await client.query(
    "select setval(pg_get_serial_sequence('organisations', 'id'), (select max(id) from organisations))",
  );
  await client.query(
    "select setval(pg_get_serial_sequence('project_types', 'id'), (select max(id) from project_types))",
  );
  await client.query('insert into search_changes (project_id) values (0)');
  await client.query("set maintenance_work_mem = '1GB'");
  await client.query('create index project_search_tsv_idx on project_search using gin (tsv)');
  await client.query('vacuum analyze');
  await client.end();
}
