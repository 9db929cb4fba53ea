import { parsePartialDateKey } from '../domain/projects/period.ts';
import type {
  OrganisationRole,
  OrganisationSummary,
  Project,
  ProjectSource,
  ProjectTypeSummary,
  PublicationState,
} from '../domain/projects/project.ts';
import type { Db } from './database.ts';

/**
 * Projects per chunk. Each chunk is one query per table; SQLite answers synchronously, so this
 * is also how long the event loop is held at a time (~25 ms at 2,000 on the benchmark's rows).
 */
export const EXPORT_CHUNK_SIZE = 2_000;

/** A row carrying the project it belongs to; every child query returns rows sorted by it. */
interface ChildRow {
  project_id: number;
}

/**
 * The rows of one child table for one chunk, handed out project by project. The rows come in
 * `project_id` order and projects are asked for in ascending id order, so one cursor walks
 * each array once: no map per chunk, and the children of skipped (unpublished) projects are
 * stepped over.
 */
class ChildCursor<T extends ChildRow> {
  private at = 0;
  constructor(private readonly rows: readonly T[]) {}

  /** The rows of project `id`, mapped; ids must be asked for in ascending order. */
  take<U>(id: number, map: (row: T) => U): U[] {
    const rows = this.rows;
    let i = this.at;
    while (i < rows.length && rows[i]!.project_id < id) i++;
    const out: U[] = [];
    while (i < rows.length && rows[i]!.project_id === id) out.push(map(rows[i++]!));
    this.at = i;
    return out;
  }
}

/**
 * Organisations and project types by id, read once per export rather than joined into every
 * row: they are few, and one shared summary per organisation saves an object per row. An id
 * first seen mid-export (created meanwhile) is read when it appears.
 */
class Vocabularies {
  private constructor(
    private readonly db: Db,
    readonly organisations: Map<number, OrganisationSummary>,
    readonly types: Map<number, ProjectTypeSummary>,
  ) {}

  static async load(db: Db): Promise<Vocabularies> {
    const vocab = new Vocabularies(db, new Map(), new Map());
    await vocab.loadOrganisations();
    await vocab.loadTypes();
    return vocab;
  }

  /** Reads the organisations and types the chunk names that are not known yet. */
  async complete(organisationIds: Iterable<number>, typeIds: Iterable<number>) {
    const orgs = [...new Set(organisationIds)].filter((id) => !this.organisations.has(id));
    const types = [...new Set(typeIds)].filter((id) => !this.types.has(id));
    if (orgs.length > 0) await this.loadOrganisations(orgs);
    if (types.length > 0) await this.loadTypes(types);
  }

  private async loadOrganisations(ids?: number[]) {
    let orgs = this.db.selectFrom('organisations').select(['id', 'slug', 'name', 'acronym']);
    let names = this.db.selectFrom('organisation_translations').selectAll();
    if (ids) {
      orgs = orgs.where('id', 'in', ids);
      names = names.where('organisation_id', 'in', ids);
    }
    const [rows, nameRows] = await Promise.all([orgs.execute(), names.execute()]);
    const translations = new Map<
      number,
      Record<string, { name: string; acronym: string | null }>
    >();
    for (const n of nameRows) {
      const own = translations.get(n.organisation_id) ?? {};
      own[n.language] = { name: n.name, acronym: n.acronym };
      translations.set(n.organisation_id, own);
    }
    for (const o of rows) {
      this.organisations.set(o.id, {
        id: o.id,
        slug: o.slug,
        name: o.name,
        acronym: o.acronym,
        translations: translations.get(o.id) ?? {},
      });
    }
  }

  private async loadTypes(ids?: number[]) {
    let types = this.db.selectFrom('project_types').select(['id', 'slug', 'name']);
    let names = this.db.selectFrom('project_type_translations').selectAll();
    if (ids) {
      types = types.where('id', 'in', ids);
      names = names.where('project_type_id', 'in', ids);
    }
    const [rows, nameRows] = await Promise.all([types.execute(), names.execute()]);
    const translations = new Map<number, Record<string, string>>();
    for (const n of nameRows) {
      const own = translations.get(n.project_type_id) ?? {};
      own[n.language] = n.name;
      translations.set(n.project_type_id, own);
    }
    for (const t of rows) {
      this.types.set(t.id, {
        id: t.id,
        slug: t.slug,
        name: t.name,
        names: translations.get(t.id) ?? {},
      });
    }
  }
}

/** The rows of one chunk: projects with ids in (after, last], each table read once. */
async function readChunk(db: Db, after: number, chunkSize: number) {
  const projects = await db
    .selectFrom('projects')
    .select([
      'id',
      'slug',
      'language',
      'title',
      'summary',
      'description',
      'period_start',
      'period_end',
      'period_note',
      'budget_text',
      'beneficiary',
      'source',
      'iati_identifier',
      'source_file',
      'imported_at',
      'state',
      'version',
      'created_at',
      'updated_at',
      'published_at',
      'deleted_at',
    ])
    .where('id', '>', after)
    .orderBy('id')
    .limit(chunkSize)
    .execute();
  if (projects.length === 0) return null;
  const last = projects[projects.length - 1]!.id;
  // One range on project_id (the leading column of each table's key or index) per table.
  const [
    translations,
    countries,
    regions,
    beneficiaryCountries,
    types,
    sectors,
    organisations,
    budgetLines,
    contacts,
    links,
  ] = await Promise.all([
    db
      .selectFrom('project_translations')
      .selectAll()
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('language')
      .execute(),
    db
      .selectFrom('project_countries')
      .select(['project_id', 'country_code', 'percentage'])
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_regions')
      .select(['project_id', 'region_code', 'percentage'])
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_beneficiary_countries')
      .select(['project_id', 'country_code'])
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_project_types')
      .select(['project_id', 'project_type_id'])
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_sectors')
      .select(['project_id', 'vocabulary', 'code', 'percentage'])
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('project_organisations')
      .select(['project_id', 'organisation_id', 'role'])
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('budget_lines')
      .select(['project_id', 'label', 'amount_cents', 'currency', 'is_total'])
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('contacts')
      .selectAll()
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('links')
      .selectAll()
      .where('project_id', '>', after)
      .where('project_id', '<=', last)
      .orderBy('project_id')
      .orderBy('position')
      .execute(),
  ]);
  return {
    last,
    projects,
    translations,
    countries,
    regions,
    beneficiaryCountries,
    types,
    sectors,
    organisations,
    budgetLines,
    contacts,
    links,
  };
}

