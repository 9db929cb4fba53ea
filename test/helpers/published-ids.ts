import type { Db } from '../../src/db/database.ts';

/** The ids of the published, undeleted projects, ascending: what an unfiltered export writes. */
export async function publishedProjectIds(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('projects')
    .select('id')
    .where('state', '=', 'published')
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}
