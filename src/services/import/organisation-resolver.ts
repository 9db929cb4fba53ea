import type { Db } from '../../db/database.ts';
import { nowIso } from '../../db/time.ts';
import type { MappedOrganisation } from '../../interchange/iati/iati-to-project.ts';
import { SlugAllocator } from './slug-allocator.ts';

interface Known {
  id: number;
  slug: string;
}

const refKey = (ref: string) => `ref:${ref}`;
const slugKey = (slug: string) => `slug:${slug}`;

/**
 * Finds or creates the organisations an import names, a batch at a time, and remembers them for
 * the rest of the file. An organisation is matched by its IATI ref when it has one, else by the
 * slug of its name; existing organisations are never changed (an editor may have curated them).
 * Lives as long as one file's transaction: after a rollback its memory is wrong, so drop it.
 */
export class OrganisationResolver {
  private readonly known = new Map<string, Known>();
  private readonly slugs = new SlugAllocator('organisations');

  /** The id and slug of each organisation, creating those that do not exist yet. */
  async resolve(db: Db, organisations: readonly MappedOrganisation[]): Promise<Known[]> {
    await this.lookUp(db, organisations);
    const created: MappedOrganisation[] = [];
    const pending = new Map<string, MappedOrganisation>();
    for (const org of organisations) {
      const key = this.keyOf(org);
      if (!this.known.has(key) && !pending.has(key)) {
        pending.set(key, org);
        created.push(org);
      }
    }
    if (created.length > 0) await this.create(db, created);
    return organisations.map((org) => this.known.get(this.keyOf(org))!);
  }

  private keyOf(org: MappedOrganisation): string {
    return org.iatiIdentifier ? refKey(org.iatiIdentifier) : slugKey(org.slug);
  }

  private async lookUp(db: Db, organisations: readonly MappedOrganisation[]) {
    const refs = new Set<string>();
    const slugs = new Set<string>();
    for (const org of organisations) {
      if (this.known.has(this.keyOf(org))) continue;
      if (org.iatiIdentifier) refs.add(org.iatiIdentifier);
      slugs.add(org.slug);
    }
    if (refs.size > 0) {
      const rows = await db
        .selectFrom('organisations')
        .select(['id', 'slug', 'iati_identifier'])
        .where('iati_identifier', 'in', [...refs])
        .execute();
      for (const row of rows)
        this.known.set(refKey(row.iati_identifier!), { id: row.id, slug: row.slug });
    }
    if (slugs.size === 0) return;
    const rows = await db
      .selectFrom('organisations')
      .select(['id', 'slug', 'iati_identifier'])
      .where('slug', 'in', [...slugs])
      .execute();
    for (const row of rows) {
      this.known.set(slugKey(row.slug), { id: row.id, slug: row.slug });
      // An organisation without a ref is the same one as a referenced namesake in the file.
      for (const org of organisations) {
        if (org.iatiIdentifier && org.slug === row.slug && row.iati_identifier === null) {
          if (!this.known.has(refKey(org.iatiIdentifier))) {
            this.known.set(refKey(org.iatiIdentifier), { id: row.id, slug: row.slug });
          }
        }
      }
    }
  }

  private async create(db: Db, organisations: MappedOrganisation[]) {
    const slugs = await this.slugs.allocate(
      db,
      organisations.map((o) => o.slug),
    );
    const now = nowIso();
    const rows = organisations.map((org, i) => ({
      slug: slugs[i]!,
      name: org.name,
      acronym: org.acronym,
      iati_identifier: org.iatiIdentifier,
      iati_type: org.iatiType,
      website: org.website,
      created_at: now,
      updated_at: now,
    }));
    const inserted = await db
      .insertInto('organisations')
      .values(rows)
      .returning(['id', 'slug'])
      .execute();
    const ids = new Map(inserted.map((r) => [r.slug, r.id]));
    const translations = [];
    for (const [i, org] of organisations.entries()) {
      const known = { id: ids.get(rows[i]!.slug)!, slug: rows[i]!.slug };
      this.known.set(this.keyOf(org), known);
      if (!org.iatiIdentifier) this.known.set(slugKey(known.slug), known);
      for (const [language, name] of Object.entries(org.names)) {
        if (name !== org.name)
          translations.push({ organisation_id: known.id, language, name, acronym: null });
      }
    }
    if (translations.length > 0)
      await db.insertInto('organisation_translations').values(translations).execute();
  }
}
