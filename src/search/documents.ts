import type { Db } from '../db/database.ts';
import type { ProjectInput } from '../domain/projects/project.ts';
import { countryName, regionName } from '../domain/vocabularies/codelists.ts';
import { stemmedText } from './text.ts';

/** What the full-text index holds for one project: stemmed title words and stemmed body words. */
export interface SearchDocument {
  id: number;
  title: string;
  body: string;
}

/** A project's own texts: the part of its document that needs nothing looked up. */
export interface SearchableTexts {
  title: string;
  summary: string | null;
  description: string | null;
  budgetText: string | null;
  beneficiary: string | null;
  periodNote: string | null;
  translations: readonly SearchableTranslation[];
}

/** `textStemsOf` a project: computed where the project was mapped (the import's reader thread). */
export interface TextStems {
  title: string;
  body: string;
}

/**
 * Everything of one published project that the index holds, however it was gathered: read back
 * from the database (`buildSearchDocuments`) or taken from the rows an import has in hand.
 * Lists are in their stored order (position); translations in any order.
 */
export interface SearchableProject extends SearchableTexts {
  id: number;
  countries: readonly string[];
  beneficiaryCountries: readonly string[];
  regions: readonly string[];
  /** `organisationSearchNames` of each organisation of the project, in its stored order. */
  organisationNames: readonly (readonly string[])[];
  /** `typeSearchNames` of each project type, in its stored order. */
  typeNames: readonly (readonly string[])[];
  /** `textStemsOf` this project when already computed. */
  textStems?: TextStems | null;
}

export interface SearchableTranslation {
  language: string;
  title: string;
  summary: string | null;
  description: string | null;
  budgetText: string | null;
  beneficiary: string | null;
}

const LANGUAGES = ['en', 'ru'];

const byLanguage = (a: { language: string }, b: { language: string }) =>
  a.language < b.language ? -1 : a.language > b.language ? 1 : 0;

/** An organisation's name and acronym, then those of its translations (by language). */
export function organisationSearchNames(
  name: string,
  acronym: string | null,
  translations: readonly { language: string; name: string; acronym: string | null }[],
): string[] {
  const out = [name];
  if (acronym) out.push(acronym);
  for (const t of [...translations].sort(byLanguage)) {
    out.push(t.name);
    if (t.acronym) out.push(t.acronym);
  }
  return out;
}

/** A project type's name, then its names in other languages (by language). */
export function typeSearchNames(name: string, names: Readonly<Record<string, string>>): string[] {
  return [
    name,
    ...Object.keys(names)
      .sort()
      .map((language) => names[language]!),
  ];
}

// Names repeat from project to project (organisations, countries, types): stem each once.
const nameStems = new Map<string, string>();
const NAME_CACHE_SIZE = 50_000;

function stemmedName(name: string): string {
  let stems = nameStems.get(name);
  if (stems === undefined) {
    stems = stemmedText(name);
    if (nameStems.size >= NAME_CACHE_SIZE) nameStems.clear();
    nameStems.set(name, stems);
  }
  return stems;
}

/** Stemmed texts joined as one text would be stemmed: words of each, in order, space-separated. */
function joinStems(parts: readonly string[]): string {
  return parts.filter(Boolean).join(' ');
}

/** The stemmed title (original and translated) and the stemmed own texts of the body. */
export function textStemsOf(p: SearchableTexts): TextStems {
  const texts = [...p.translations].sort(byLanguage);
  const body: (string | null)[] = [
    p.summary,
    p.description,
    p.budgetText,
    p.beneficiary,
    p.periodNote,
  ];
  for (const t of texts) body.push(t.summary, t.description, t.budgetText, t.beneficiary);
  const title = [p.title];
  for (const t of texts) title.push(t.title);
  return {
    title: stemmedText(title.join('\n')),
    body: stemmedText(body.filter(Boolean).join('\n')),
  };
}

/**
 * The one definition of what is indexed: the title (original and translated) as the title, and
 * as the body the other texts, organisation names and acronyms, and country, region and type
 * names in English and Russian. Stemming parts apart gives the same tokens as stemming them
 * joined, since a line break separates words as any other non-letter does.
 */
export function searchDocumentOf(p: SearchableProject): SearchDocument {
  const own = p.textStems ?? textStemsOf(p);
  const places = new Set<string>();
  for (const code of p.countries) for (const l of LANGUAGES) places.add(countryName(code, l));
  for (const code of p.beneficiaryCountries)
    for (const l of LANGUAGES) places.add(countryName(code, l));
  for (const code of p.regions) for (const l of LANGUAGES) places.add(regionName(code, l));
  const body = [own.body];
  for (const names of p.organisationNames) for (const n of names) body.push(stemmedName(n));
  for (const place of places) body.push(stemmedName(place));
  for (const names of p.typeNames) for (const n of names) body.push(stemmedName(n));
  return { id: p.id, title: own.title, body: joinStems(body) };
}

function group<T extends { project_id: number }>(rows: T[]) {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.project_id);
    if (list) list.push(row);
    else map.set(row.project_id, [row]);
  }
  return (id: number) => map.get(id) ?? [];
}

/** Rows of `rows` grouped by a key; a function from key to its rows. */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K) {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return (k: K) => map.get(k) ?? [];
}

