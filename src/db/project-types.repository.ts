import type { ProjectType, ProjectTypeInput } from '../domain/vocabularies/project-type.ts';
import type { Db } from './database.ts';
import { nowIso } from './time.ts';

/** Creates or updates the project type with this slug, with its names and DAC codes. */
export async function upsertProjectType(db: Db, input: ProjectTypeInput): Promise<ProjectType> {
  const row = await db
    .insertInto('project_types')
    .values({ slug: input.slug, name: input.name, position: input.position, created_at: nowIso() })
    .onConflict((oc) =>
      oc.column('slug').doUpdateSet({ name: input.name, position: input.position }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.deleteFrom('project_type_translations').where('project_type_id', '=', row.id).execute();
  await db.deleteFrom('project_type_sectors').where('project_type_id', '=', row.id).execute();
  const names = Object.entries(input.names);
  if (names.length > 0) {
    await db
      .insertInto('project_type_translations')
      .values(names.map(([language, name]) => ({ project_type_id: row.id, language, name })))
      .execute();
  }
  if (input.dacCodes.length > 0) {
    await db
      .insertInto('project_type_sectors')
      .values(input.dacCodes.map((dac_code) => ({ project_type_id: row.id, dac_code })))
      .execute();
  }
  return { ...input, id: row.id };
}

/** The whole vocabulary, in its display order. */
export async function listProjectTypes(db: Db): Promise<ProjectType[]> {
  const [types, names, sectors] = await Promise.all([
    db.selectFrom('project_types').selectAll().orderBy('position').orderBy('name').execute(),
    db.selectFrom('project_type_translations').selectAll().execute(),
    db.selectFrom('project_type_sectors').selectAll().orderBy('dac_code').execute(),
  ]);
  return types.map((t) => ({
    id: t.id,
    slug: t.slug,
    name: t.name,
    position: t.position,
    names: Object.fromEntries(
      names.filter((n) => n.project_type_id === t.id).map((n) => [n.language, n.name]),
    ),
    dacCodes: sectors.filter((s) => s.project_type_id === t.id).map((s) => s.dac_code),
  }));
}
