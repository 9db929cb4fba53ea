import type { Db } from '../../db/database.ts';
import { isValidSlug, slugify } from '../../domain/projects/slug.ts';
import { SlugAllocator } from '../import/slug-allocator.ts';
import type { Holder } from './stored-matches.ts';

/** What of a row decides its new slug. */
export interface SlugKeys {
  slug?: string;
  title?: string;
}

/**
 * The slug of each row that creates a project and names none: made from its title, and free of
 * every stored slug, deleted projects' included, and of every slug the sheet names itself
 * (the IATI import's `SlugAllocator`, asked once for the whole sheet, so two rows of one title
 * get two slugs even when nothing is written between them, as in a preview). Undefined for
 * the other rows. A row that names its own slug keeps it (`planRows` checks it).
 */
export async function newProjectSlugs(
  db: Db,
  rows: readonly SlugKeys[],
  ids: readonly (number | undefined)[],
  slugHolders: Map<string, Holder>,
): Promise<(string | undefined)[]> {
  // The sheet's own free slugs go first, so that the allocator hands none of them to a title.
  const own = new Set<string>();
  const generated: number[] = [];
  const bases: string[] = [];
  for (const [i, row] of rows.entries()) {
    if (ids[i] !== undefined) continue;
    if (!row.slug) {
      generated.push(i);
      bases.push(slugify(row.title || 'project'));
    } else if (isValidSlug(row.slug) && !slugHolders.has(row.slug)) own.add(row.slug);
  }
  const out: (string | undefined)[] = new Array(rows.length).fill(undefined);
  if (bases.length === 0) return out;
  const slugs = await new SlugAllocator('projects').allocate(db, [...own, ...bases]);
  for (const [j, row] of generated.entries()) out[row] = slugs[own.size + j];
  return out;
}
