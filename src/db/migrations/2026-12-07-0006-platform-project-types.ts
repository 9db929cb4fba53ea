import { type Kysely, sql } from 'kysely';

// Frozen: never edit after it has landed; add a new migration instead.
// The seed platform names its project types "Access to justice", "Civil law and procedure",
// "Children's rights" and "Public prosecutors". Older databases hold two near-duplicates of the
// first two under other names; this moves their projects (and the snapshots in their history, so
// a restore still finds the type) to the platform's names, keeps their DAC codes, and adds the
// two types that were missing. Data is inlined: a migration imports nothing from the app.

const RENAMES = [
  {
    from: 'access-to-justice-and-legal-aid',
    to: 'access-to-justice',
    name: 'Access to justice',
    ru: 'Доступ к правосудию',
  },
  {
    from: 'civil-and-commercial-law',
    to: 'civil-law-and-procedure',
    name: 'Civil law and procedure',
    ru: 'Гражданское право и процесс',
  },
];

const ADDED = [
  { slug: 'childrens-rights', name: "Children's rights", ru: 'Права детей' },
  { slug: 'public-prosecutors', name: 'Public prosecutors', ru: 'Прокуратура' },
];

async function typeId(db: Kysely<any>, slug: string): Promise<number | null> {
  const row = await db
    .selectFrom('project_types')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

async function setRussianName(db: Kysely<any>, id: number, name: string) {
  await db
    .deleteFrom('project_type_translations')
    .where('project_type_id', '=', id)
    .where('language', '=', 'ru')
    .execute();
  await db
    .insertInto('project_type_translations')
    .values({ project_type_id: id, language: 'ru', name })
    .execute();
}

/** Moves every project and DAC code of type `fromId` to `toId`, then deletes `fromId`. */
async function mergeInto(db: Kysely<any>, fromId: number, toId: number) {
  const already = db
    .selectFrom('project_project_types')
    .select('project_id')
    .where('project_type_id', '=', toId);
  await db
    .updateTable('project_project_types')
    .set({ project_type_id: toId })
    .where('project_type_id', '=', fromId)
    .where('project_id', 'not in', already)
    .execute();
  const codes = db
    .selectFrom('project_type_sectors')
    .select('dac_code')
    .where('project_type_id', '=', toId);
  await db
    .updateTable('project_type_sectors')
    .set({ project_type_id: toId })
    .where('project_type_id', '=', fromId)
    .where('dac_code', 'not in', codes)
    .execute();
  for (const table of [
    'project_project_types',
    'project_type_sectors',
    'project_type_translations',
  ])
    await db.deleteFrom(table).where('project_type_id', '=', fromId).execute();
  await db.deleteFrom('project_types').where('id', '=', fromId).execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  const touched = new Set<number>();
  for (const r of RENAMES) {
    const fromId = await typeId(db, r.from);
    if (fromId === null) continue;
    const projects = await db
      .selectFrom('project_project_types')
      .select('project_id')
      .where('project_type_id', '=', fromId)
      .execute();
    for (const p of projects) touched.add(Number(p.project_id));
    const toId = await typeId(db, r.to);
    if (toId === null) {
      await db
        .updateTable('project_types')
        .set({ slug: r.to, name: r.name })
        .where('id', '=', fromId)
        .execute();
      await setRussianName(db, fromId, r.ru);
    } else {
      await mergeInto(db, fromId, toId);
    }
    // Snapshots name types by slug; a restore of an old revision must find the new one.
    await sql`update revisions set snapshot = replace(snapshot, ${`"slug":"${r.from}"`}, ${`"slug":"${r.to}"`})
      where snapshot like ${`%"slug":"${r.from}"%`}`.execute(db);
  }

  // Only a database that has a vocabulary gets the new types; an empty one is filled by the seed.
  const last = await db
    .selectFrom('project_types')
    .select(sql<number>`max(position)`.as('position'))
    .executeTakeFirst();
  if (last?.position !== null && last?.position !== undefined) {
    let position = Number(last.position);
    for (const t of ADDED) {
      if ((await typeId(db, t.slug)) !== null) continue;
      await db
        .insertInto('project_types')
        .values({
          slug: t.slug,
          name: t.name,
          position: ++position,
          created_at: new Date().toISOString(),
        })
        .execute();
      await setRussianName(db, (await typeId(db, t.slug))!, t.ru);
    }
  }

  // Every web process reloads its labels, and re-reads the projects whose type changed. An
  // empty database records nothing: its first search must still find no change and index all.
  if (last?.position === null || last?.position === undefined) return;
  const ids = [0, ...touched];
  for (let i = 0; i < ids.length; i += 1000)
    await db
      .insertInto('search_changes')
      .values(ids.slice(i, i + 1000).map((project_id) => ({ project_id })))
      .execute();
}