type Chunk = NonNullable<Awaited<ReturnType<typeof readChunk>>>;

/** The published, undeleted projects of a chunk as records, in id order. */
function projectsOfChunk(chunk: Chunk, vocab: Vocabularies): Project[] {
  const tr = new ChildCursor(chunk.translations);
  const co = new ChildCursor(chunk.countries);
  const re = new ChildCursor(chunk.regions);
  const bc = new ChildCursor(chunk.beneficiaryCountries);
  const ty = new ChildCursor(chunk.types);
  const se = new ChildCursor(chunk.sectors);
  const or = new ChildCursor(chunk.organisations);
  const bl = new ChildCursor(chunk.budgetLines);
  const ct = new ChildCursor(chunk.contacts);
  const li = new ChildCursor(chunk.links);
  const out: Project[] = [];
  for (const p of chunk.projects) {
    // Tested here, not in SQL: a state condition would let the planner leave the primary key.
    if (p.state !== 'published' || p.deleted_at !== null) continue;
    out.push({
      id: p.id,
      slug: p.slug,
      language: p.language,
      title: p.title,
      summary: p.summary,
      description: p.description,
      period: {
        start: parsePartialDateKey(p.period_start),
        end: parsePartialDateKey(p.period_end),
      },
      periodNote: p.period_note,
      budgetText: p.budget_text,
      budgetLines: bl.take(p.id, (l) => ({
        label: l.label,
        amountCents: Number(l.amount_cents),
        currency: l.currency,
        isTotal: Boolean(l.is_total),
      })),
      countries: co.take(p.id, (c) => ({ code: c.country_code, percentage: c.percentage })),
      regions: re.take(p.id, (r) => ({ code: r.region_code, percentage: r.percentage })),
      beneficiary: p.beneficiary,
      beneficiaryCountries: bc.take(p.id, (c) => c.country_code),
      types: ty.take(p.id, (t) => vocab.types.get(t.project_type_id)!),
      sectors: se.take(p.id, (s) => ({
        vocabulary: s.vocabulary,
        code: s.code,
        percentage: s.percentage,
      })),
      organisations: or.take(p.id, (o) => ({
        role: o.role as OrganisationRole,
        organisation: vocab.organisations.get(o.organisation_id)!,
      })),
      contacts: ct.take(p.id, (c) => ({
        role: c.role as OrganisationRole | null,
        organisation: c.organisation,
        person: c.person,
        jobTitle: c.job_title,
        phones: c.phones ? c.phones.split('\n') : [],
        email: c.email,
        address: c.address,
        website: c.website,
      })),
      links: li.take(p.id, (l) => ({
        kind: l.kind as 'link' | 'document',
        url: l.url,
        title: l.title,
        language: l.language,
        format: l.format,
      })),
      translations: tr.take(p.id, (t) => ({
        language: t.language,
        title: t.title,
        summary: t.summary,
        description: t.description,
        budgetText: t.budget_text,
        beneficiary: t.beneficiary,
        periodNote: t.period_note,
      })),
      provenance: {
        source: p.source as ProjectSource,
        iatiIdentifier: p.iati_identifier,
        sourceFile: p.source_file,
        importedAt: p.imported_at,
      },
      state: p.state as PublicationState,
      version: p.version,
      createdAt: p.created_at,
      updatedAt: p.updated_at,
      publishedAt: p.published_at,
    });
  }
  return out;
}

/**
 * Every published, undeleted project in id order, as the same records `loadProjects` builds,
 * a chunk at a time. Each chunk reads each table once by a range of ids (keyset on the
 * primary key, so the thousandth chunk costs what the first did) instead of looking every
 * project up by id; organisations and types are read once for the whole export. Chunks may
 * be empty when a range holds only unpublished projects. One code path for both databases:
 * at 2,000 rows a chunk, building the queries is a rounding error next to reading the rows.
 */
export async function* readPublishedProjectChunks(
  db: Db,
  chunkSize = EXPORT_CHUNK_SIZE,
): AsyncGenerator<Project[]> {
  const vocab = await Vocabularies.load(db);
  let after = 0;
  for (;;) {
    const chunk = await readChunk(db, after, chunkSize);
    if (!chunk) return;
    await vocab.complete(
      chunk.organisations.map((o) => o.organisation_id),
      chunk.types.map((t) => t.project_type_id),
    );
    yield projectsOfChunk(chunk, vocab);
    if (chunk.projects.length < chunkSize) return;
    after = chunk.last;
  }
}
