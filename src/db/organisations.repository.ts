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
  return rowToOrganisation(row);
}

/** The organisation with this slug, or undefined. */
export async function findOrganisationBySlug(db: Db, slug: string) {
  const row = await db
    .selectFrom('organisations')
    .select(COLUMNS)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && rowToOrganisation(row);
}

/** Every organisation, by name. */
export async function listOrganisations(db: Db): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').select(COLUMNS).orderBy('name').execute();
  return rows.map(rowToOrganisation);
}
