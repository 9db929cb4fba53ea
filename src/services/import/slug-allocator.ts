import type { Db } from '../../db/database.ts';
import { SLUG_MAX_LENGTH } from '../../domain/projects/slug.ts';

/** "base-n", cut so that it stays within the slug length (the same rule as uniqueSlug). */
export function numberedSlug(base: string, n: number): string {
  const suffix = `-${n}`;
  return `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
}

const PROBE = 32;

/**
 * Gives each new record of an import a free slug: the base itself, else the first free
 * "base-2", "base-3", …, as uniqueSlug would. Asks the database by exact slug (the unique index
 * on both databases) a batch at a time, and remembers only the bases that collided, so memory
 * stays small however many records a file holds.
 */
export class SlugAllocator {
  private readonly families = new Map<string, Set<string>>();

  constructor(private readonly table: 'projects' | 'organisations') {}

  /** A free slug for each base, in order; two equal bases get two different slugs. */
  async allocate(db: Db, bases: readonly string[]): Promise<string[]> {
    const unknown = [...new Set(bases.filter((b) => !this.families.has(b)))];
    const taken = await this.existing(db, unknown);
    const used = new Set<string>();
    const out: string[] = [];
    for (const base of bases) {
      let family = this.families.get(base);
      if (!family && !taken.has(base) && !used.has(base)) {
        used.add(base);
        out.push(base);
        continue;
      }
      if (!family) {
        family = await this.probe(db, base);
        this.families.set(base, family);
      }
      let slug: string;
      for (let n = 2; ; n++) {
        slug = numberedSlug(base, n);
        if (family.has(slug) || used.has(slug)) continue;
        // Another record's own base may have taken this numbered slug since the probe.
        if ((await this.existing(db, [slug])).size === 0) break;
        family.add(slug);
      }
      family.add(slug);
      used.add(slug);
      out.push(slug);
    }
    return out;
  }

  private async existing(db: Db, slugs: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < slugs.length; i += 1000) {
      const part = slugs.slice(i, i + 1000);
      const rows = await db
        .selectFrom(this.table)
        .select('slug')
        .where('slug', 'in', part)
        .execute();
      for (const row of rows) found.add(row.slug);
    }
    return found;
  }

  /** The base and every numbered slug of it that is taken, up to the first free window. */
  private async probe(db: Db, base: string): Promise<Set<string>> {
    const family = new Set([base]);
    for (let from = 2; ; from += PROBE) {
      const candidates = Array.from({ length: PROBE }, (_, i) => numberedSlug(base, from + i));
      const found = await this.existing(db, candidates);
      for (const slug of found) family.add(slug);
      if (found.size < PROBE) return family;
    }
  }
}
