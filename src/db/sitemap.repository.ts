import { sql } from 'kysely';
import type { Db } from './database.ts';

/** Slugs and update times of published projects after `afterId`, in id order (keyset paging). */
export async function publishedProjectSlugsAfter(db: Db, afterId: number, limit: number) {
  return db
    .selectFrom('projects')
    .select(['id', 'slug', 'updated_at'])
    .where('state', '=', 'published')
    .where('deleted_at', 'is', null)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Slugs of organisations that take part in at least one published project. */
export async function organisationSlugsWithPublishedProjects(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('organisations as o')
    .select('o.slug')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('project_organisations as po')
          .innerJoin('projects as p', 'p.id', 'po.project_id')
          .select('po.project_id')
          .whereRef('po.organisation_id', '=', 'o.id')
          .where('p.state', '=', 'published')
          .where('p.deleted_at', 'is', null),
      ),
    )
    .orderBy('o.slug')
    .execute();
  return rows.map((r) => r.slug);
}

/** The id that ends each run of `size` published projects (in id order): sitemap page bounds. */
export async function publishedProjectIdBoundaries(db: Db, size: number): Promise<number[]> {
  const numbered = db
    .selectFrom('projects')
    .select(['id', sql<number>`row_number() over (order by id)`.as('n')])
    .where('state', '=', 'published')
    .where('deleted_at', 'is', null)
    .as('numbered');
  const rows = await db
    .selectFrom(numbered)
    .select('id')
    .where(sql<boolean>`n % ${size} = 0`)
    .orderBy('id')
    .execute();
  return rows.map((r) => Number(r.id));
}
