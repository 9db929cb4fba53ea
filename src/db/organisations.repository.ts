import type { Organisation, OrganisationInput } from '../domain/organisations/organisation.ts';
import type { Db } from './database.ts';
import type { OrganisationsTable } from './schema.ts';
import { nowIso } from './time.ts';

type OrganisationRow = Pick<
  OrganisationsTable,
  'slug' | 'name' | 'acronym' | 'iati_identifier' | 'iati_type' | 'website'
> & { id: number };

/** Maps a row of `organisations` to the domain type. */
export function rowToOrganisation(row: OrganisationRow): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    acronym: row.acronym,
    iatiIdentifier: row.iati_identifier,
    iatiType: row.iati_type,
    website: row.website,
  };
}

const COLUMNS = [
  'id',
  'slug',
  'name',
  'acronym',
  'iati_identifier',
  'iati_type',
  'website',
] as const;

/** Creates the organisation, or updates the one with the same slug; returns it. */
export async function upsertOrganisation(db: Db, input: OrganisationInput): Promise<Organisation> {
  const now = nowIso();
  const values = {
    slug: input.slug,
    name: input.name,
    acronym: input.acronym,
    iati_identifier: input.iatiIdentifier,
    iati_type: input.iatiType,
    website: input.website,
  };
  const row = await db
    .insertInto('organisations')
    .values({ ...values, created_at: now, updated_at: now })
    .onConflict((oc) => oc.column('slug').doUpdateSet({ ...values, updated_at: now }))
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  if (input.translations) {
    await db
      .deleteFrom('organisation_translations')
      .where('organisation_id', '=', row.id)
      .execute();
    const names = Object.entries(input.translations);
    if (names.length > 0) {
      await db
        .insertInto('organisation_translations')
        .values(
          names.map(([language, n]) => ({
            organisation_id: row.id,
            language,
            name: n.name,
            acronym: n.acronym,
          })),
        )
        .execute();
    }
  }
  return { ...rowToOrganisation(row), translations: input.translations ?? {} };
}

/** Names in other languages of these organisations: organisation id → language → name. */
export async function organisationTranslations(db: Db, ids: readonly number[]) {
  const out = new Map<number, Record<string, { name: string; acronym: string | null }>>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('organisation_translations')
    .selectAll()
    .where('organisation_id', 'in', [...ids])
    .execute();
  for (const r of rows) {
    const names = out.get(r.organisation_id) ?? {};
    names[r.language] = { name: r.name, acronym: r.acronym };
    out.set(r.organisation_id, names);
  }
  return out;
}

/** The organisation with this slug, with its names in other languages, or undefined. */
export async function findOrganisationBySlug(
  db: Db,
  slug: string,
): Promise<Organisation | undefined> {
  const row = await db
    .selectFrom('organisations')
    .select(COLUMNS)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  const names = await organisationTranslations(db, [row.id]);
  return { ...rowToOrganisation(row), translations: names.get(row.id) ?? {} };
}

/** Every organisation, by name. */
export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').select(COLUMNS).orderBy('name').execute();
  return rows.map(rowToOrganisation);
}

/** For each role the organisation plays, how many published projects and the newest of them. */
export async function organisationPublishedProjects(
  db: Db,
  organisationId: number,
  perRole: number,
) {
  const counts = await db
    .selectFrom('project_organisations as po')
    .innerJoin('projects as p', 'p.id', 'po.project_id')
    .where('po.organisation_id', '=', organisationId)
    .where('p.state', '=', 'published')
    .where('p.deleted_at', 'is', null)
    .select(['po.role', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('po.role')
    .execute();
  return Promise.all(
    counts.map(async ({ role, n }) => {
      const rows = await db
        .selectFrom('project_organisations as po')
        .innerJoin('projects as p', 'p.id', 'po.project_id')
        .where('po.organisation_id', '=', organisationId)
        .where('po.role', '=', role)
        .where('p.state', '=', 'published')
        .where('p.deleted_at', 'is', null)
        .select('p.id')
        .orderBy('p.starts_on', (ob) => ob.desc().nullsLast())
        .orderBy('p.id', 'desc')
        .limit(perRole)
        .execute();
      return { role, count: Number(n), projectIds: rows.map((r) => r.id) };
    }),
  );
}
