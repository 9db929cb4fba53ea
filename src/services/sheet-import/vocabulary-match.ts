import type { Db } from '../../db/database.ts';
import { listOrganisations } from '../../db/organisations.repository.ts';
import { listProjectTypes } from '../../db/project-types.repository.ts';
import { organisationLabel } from '../../domain/organisations/organisation.ts';
import {
  countryCodeOfName,
  normaliseName,
  regionCodeOfName,
} from '../../domain/vocabularies/place-names.ts';

export type PlaceMatch = { kind: 'country' | 'region'; code: string };

/** Name, acronym or code → the thing: built once per import from the vocabularies. */
export interface Vocabulary {
  place(text: string): PlaceMatch | undefined;
  country(text: string): string | undefined;
  /** Project type slug. */
  type(text: string): string | undefined;
  /** Organisation slug. */
  organisation(text: string): string | undefined;
}

function index(entries: [string | null | undefined, string][]) {
  const map = new Map<string, string>();
  for (const [name, value] of entries) {
    if (!name) continue;
    const key = normaliseName(name);
    if (key && !map.has(key)) map.set(key, value);
  }
  return map;
}

/** Loads the vocabularies the spreadsheet import matches names against. */
export async function loadVocabulary(db: Db): Promise<Vocabulary> {
  const [types, organisations, translations] = await Promise.all([
    listProjectTypes(db),
    listOrganisations(db),
    // Every organisation's names in other languages, in one query whatever their number.
    db
      .selectFrom('organisation_translations')
      .select(['organisation_id', 'name', 'acronym'])
      .execute(),
  ]);
  const typeIndex = index(
    types.flatMap((t): [string, string][] => [
      [t.slug, t.slug],
      [t.name, t.slug],
      ...Object.values(t.names).map((n): [string, string] => [n, t.slug]),
    ]),
  );
  const slugOf = new Map(organisations.map((o) => [o.id, o.slug]));
  // The stored names come first, so a translated name never takes another organisation's.
  const orgIndex = index([
    ...organisations.flatMap((o): [string | null, string][] => [
      [organisationLabel(o), o.slug],
      [o.name, o.slug],
      [o.slug, o.slug],
      [o.acronym, o.slug],
      [o.iatiIdentifier, o.slug],
    ]),
    ...translations.flatMap((t): [string | null, string][] => {
      const slug = slugOf.get(t.organisation_id)!;
      return [
        [organisationLabel(t), slug],
        [t.name, slug],
        [t.acronym, slug],
      ];
    }),
  ]);
  return {
    place(text) {
      const country = countryCodeOfName(text);
      if (country) return { kind: 'country', code: country };
      const region = regionCodeOfName(text);
      return region ? { kind: 'region', code: region } : undefined;
    },
    country: countryCodeOfName,
    type: (text) => typeIndex.get(normaliseName(text)),
    organisation: (text) => orgIndex.get(normaliseName(text)),
  };
}
