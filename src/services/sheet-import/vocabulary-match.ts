import { distance as levenshtein } from 'fastest-levenshtein';
import type { Db } from '../../db/database.ts';
import { listOrganisations } from '../../db/organisations.repository.ts';
import { listProjectTypes } from '../../db/project-types.repository.ts';
import { organisationLabel } from '../../domain/organisations/organisation.ts';
import { slugify } from '../../domain/projects/slug.ts';
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
  /**
   * Organisation slug: by name, acronym, "Name (ACRONYM)", slug or IATI ref, in any language,
   * case and accents aside.
   */
  organisation(text: string): string | undefined;
  /** The known types nearest to an unknown name, best first (names in `language`). */
  nearestTypes(text: string, language: string, count?: number): string[];
  /**
   * The slug a new organisation of this name gets: free of every stored slug, and the same for
   * every row of the import that names it again (so it is created once).
   */
  proposeOrganisation(name: string): { slug: string; name: string; acronym: string | null };
  /** The English name of a type or organisation by slug (a proposed one too), else the slug. */
  nameOf(kind: 'type' | 'organisation', slug: string): string;
}

// "United Nations Development Programme (UNDP)", "… (УНП ООН)": a name with its acronym after
// it, in capitals; "Fondation Suisse (Genève; Zürich)" is one name.
const WITH_ACRONYM =
  /^(.*\S)\s*\(((?=[^)]*\p{Lu}[^)]*\p{Lu})[\p{Lu}\d&.-]+(?: [\p{Lu}\d&.-]+)*)\)$/u;

// Organisation names say "United Nations" or "UN", "Организации Объединённых Наций" or "ООН"
// as it comes: compared as the short form, "Программа развития ООН" is the stored UNDP.
// (Compared after normaliseName, which drops accents: "й" is "и" by then.)
const ORGANISATION_WORDS: [string, string][] = [
  ['united nations', 'un'],
  ['организации объединенных нации', 'оон'],
  ['организация объединенных нации', 'оон'],
  ['european union', 'eu'],
  ['европеискии союз', 'ес'],
];

function organisationKey(name: string): string {
  // Padded, so a phrase matches whole words only (\b knows no Cyrillic letters).
  let key = ` ${normaliseName(name)} `;
  for (const [words, short] of ORGANISATION_WORDS) key = key.replaceAll(` ${words} `, ` ${short} `);
  return key.trim();
}

function index(
  entries: [string | null | undefined, string][],
  keyOf: (name: string) => string = normaliseName,
) {
  const map = new Map<string, string>();
  for (const [name, value] of entries) {
    if (!name) continue;
    const key = keyOf(name);
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
  const orgIndex = index(
    [
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
    ],
    organisationKey,
  );
  const lookUpOrganisation = (text: string) => {
    const direct = orgIndex.get(organisationKey(text));
    if (direct) return direct;
    const m = WITH_ACRONYM.exec(text.trim());
    return m
      ? (orgIndex.get(organisationKey(m[1]!)) ?? orgIndex.get(organisationKey(m[2]!)))
      : undefined;
  };
  const takenSlugs = new Set(organisations.map((o) => o.slug));
  const typeNames = new Map(types.map((t) => [t.slug, t.name]));
  const organisationNames = new Map(organisations.map((o) => [o.slug, organisationLabel(o)]));
  const proposed = new Map<string, { slug: string; name: string; acronym: string | null }>();
  return {
    place(text) {
      const country = countryCodeOfName(text);
      if (country) return { kind: 'country', code: country };
      const region = regionCodeOfName(text);
      return region ? { kind: 'region', code: region } : undefined;
    },
    country: countryCodeOfName,
    type: (text) => typeIndex.get(normaliseName(text)),
    organisation: lookUpOrganisation,
    nameOf: (kind, slug) =>
      (kind === 'type' ? typeNames.get(slug) : organisationNames.get(slug)) ?? slug,
    nearestTypes(text, language, count = 3) {
      const wanted = normaliseName(text);
      const words = new Set(wanted.split(' '));
      const scored = types.map((t) => {
        const names = [t.name, ...Object.values(t.names)].map(normaliseName);
        const shared = Math.max(
          ...names.map((n) => n.split(' ').filter((w) => w.length > 2 && words.has(w)).length),
        );
        const distance = Math.min(
          ...names.map((n) => levenshtein(wanted, n) / Math.max(n.length, 1)),
        );
        return { name: t.names[language] ?? t.name, shared, distance };
      });
      return scored
        .sort((a, b) => b.shared - a.shared || a.distance - b.distance)
        .slice(0, count)
        .map((s) => s.name);
    },
    proposeOrganisation(text) {
      const key = organisationKey(text);
      const known = proposed.get(key);
      if (known) return known;
      const m = WITH_ACRONYM.exec(text.trim());
      const name = (m ? m[1]! : text).replace(/\s+/g, ' ').trim();
      const acronym = m ? m[2]!.trim() : null;
      const base = slugify(name) || 'organisation';
      let slug = base;
      for (let n = 2; takenSlugs.has(slug); n++) slug = `${base}-${n}`;
      takenSlugs.add(slug);
      const made = { slug, name, acronym };
      proposed.set(key, made);
      organisationNames.set(slug, acronym ? `${name} (${acronym})` : name);
      if (acronym) {
        proposed.set(organisationKey(name), made);
        proposed.set(organisationKey(acronym), made);
      }
      return made;
    },
  };
}
