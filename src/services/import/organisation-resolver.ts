import type { Db } from '../../db/database.ts';
import { nowIso } from '../../db/time.ts';
import type { MappedOrganisation } from '../../interchange/iati/iati-to-project.ts';
import { organisationSearchNames } from '../../search/documents.ts';
import { SlugAllocator } from './slug-allocator.ts';

interface Known {
  id: number;
  slug: string;
  /** Its names and acronyms as stored, for the search index (`organisationSearchNames`). */
  searchNames: string[];
}

const refKey = (ref: string) => `ref:${ref}`;
const slugKey = (slug: string) => `slug:${slug}`;

/**
 * The other spelling of a multilateral's ref: IATI 1.x files name them by their bare DAC
 * channel code ("41114"), 2.x by "XM-DAC-41114". Null for any other ref.
 */
export function dacRefAlias(ref: string): string | null {
  if (/^\d{5}$/.test(ref)) return `XM-DAC-${ref}`;
  return /^XM-DAC-(\d{5})$/.exec(ref)?.[1] ?? null;
}

/**
 * Finds or creates the organisations an import names, a batch at a time, and remembers them for
 * the rest of the file. An organisation is matched by its IATI ref (either spelling of a DAC
 * ref), else by the slug of its name, else by its name as stored (in any language) when the
 * stored one has no other ref; existing organisations are never changed (an editor may have
 * curated them).
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
      if (org.iatiIdentifier) {
        refs.add(org.iatiIdentifier);
        const alias = dacRefAlias(org.iatiIdentifier);
        if (alias) refs.add(alias);
      }
      slugs.add(org.slug);
    }
    const found = new Map<
      number,
      { id: number; slug: string; name: string; acronym: string | null }
    >();
    const columns = ['id', 'slug', 'name', 'acronym', 'iati_identifier'] as const;
    const byRef =
      refs.size > 0
        ? await db
            .selectFrom('organisations')
            .select(columns)
            .where('iati_identifier', 'in', [...refs])
            .execute()
        : [];
    const bySlug =
      slugs.size > 0
        ? await db
            .selectFrom('organisations')
            .select(columns)
            .where('slug', 'in', [...slugs])
            .execute()
        : [];
    for (const row of [...byRef, ...bySlug]) found.set(row.id, row);
    const byName = await this.namesakes(db, organisations, byRef, bySlug);
    for (const { row } of byName) found.set(row.id, row);
    const governments = await this.governments(db, organisations, bySlug);
    for (const { row } of governments) found.set(row.id, row);
    if (found.size === 0) return;
    const translations = await db
      .selectFrom('organisation_translations')
      .select(['organisation_id', 'language', 'name', 'acronym'])
      .where('organisation_id', 'in', [...found.keys()])
      .execute();
    const known = new Map<number, Known>();
    for (const row of found.values()) {
      const own = translations.filter((t) => t.organisation_id === row.id);
      known.set(row.id, {
        id: row.id,
        slug: row.slug,
        searchNames: organisationSearchNames(row.name, row.acronym, own),
      });
    }
    for (const row of byRef) {
      this.known.set(refKey(row.iati_identifier!), known.get(row.id)!);
      const alias = dacRefAlias(row.iati_identifier!);
      if (alias && !this.known.has(refKey(alias)))
        this.known.set(refKey(alias), known.get(row.id)!);
    }
    for (const row of bySlug) {
      this.known.set(slugKey(row.slug), known.get(row.id)!);
      // An organisation without a ref is the same one as a referenced namesake in the file.
      for (const org of organisations) {
        if (org.iatiIdentifier && org.slug === row.slug && row.iati_identifier === null) {
          if (!this.known.has(refKey(org.iatiIdentifier))) {
            this.known.set(refKey(org.iatiIdentifier), known.get(row.id)!);
          }
        }
      }
    }
    for (const { org, row } of [...byName, ...governments]) {
      if (!this.known.has(this.keyOf(org))) this.known.set(this.keyOf(org), known.get(row.id)!);
    }
  }

  /**
   * A funder the file names by a country ("UNITED KINGDOM") is that country's government donor
   * when one is stored, known by its government ref (GB-GOV-1, US-GOV-1…); the oldest of several.
   */
  private async governments(
    db: Db,
    organisations: readonly MappedOrganisation[],
    bySlug: { slug: string }[],
  ) {
    const slugs = new Set(bySlug.map((r) => r.slug));
    const open = organisations.filter(
      (org) =>
        org.countryCode &&
        !org.iatiIdentifier &&
        !this.known.has(this.keyOf(org)) &&
        !slugs.has(org.slug),
    );
    const codes = [...new Set(open.map((org) => org.countryCode!))];
    if (codes.length === 0) return [];
    const rows = await db
      .selectFrom('organisations')
      .select(['id', 'slug', 'name', 'acronym', 'iati_identifier'])
      .where((eb) => eb.or(codes.map((code) => eb('iati_identifier', 'like', `${code}-GOV-%`))))
      .orderBy('id')
      .execute();
    return open.flatMap((org) => {
      const row = rows.find((r) => r.iati_identifier!.startsWith(`${org.countryCode}-GOV-`));
      return row ? [{ org, row }] : [];
    });
  }

  /**
   * Stored organisations named exactly as organisations of the file that neither their ref nor
   * their slug found ("Ministry of Justice of the Kyrgyz Republic" stored as
   * `kg-ministry-of-justice`). One with a ref is only the same as a file's organisation with
   * no ref or the same ref; of several, the oldest.
   */
  private async namesakes(
    db: Db,
    organisations: readonly MappedOrganisation[],
    ...found: { slug: string; iati_identifier: string | null }[][]
  ) {
    // Refs only: a row without one must not make `has(null)` true for a ref without an alias.
    const refs = new Set(found.flat().flatMap((r) => r.iati_identifier ?? []));
    const slugs = new Set(found.flat().map((r) => r.slug));
    const open = organisations.filter(
      (org) =>
        !this.known.has(this.keyOf(org)) &&
        !slugs.has(org.slug) &&
        !(org.iatiIdentifier && refs.has(org.iatiIdentifier)) &&
        !(org.iatiIdentifier && refs.has(dacRefAlias(org.iatiIdentifier) ?? '')),
    );
    const names = [...new Set(open.map((org) => org.name))];
    if (names.length === 0) return [];
    const columns = [
      'organisations.id',
      'organisations.slug',
      'organisations.name',
      'organisations.acronym',
      'organisations.iati_identifier',
    ] as const;
    const rows = [
      ...(await db
        .selectFrom('organisations')
        .select(columns)
        .where('name', 'in', names)
        .execute()),
      ...(await db
        .selectFrom('organisation_translations')
        .innerJoin('organisations', 'organisations.id', 'organisation_translations.organisation_id')
        .select([...columns, 'organisation_translations.name as named'])
        .where('organisation_translations.name', 'in', names)
        .execute()),
    ].sort((a, b) => a.id - b.id);
    const matches: { org: MappedOrganisation; row: (typeof rows)[number] }[] = [];
    for (const org of open) {
      const row = rows.find(
        (r) =>
          ('named' in r ? r.named : r.name) === org.name &&
          (r.iati_identifier === null ||
            org.iatiIdentifier === null ||
            r.iati_identifier === org.iatiIdentifier ||
            r.iati_identifier === dacRefAlias(org.iatiIdentifier)),
      );
      if (row) matches.push({ org, row });
    }
    return matches;
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
      const id = ids.get(rows[i]!.slug)!;
      const own = Object.entries(org.names)
        .filter(([, name]) => name !== org.name)
        .map(([language, name]) => ({ organisation_id: id, language, name, acronym: null }));
      translations.push(...own);
      const known = {
        id,
        slug: rows[i]!.slug,
        searchNames: organisationSearchNames(org.name, org.acronym, own),
      };
      this.known.set(this.keyOf(org), known);
      if (!org.iatiIdentifier) this.known.set(slugKey(known.slug), known);
    }
    if (translations.length > 0)
      await db.insertInto('organisation_translations').values(translations).execute();
  }
}
