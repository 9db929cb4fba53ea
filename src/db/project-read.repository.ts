import { sql } from 'kysely';
import { parsePartialDateKey } from '../domain/projects/period.ts';
import type {
  OrganisationRole,
  Project,
  ProjectSource,
  PublicationState,
} from '../domain/projects/project.ts';
import type { Db } from './database.ts';

/** Reads whole projects by id, with every related row, in a fixed number of queries. */
export async function loadProjects(db: Db, ids: readonly number[]): Promise<Project[]> {
  if (ids.length === 0) return [];
  const idList = [...ids];
  // One wave of queries, so that on PostgreSQL the page costs one round trip's latency: the
  // three place tables are one UNION, organisation names come with their own subquery.
  const [
    projects,
    translations,
    places,
    types,
    sectors,
    organisations,
    budgetLines,
    contacts,
    links,
    typeNames,
    orgNameRows,
  ] = await Promise.all([
    db.selectFrom('projects').selectAll().where('id', 'in', idList).execute(),
    db.selectFrom('project_translations').selectAll().where('project_id', 'in', idList).execute(),
    db
      .selectFrom('project_countries')
      .select([
        sql<string>`'country'`.as('kind'),
        'project_id',
        'country_code as code',
        'percentage',
        'position',
      ])
      .where('project_id', 'in', idList)
      .unionAll(
        db
          .selectFrom('project_regions')
          .select([
            sql<string>`'region'`.as('kind'),
            'project_id',
            'region_code as code',
            'percentage',
            'position',
          ])
          .where('project_id', 'in', idList),
      )
      .unionAll(
        db
          .selectFrom('project_beneficiary_countries')
          .select([
            sql<string>`'beneficiary'`.as('kind'),
            'project_id',
            'country_code as code',
            sql<number | null>`null`.as('percentage'),
            'position',
          ])
          .where('project_id', 'in', idList),
      )
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_project_types as ppt')
      .innerJoin('project_types as t', 't.id', 'ppt.project_type_id')
      .select(['ppt.project_id', 't.id', 't.slug', 't.name'])
      .where('ppt.project_id', 'in', idList)
      .orderBy('ppt.position')
      .execute(),
    db
      .selectFrom('project_sectors')
      .selectAll()
      .where('project_id', 'in', idList)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_organisations as po')
      .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
      .select(['po.project_id', 'po.role', 'o.id', 'o.slug', 'o.name', 'o.acronym'])
      .where('po.project_id', 'in', idList)
      .orderBy('po.position')
      .execute(),
    db
      .selectFrom('budget_lines')
      .selectAll()
      .where('project_id', 'in', idList)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('contacts')
      .selectAll()
      .where('project_id', 'in', idList)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('links')
      .selectAll()
      .where('project_id', 'in', idList)
      .orderBy('position')
      .execute(),
    db.selectFrom('project_type_translations').selectAll().execute(),
    db
      .selectFrom('organisation_translations')
      .selectAll()
      .where('organisation_id', 'in', (eb) =>
        eb
          .selectFrom('project_organisations')
          .select('organisation_id')
          .where('project_id', 'in', idList),
      )
      .execute(),
  ]);
  const orgNames = new Map<number, Record<string, { name: string; acronym: string | null }>>();
  for (const r of orgNameRows) {
    const names = orgNames.get(r.organisation_id) ?? {};
    names[r.language] = { name: r.name, acronym: r.acronym };
    orgNames.set(r.organisation_id, names);
  }
  const countries = places.filter((p) => p.kind === 'country');
  const regions = places.filter((p) => p.kind === 'region');
  const beneficiaryCountries = places.filter((p) => p.kind === 'beneficiary');
  const namesOfType = (typeId: number) =>
    Object.fromEntries(
      typeNames.filter((n) => n.project_type_id === typeId).map((n) => [n.language, n.name]),
    );

  const byProject = <T extends { project_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) {
      const list = map.get(row.project_id);
      if (list) list.push(row);
      else map.set(row.project_id, [row]);
    }
    return (id: number) => map.get(id) ?? [];
  };
  const tr = byProject(translations);
  const co = byProject(countries);
  const re = byProject(regions);
  const bc = byProject(beneficiaryCountries);
  const ty = byProject(types);
  const se = byProject(sectors);
  const or = byProject(organisations);
  const bl = byProject(budgetLines);
  const ct = byProject(contacts);
  const li = byProject(links);

  const found = new Map(
    projects.map((p): [number, Project] => [
      p.id,
      {
        id: p.id,
        slug: p.slug,
        language: p.language,
        title: p.title,
        summary: p.summary,
        description: p.description,
        period: {
          start: parsePartialDateKey(p.period_start),
          end: parsePartialDateKey(p.period_end),
        },
        periodNote: p.period_note,
        budgetText: p.budget_text,
        budgetLines: bl(p.id).map((l) => ({
          label: l.label,
          amountCents: Number(l.amount_cents),
          currency: l.currency,
          isTotal: Boolean(l.is_total),
        })),
        countries: co(p.id).map((c) => ({ code: c.code, percentage: c.percentage })),
        regions: re(p.id).map((r) => ({ code: r.code, percentage: r.percentage })),
        beneficiary: p.beneficiary,
        beneficiaryCountries: bc(p.id).map((c) => c.code),
        types: ty(p.id).map((t) => ({
          id: t.id,
          slug: t.slug,
          name: t.name,
          names: namesOfType(t.id),
        })),
        sectors: se(p.id).map((s) => ({
          vocabulary: s.vocabulary,
          code: s.code,
          percentage: s.percentage,
        })),
        organisations: or(p.id).map((o) => ({
          role: o.role as OrganisationRole,
          organisation: {
            id: o.id,
            slug: o.slug,
            name: o.name,
            acronym: o.acronym,
            translations: orgNames.get(o.id) ?? {},
          },
        })),
        contacts: ct(p.id).map((c) => ({
          role: c.role as OrganisationRole | null,
          organisation: c.organisation,
          person: c.person,
          jobTitle: c.job_title,
          phones: c.phones ? c.phones.split('\n') : [],
          email: c.email,
          address: c.address,
          website: c.website,
        })),
        links: li(p.id).map((l) => ({
          kind: l.kind as 'link' | 'document',
          url: l.url,
          title: l.title,
          language: l.language,
          format: l.format,
        })),
        translations: tr(p.id).map((t) => ({
          language: t.language,
          title: t.title,
          summary: t.summary,
          description: t.description,
          budgetText: t.budget_text,
          beneficiary: t.beneficiary,
          periodNote: t.period_note,
        })),
        provenance: {
          source: p.source as ProjectSource,
          iatiIdentifier: p.iati_identifier,
          sourceFile: p.source_file,
          importedAt: p.imported_at,
        },
        state: p.state as PublicationState,
        version: p.version,
        createdAt: p.created_at,
        updatedAt: p.updated_at,
        publishedAt: p.published_at,
      },
    ]),
  );
  return idList.flatMap((id) => found.get(id) ?? []);
}

