import type { Db } from '../db/database.ts';
import { headlineBudget } from '../domain/projects/budget.ts';

/** What the in-memory index keeps of one published project. */
export interface IndexedProject {
  id: number;
  startsOn: string | null;
  endsOn: string | null;
  source: string;
  updatedAt: string;
  title: string;
  /** Countries and regional scopes (IATI region codes). */
  places: string[];
  types: string[];
  donors: string[];
  implementers: string[];
  /** Headline budget per currency. */
  budgets: { currency: string; cents: number }[];
}

/** The vocabulary the filters offer: types and organisations by slug, with names. */
export interface SearchVocabularyData {
  types: { slug: string; name: string; names: Record<string, string> }[];
  organisations: { slug: string; name: string; acronym: string | null }[];
}

const CHUNK = 50_000;

/**
 * Walks rows sorted by project id alongside the projects in id order: the rows of each
 * project in turn, without a map of arrays per chunk (a million projects, six tables).
 */
function cursor<T extends { project_id: number }>(rows: T[]) {
  let i = 0;
  return (id: number): T[] => {
    while (i < rows.length && rows[i]!.project_id < id) i++;
    const from = i;
    while (i < rows.length && rows[i]!.project_id === id) i++;
    return from === i ? NONE : rows.slice(from, i);
  };
}
const NONE: never[] = [];

type Scope = { from: number; to: number } | { ids: number[] };

async function loadScope(db: Db, scope: Scope): Promise<IndexedProject[]> {
  // Every query is limited the same way: a range of ids (full loads) or a list (refreshes).
  const limit = <Q extends { where: (...a: any[]) => any }>(q: Q, column: string): Q =>
    'ids' in scope
      ? q.where(column, 'in', scope.ids)
      : q.where(column, '>=', scope.from).where(column, '<', scope.to);
  const [projects, countries, regions, types, organisations, budgets] = await Promise.all([
    limit(
      db
        .selectFrom('projects')
        .select(['id', 'starts_on', 'ends_on', 'source', 'updated_at', 'title'])
        .where('state', '=', 'published')
        .where('deleted_at', 'is', null)
        .orderBy('id'),
      'id',
    ).execute(),
    limit(
      db
        .selectFrom('project_countries')
        .select(['project_id', 'country_code as code'])
        .orderBy('project_id'),
      'project_id',
    ).execute(),
    limit(
      db
        .selectFrom('project_regions')
        .select(['project_id', 'region_code as code'])
        .orderBy('project_id'),
      'project_id',
    ).execute(),
    limit(
      db
        .selectFrom('project_project_types as ppt')
        .innerJoin('project_types as t', 't.id', 'ppt.project_type_id')
        .select(['ppt.project_id', 't.slug'])
        .orderBy('ppt.project_id'),
      'ppt.project_id',
    ).execute(),
    limit(
      db
        .selectFrom('project_organisations as po')
        .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
        .select(['po.project_id', 'po.role', 'o.slug'])
        .where('po.role', 'in', ['donor', 'implementing'])
        .orderBy('po.project_id'),
      'po.project_id',
    ).execute(),
    limit(
      db
        .selectFrom('budget_lines')
        .select(['project_id', 'amount_cents', 'currency', 'is_total'])
        .orderBy('project_id'),
      'project_id',
    ).execute(),
  ]);
  const co = cursor(countries);
  const re = cursor(regions);
  const ty = cursor(types);
  const or = cursor(organisations);
  const bu = cursor(budgets);
  return projects.map((p) => {
    const orgs = or(p.id);
    const lines = bu(p.id);
    return {
      id: p.id,
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      source: p.source,
      updatedAt: p.updated_at,
      title: p.title,
      places: [...co(p.id), ...re(p.id)].map((c) => c.code),
      types: ty(p.id).map((t) => t.slug),
      donors: orgs.filter((o) => o.role === 'donor').map((o) => o.slug),
      implementers: orgs.filter((o) => o.role === 'implementing').map((o) => o.slug),
      budgets:
        lines.length === 0
          ? []
          : headlineBudget(
              lines.map((l) => ({
                label: null,
                amountCents: Number(l.amount_cents),
                currency: l.currency,
                isTotal: Boolean(l.is_total),
              })),
            ),
    };
  });
}

/** Reads every published project in id order, a chunk at a time, handing each chunk on. */
export async function loadAllIndexedProjects(
  db: Db,
  onChunk: (projects: IndexedProject[]) => void,
): Promise<void> {
  const bounds = await db
    .selectFrom('projects')
    .select((eb) => [eb.fn.min('id').as('lo'), eb.fn.max('id').as('hi')])
    .executeTakeFirst();
  const lo = Number(bounds?.lo ?? 0);
  const hi = Number(bounds?.hi ?? -1);
  for (let from = lo; from <= hi; from += CHUNK) {
    onChunk(await loadScope(db, { from, to: from + CHUNK }));
  }
}

/** Reads these projects if they are published (ids of others are simply absent). */
export async function loadIndexedProjects(db: Db, ids: number[]): Promise<IndexedProject[]> {
  const out: IndexedProject[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    out.push(...(await loadScope(db, { ids: ids.slice(i, i + 1000) })));
  }
  return out;
}

/** Types and organisations with their names, for validating and labelling filters. */
export async function loadSearchVocabulary(db: Db): Promise<SearchVocabularyData> {
  const [types, typeNames, organisations] = await Promise.all([
    db
      .selectFrom('project_types')
      .select(['id', 'slug', 'name'])
      .orderBy('position')
      .orderBy('name')
      .execute(),
    db
      .selectFrom('project_type_translations')
      .select(['project_type_id', 'language', 'name'])
      .execute(),
    db.selectFrom('organisations').select(['slug', 'name', 'acronym']).orderBy('name').execute(),
  ]);
  return {
    types: types.map((t) => ({
      slug: t.slug,
      name: t.name,
      names: Object.fromEntries(
        typeNames.filter((n) => n.project_type_id === t.id).map((n) => [n.language, n.name]),
      ),
    })),
    organisations,
  };
}
