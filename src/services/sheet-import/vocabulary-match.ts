import regionsFile from '../../data/regions.json' with { type: 'json' };
import type { Db } from '../../db/database.ts';
import { listOrganisations } from '../../db/organisations.repository.ts';
import { listProjectTypes } from '../../db/project-types.repository.ts';
import { organisationLabel } from '../../domain/organisations/organisation.ts';
import { activeCountries } from '../../domain/vocabularies/codelists.ts';

/** A name as compared: lower case, no accents, "(the)" and punctuation dropped, single spaces. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ё/g, 'е')
    .replace(/\((the|the [^)]*)\)/g, (m) => (m === '(the)' ? '' : m))
    .replace(/[^\p{L}\p{N}()]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Names people write that the IATI list spells otherwise.
const COUNTRY_ALIASES: Record<string, string> = {
  kyrgyzstan: 'KG',
  kirgizstan: 'KG',
  киргизия: 'KG',
  кыргызстан: 'KG',
  russia: 'RU',
  россия: 'RU',
  'united states': 'US',
  usa: 'US',
  'united kingdom': 'GB',
  uk: 'GB',
  turkey: 'TR',
  moldova: 'MD',
  iran: 'IR',
  'south korea': 'KR',
  vietnam: 'VN',
};

const REGION_ALIASES: Record<string, string> = {
  'central asia': '619',
  'центральная азия': '619',
};

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
  const countries = index(
    activeCountries().flatMap((c): [string | null | undefined, string][] => [
      [c.code, c.code],
      [c.en, c.code],
      [c.ru, c.code],
    ]),
  );
  for (const [name, code] of Object.entries(COUNTRY_ALIASES))
    countries.set(normaliseName(name), code);
  const regions = index(
    regionsFile.items.flatMap((r): [string | null | undefined, string][] => [
      [r.code, r.code],
      [r.en, r.code],
      [r.ru, r.code],
      [r.en.replace(/\s*\(regional\)$/, ''), r.code],
    ]),
  );
  for (const [name, code] of Object.entries(REGION_ALIASES)) regions.set(normaliseName(name), code);
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
      const key = normaliseName(text);
      const country = countries.get(key);
      if (country) return { kind: 'country', code: country };
      const region = regions.get(key);
      return region ? { kind: 'region', code: region } : undefined;
    },
    country: (text) => countries.get(normaliseName(text)),
    type: (text) => typeIndex.get(normaliseName(text)),
    organisation: (text) => orgIndex.get(normaliseName(text)),
  };
}
