import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../src/db/database.ts';
import { loadProjects } from '../src/db/project-read.repository.ts';
import { earliestDay, latestDay, parsePartialDateKey } from '../src/domain/projects/period.ts';
import { tsqueryText } from '../src/search/postgres-fts.ts';
import type { Facet, SearchQuery } from '../src/search/search.ts';
import { fts5Expression } from '../src/search/sqlite-fts5.ts';

// The same questions as plain SQL, the way one would write them without a search engine: the
// text match as a subquery, filters as EXISTS, one GROUP BY per facet (each without its own
// filter: disjunctive), a COUNT, budget sums, and ORDER BY … LIMIT for the page.

type Dialect = 'sqlite' | 'postgres';

function statusExpr(today: string): RawBuilder<string> {
  return sql<string>`case when p.starts_on is null and p.ends_on is null then 'none'
    when p.starts_on > ${today} then 'planned' when p.ends_on < ${today} then 'completed' else 'ongoing' end`;
}

function where(
  q: SearchQuery,
  dialect: Dialect,
  today: string,
  except?: Facet,
): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`p.state = 'published' and p.deleted_at is null`];
  if (q.text && q.text.include.length > 0) {
    parts.push(
      dialect === 'sqlite'
        ? sql`p.id in (select rowid from project_search where project_search match ${fts5Expression(q.text)})`
        : sql`p.id in (select project_id from project_search where tsv @@ to_tsquery('simple', ${tsqueryText(q.text)}))`,
    );
  }
  const f = q.filters;
  const list = (values: string[]) => sql.join(values.map((v) => sql`${v}`));
  if (except !== 'country' && f.country.length)
    parts.push(
      sql`exists (select 1 from project_countries c where c.project_id = p.id and c.country_code in (${list(f.country)}))`,
    );
  if (except !== 'type' && f.type.length)
    parts.push(
      sql`exists (select 1 from project_project_types x join project_types t on t.id = x.project_type_id where x.project_id = p.id and t.slug in (${list(f.type)}))`,
    );
  for (const [facet, role] of [
    ['donor', 'donor'],
    ['implementer', 'implementing'],
  ] as const) {
    if (except !== facet && f[facet].length)
      parts.push(
        sql`exists (select 1 from project_organisations x join organisations o on o.id = x.organisation_id where x.project_id = p.id and x.role = ${role} and o.slug in (${list(f[facet])}))`,
      );
  }
  if (except !== 'status' && f.status.length)
    parts.push(sql`${statusExpr(today)} in (${list(f.status)})`);
  if (except !== 'source' && f.source.length) parts.push(sql`p.source in (${list(f.source)})`);
  if (except !== 'currency' && f.currency.length)
    parts.push(
      sql`exists (select 1 from budget_lines b where b.project_id = p.id and b.currency in (${list(f.currency)}))`,
    );
  const from = parsePartialDateKey(q.activeFrom);
  const to = parsePartialDateKey(q.activeTo);
  if (from)
    parts.push(
      sql`coalesce(p.ends_on, '9999') >= ${earliestDay(from)} and (p.starts_on is not null or p.ends_on is not null)`,
    );
  if (to)
    parts.push(
      sql`coalesce(p.starts_on, '0000') <= ${latestDay(to)} and (p.starts_on is not null or p.ends_on is not null)`,
    );
  return sql.join(parts, sql` and `);
}

const ORDER: Record<string, RawBuilder<unknown>> = {
  start: sql`p.starts_on desc nulls last, p.id desc`,
  end: sql`p.ends_on desc nulls last, p.id desc`,
  title: sql`lower(p.title), p.id`,
  updated: sql`p.updated_at desc, p.id desc`,
};

/** Runs the query as plain SQL: total, page, every facet's counts, budget sums, page rows. */
export async function rawSearch(db: Db, dialect: Dialect, q: SearchQuery, today: string) {
  const w = (except?: Facet) => where(q, dialect, today, except);
  const offset = (q.page - 1) * q.pageSize;
  const page =
    q.sort === 'relevance' && q.text && q.text.include.length > 0
      ? dialect === 'sqlite'
        ? sql<{ id: number }>`select p.id from project_search s join projects p on p.id = s.rowid
            where project_search match ${fts5Expression(q.text)} and ${w()}
            order by bm25(project_search, 10.0, 1.0), p.id limit ${q.pageSize} offset ${offset}`
        : sql<{
            id: number;
          }>`select p.id from project_search s join projects p on p.id = s.project_id
            where s.tsv @@ to_tsquery('simple', ${tsqueryText(q.text)}) and ${w()}
            order by ts_rank(s.tsv, to_tsquery('simple', ${tsqueryText(q.text)})) desc, p.id limit ${q.pageSize} offset ${offset}`
      : sql<{
          id: number;
        }>`select p.id from projects p where ${w()} order by ${ORDER[q.sort] ?? ORDER.start!} limit ${q.pageSize} offset ${offset}`;
  const [rows] = await Promise.all([
    page.execute(db),
    sql`select count(*) as n from projects p where ${w()}`.execute(db),
    sql`select c.country_code, count(*) as n from project_countries c join projects p on p.id = c.project_id where ${w('country')} group by c.country_code`.execute(
      db,
    ),
    sql`select x.project_type_id, count(*) as n from project_project_types x join projects p on p.id = x.project_id where ${w('type')} group by x.project_type_id`.execute(
      db,
    ),
    sql`select x.organisation_id, count(*) as n from project_organisations x join projects p on p.id = x.project_id where x.role = 'donor' and ${w('donor')} group by x.organisation_id`.execute(
      db,
    ),
    sql`select x.organisation_id, count(*) as n from project_organisations x join projects p on p.id = x.project_id where x.role = 'implementing' and ${w('implementer')} group by x.organisation_id`.execute(
      db,
    ),
    sql`select ${statusExpr(today)} as s, count(*) as n from projects p where ${w('status')} group by 1`.execute(
      db,
    ),
    sql`select p.source, count(*) as n from projects p where ${w('source')} group by p.source`.execute(
      db,
    ),
    sql`select b.currency, count(*) as n from budget_lines b join projects p on p.id = b.project_id where b.is_total = 1 and ${w('currency')} group by b.currency`.execute(
      db,
    ),
    sql`select b.currency, sum(b.amount_cents) as n from budget_lines b join projects p on p.id = b.project_id where b.is_total = 1 and ${w()} group by b.currency`.execute(
      db,
    ),
  ]);
  return loadProjects(
    db,
    rows.rows.map((r) => r.id),
  );
}