/** The project at this slug in any state, or undefined; deleted projects are not found. */
export async function findProjectBySlug(db: Db, slug: string): Promise<Project | undefined> {
  const row = await db
    .selectFrom('projects')
    .select('id')
    .where('slug', '=', slug)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const [project] = await loadProjects(db, [row.id]);
  return project;
}

/** True when a project with this slug existed and was deleted. */
export async function isProjectDeleted(db: Db, slug: string): Promise<boolean> {
  const row = await db
    .selectFrom('projects')
    .select('id')
    .where('slug', '=', slug)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Ids of published projects, newest period first, and how many there are in all. */
export async function pagePublishedProjectIds(
  db: Db,
  page: { limit: number; offset: number },
): Promise<{ ids: number[]; total: number }> {
  const base = db
    .selectFrom('projects')
    .where('state', '=', 'published')
    .where('deleted_at', 'is', null);
  const [rows, count] = await Promise.all([
    base
      .select('id')
      .orderBy('starts_on', (ob) => ob.desc().nullsLast())
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count.n) };
}

/** Ids of the most recently published projects. */
export async function latestPublishedProjectIds(db: Db, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('projects')
    .select('id')
    .where('state', '=', 'published')
    .where('deleted_at', 'is', null)
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** How many published projects each country and each project type has. */
export async function publishedCounts(db: Db) {
  const published = (eb: any) => eb('p.state', '=', 'published').and('p.deleted_at', 'is', null);
  const [byCountry, byType, total] = await Promise.all([
    db
      .selectFrom('project_countries as c')
      .innerJoin('projects as p', 'p.id', 'c.project_id')
      .where(published)
      .select(['c.country_code as code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('c.country_code')
      .orderBy('n', 'desc')
      .execute(),
    db
      .selectFrom('project_project_types as ppt')
      .innerJoin('projects as p', 'p.id', 'ppt.project_id')
      .innerJoin('project_types as t', 't.id', 'ppt.project_type_id')
      .where(published)
      .select(['t.slug', 't.name', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['t.slug', 't.name'])
      .orderBy('n', 'desc')
      .execute(),
    db
      .selectFrom('projects as p')
      .where(published)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(total.n),
    byCountry: byCountry.map((r) => ({ code: r.code, count: Number(r.n) })),
    byType: byType.map((r) => ({ slug: r.slug, name: r.name, count: Number(r.n) })),
  };
}

/** The projects at these slugs, deleted or not, by slug. */
export async function findProjectsBySlugs(
  db: Db,
  slugs: readonly string[],
): Promise<Map<string, { project: Project; deleted: boolean }>> {
  const deleted = new Map<number, boolean>();
  for (let i = 0; i < slugs.length; i += 500) {
    const rows = await db
      .selectFrom('projects')
      .select(['id', 'deleted_at'])
      .where('slug', 'in', slugs.slice(i, i + 500))
      .execute();
    for (const r of rows) deleted.set(r.id, r.deleted_at !== null);
  }
  const projects = await loadProjects(db, [...deleted.keys()]);
  return new Map(projects.map((p) => [p.slug, { project: p, deleted: deleted.get(p.id)! }]));
}