/** The search names of the organisations with these ids, read from the database. */
async function organisationNamesById(db: Db, ids: number[]): Promise<Map<number, string[]>> {
  if (ids.length === 0) return new Map();
  const [orgs, translations] = await Promise.all([
    db
      .selectFrom('organisations')
      .select(['id', 'name', 'acronym'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('organisation_translations')
      .select(['organisation_id', 'language', 'name', 'acronym'])
      .where('organisation_id', 'in', ids)
      .execute(),
  ]);
  const tr = groupBy(translations, (t) => t.organisation_id);
  return new Map(orgs.map((o) => [o.id, organisationSearchNames(o.name, o.acronym, tr(o.id))]));
}

/**
 * The documents of those of `ids` that are published and not deleted, and the ids that are
 * not (to be removed from the index), read back from the database.
 */
export async function buildSearchDocuments(
  db: Db,
  ids: readonly number[],
): Promise<{ documents: SearchDocument[]; absent: number[] }> {
  if (ids.length === 0) return { documents: [], absent: [] };
  const list = [...ids];
  const [projects, translations, countries, regions, beneficiaries, types, typeNames, orgs] =
    await Promise.all([
      db
        .selectFrom('projects')
        .select([
          'id',
          'title',
          'summary',
          'description',
          'budget_text',
          'beneficiary',
          'period_note',
        ])
        .where('id', 'in', list)
        .where('state', '=', 'published')
        .where('deleted_at', 'is', null)
        .execute(),
      db
        .selectFrom('project_translations')
        .select([
          'project_id',
          'language',
          'title',
          'summary',
          'description',
          'budget_text',
          'beneficiary',
        ])
        .where('project_id', 'in', list)
        .execute(),
      db
        .selectFrom('project_countries')
        .select(['project_id', 'country_code as code'])
        .where('project_id', 'in', list)
        .orderBy('project_id')
        .orderBy('position')
        .execute(),
      db
        .selectFrom('project_regions')
        .select(['project_id', 'region_code as code'])
        .where('project_id', 'in', list)
        .orderBy('project_id')
        .orderBy('position')
        .execute(),
      db
        .selectFrom('project_beneficiary_countries')
        .select(['project_id', 'country_code as code'])
        .where('project_id', 'in', list)
        .orderBy('project_id')
        .orderBy('position')
        .execute(),
      db
        .selectFrom('project_project_types as ppt')
        .innerJoin('project_types as t', 't.id', 'ppt.project_type_id')
        .select(['ppt.project_id', 't.id', 't.name'])
        .where('ppt.project_id', 'in', list)
        .orderBy('ppt.project_id')
        .orderBy('ppt.position')
        .execute(),
      db
        .selectFrom('project_type_translations')
        .select(['project_type_id', 'language', 'name'])
        .execute(),
      db
        .selectFrom('project_organisations')
        .select(['project_id', 'organisation_id'])
        .where('project_id', 'in', list)
        .orderBy('project_id')
        .orderBy('position')
        .execute(),
    ]);
  const orgNames = await organisationNamesById(db, [
    ...new Set(orgs.map((o) => o.organisation_id)),
  ]);
  const tr = group(translations);
  const co = group(countries);
  const re = group(regions);
  const be = group(beneficiaries);
  const ty = group(types);
  const or = group(orgs);
  const typeTranslations = groupBy(typeNames, (n) => n.project_type_id);
  const typeNamesOf = (id: number, name: string) =>
    typeSearchNames(
      name,
      Object.fromEntries(typeTranslations(id).map((n) => [n.language, n.name])),
    );
  const documents = projects.map((p) =>
    searchDocumentOf({
      id: p.id,
      title: p.title,
      summary: p.summary,
      description: p.description,
      budgetText: p.budget_text,
      beneficiary: p.beneficiary,
      periodNote: p.period_note,
      translations: tr(p.id).map((t) => ({
        language: t.language,
        title: t.title,
        summary: t.summary,
        description: t.description,
        budgetText: t.budget_text,
        beneficiary: t.beneficiary,
      })),
      countries: co(p.id).map((c) => c.code),
      beneficiaryCountries: be(p.id).map((c) => c.code),
      regions: re(p.id).map((r) => r.code),
      organisationNames: or(p.id).map((o) => orgNames.get(o.organisation_id) ?? []),
      typeNames: ty(p.id).map((t) => typeNamesOf(t.id, t.name)),
    }),
  );
  const present = new Set(documents.map((d) => d.id));
  return { documents, absent: list.filter((id) => !present.has(id)) };
}

/** A project's searchable data from what a writer supplied, with its names already looked up. */
export function searchableProjectOf(
  id: number,
  input: ProjectInput,
  organisationNames: readonly (readonly string[])[],
  typeNames: readonly (readonly string[])[],
  textStems: TextStems | null = null,
): SearchableProject {
  return {
    id,
    title: input.title,
    summary: input.summary,
    description: input.description,
    budgetText: input.budgetText,
    beneficiary: input.beneficiary,
    periodNote: input.periodNote,
    translations: input.translations,
    countries: input.countries.map((c) => c.code),
    beneficiaryCountries: input.beneficiaryCountries,
    regions: input.regions.map((r) => r.code),
    organisationNames,
    typeNames,
    textStems,
  };
}
