import type { Db } from '../db/database.ts';
import { countryName, regionName } from '../domain/vocabularies/codelists.ts';
import { stemmedText } from './text.ts';

/** What the full-text index holds for one project: stemmed title words and stemmed body words. */
export interface SearchDocument {
  id: number;
  title: string;
  body: string;
}

const LANGUAGES = ['en', 'ru'];

function group<T extends { project_id: number }>(rows: T[]) {
  const map = new Map<number, T[]>();
  for (const row of rows) {
    const list = map.get(row.project_id);
    if (list) list.push(row);
    else map.set(row.project_id, [row]);
  }
  return (id: number) => map.get(id) ?? [];
}

/**
 * The documents of those of `ids` that are published and not deleted, and the ids that are
 * not (to be removed from the index). Country and type names go in in English and Russian.
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
        .select(['project_id', 'title', 'summary', 'description', 'budget_text', 'beneficiary'])
        .where('project_id', 'in', list)
        .execute(),
      db
        .selectFrom('project_countries')
        .select(['project_id', 'country_code as code'])
        .where('project_id', 'in', list)
        .execute(),
      db
        .selectFrom('project_regions')
        .select(['project_id', 'region_code as code'])
        .where('project_id', 'in', list)
        .execute(),
      db
        .selectFrom('project_beneficiary_countries')
        .select(['project_id', 'country_code as code'])
        .where('project_id', 'in', list)
        .execute(),
      db
        .selectFrom('project_project_types as ppt')
        .innerJoin('project_types as t', 't.id', 'ppt.project_type_id')
        .select(['ppt.project_id', 't.id', 't.name'])
        .where('ppt.project_id', 'in', list)
        .execute(),
      db.selectFrom('project_type_translations').select(['project_type_id', 'name']).execute(),
      db
        .selectFrom('project_organisations as po')
        .innerJoin('organisations as o', 'o.id', 'po.organisation_id')
        .leftJoin('organisation_translations as ot', 'ot.organisation_id', 'o.id')
        .select([
          'po.project_id',
          'o.name',
          'o.acronym',
          'ot.name as tname',
          'ot.acronym as tacronym',
        ])
        .where('po.project_id', 'in', list)
        .execute(),
    ]);
  const tr = group(translations);
  const co = group(countries);
  const re = group(regions);
  const be = group(beneficiaries);
  const ty = group(types);
  const or = group(orgs);
  const typeNamesOf = new Map<number, string[]>();
  for (const n of typeNames) {
    typeNamesOf.set(n.project_type_id, [...(typeNamesOf.get(n.project_type_id) ?? []), n.name]);
  }
  const documents = projects.map((p): SearchDocument => {
    const texts = tr(p.id);
    const places = [
      ...co(p.id).flatMap((c) => LANGUAGES.map((l) => countryName(c.code, l))),
      ...be(p.id).flatMap((c) => LANGUAGES.map((l) => countryName(c.code, l))),
      ...re(p.id).flatMap((r) => LANGUAGES.map((l) => regionName(r.code, l))),
    ];
    const body = [
      p.summary,
      p.description,
      p.budget_text,
      p.beneficiary,
      p.period_note,
      ...texts.flatMap((t) => [t.summary, t.description, t.budget_text, t.beneficiary]),
      ...or(p.id).flatMap((o) => [o.name, o.acronym, o.tname, o.tacronym]),
      ...new Set(places),
      ...ty(p.id).flatMap((t) => [t.name, ...(typeNamesOf.get(t.id) ?? [])]),
    ];
    return {
      id: p.id,
      title: stemmedText([p.title, ...texts.map((t) => t.title)].join('\n')),
      body: stemmedText(body.filter(Boolean).join('\n')),
    };
  });
  const present = new Set(documents.map((d) => d.id));
  return { documents, absent: list.filter((id) => !present.has(id)) };
}
