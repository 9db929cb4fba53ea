import { insertMany } from '../../db/bulk-insert.ts';
import type { Db } from '../../db/database.ts';
import { projectRow } from '../../db/project-write.repository.ts';
import type { ProjectInput } from '../../domain/projects/project.ts';

// Many projects per statement instead of saveProject's ~15 statements per project: the
// importer's speed comes from here (see bulk-insert.ts).

/** A project ready to be written: every organisation and type already has its id. */
export interface ResolvedProject {
  input: ProjectInput;
  organisationIds: number[];
  /** `organisationSearchNames` of each organisation (parallel to `organisationIds`). */
  organisationNames: string[][];
  typeIds: number[];
}

type ChildTable =
  | 'project_translations'
  | 'project_countries'
  | 'project_regions'
  | 'project_project_types'
  | 'project_sectors'
  | 'project_organisations'
  | 'budget_lines'
  | 'contacts'
  | 'links';

const CHILD_TABLES: ChildTable[] = [
  'project_translations',
  'project_countries',
  'project_regions',
  'project_project_types',
  'project_sectors',
  'project_organisations',
  'budget_lines',
  'contacts',
  'links',
];

/** Inserts new projects, many per statement; returns their ids in the order given. */
export async function insertProjects(
  db: Db,
  projects: ResolvedProject[],
  now: string,
): Promise<number[]> {
  const ids = new Map<string, number>();
  const rows = projects.map(({ input }) => ({
    ...projectRow(input, now, null),
    version: 1,
    created_at: now,
    created_by: null,
    published_at: input.state === 'published' ? now : null,
  }));
  const inserted = await insertMany<{ id: number; slug: string }>(db, 'projects', rows, [
    'id',
    'slug',
  ]);
  for (const row of inserted) ids.set(row.slug, row.id);
  return projects.map(({ input }) => ids.get(input.slug)!);
}

/** The stored facts an update needs about a project that already exists. */
export interface ExistingProject {
  id: number;
  version: number;
  publishedAt: string | null;
}

/** Replaces the columns of existing projects (one statement each) and bumps their versions. */
export async function updateProjects(
  db: Db,
  updates: { existing: ExistingProject; project: ResolvedProject }[],
  now: string,
) {
  for (const { existing, project } of updates) {
    const published = project.input.state === 'published' ? (existing.publishedAt ?? now) : null;
    await db
      .updateTable('projects')
      .set({
        ...projectRow(project.input, now, null),
        version: existing.version + 1,
        published_at: published,
        deleted_at: null,
      })
      .where('id', '=', existing.id)
      .execute();
  }
  const ids = updates.map((u) => u.existing.id);
  for (let i = 0; i < ids.length; i += 10_000) {
    const part = ids.slice(i, i + 10_000);
    for (const table of [...CHILD_TABLES, 'project_beneficiary_countries' as const]) {
      await db.deleteFrom(table).where('project_id', 'in', part).execute();
    }
  }
}

/** Writes every child row (countries, organisations, budget lines, …) of the given projects. */
export async function insertChildren(db: Db, projects: { id: number; project: ResolvedProject }[]) {
  const rows: Record<ChildTable | 'project_beneficiary_countries', any[]> = {
    project_translations: [],
    project_countries: [],
    project_regions: [],
    project_beneficiary_countries: [],
    project_project_types: [],
    project_sectors: [],
    project_organisations: [],
    budget_lines: [],
    contacts: [],
    links: [],
  };
  for (const { id: project_id, project } of projects) {
    const p = project.input;
    for (const t of p.translations) {
      rows.project_translations.push({
        project_id,
        language: t.language,
        title: t.title,
        summary: t.summary,
        description: t.description,
        budget_text: t.budgetText,
        beneficiary: t.beneficiary,
        period_note: t.periodNote,
      });
    }
    p.countries.forEach((c, position) => {
      rows.project_countries.push({
        project_id,
        country_code: c.code,
        percentage: c.percentage,
        position,
      });
    });
    p.regions.forEach((r, position) => {
      rows.project_regions.push({
        project_id,
        region_code: r.code,
        percentage: r.percentage,
        position,
      });
    });
    p.beneficiaryCountries.forEach((country_code, position) => {
      rows.project_beneficiary_countries.push({ project_id, country_code, position });
    });
    project.typeIds.forEach((project_type_id, position) => {
      rows.project_project_types.push({ project_id, project_type_id, position });
    });
    p.sectors.forEach((s, position) => {
      rows.project_sectors.push({
        project_id,
        vocabulary: s.vocabulary,
        code: s.code,
        percentage: s.percentage,
        position,
      });
    });
    p.organisations.forEach((o, position) => {
      rows.project_organisations.push({
        project_id,
        organisation_id: project.organisationIds[position],
        role: o.role,
        position,
      });
    });
    p.budgetLines.forEach((l, position) => {
      rows.budget_lines.push({
        project_id,
        position,
        label: l.label,
        amount_cents: l.amountCents,
        currency: l.currency,
        is_total: l.isTotal ? 1 : 0,
      });
    });
    p.contacts.forEach((c, position) => {
      rows.contacts.push({
        project_id,
        position,
        role: c.role,
        organisation: c.organisation,
        person: c.person,
        job_title: c.jobTitle,
        phones: c.phones.length > 0 ? c.phones.join('\n') : null,
        email: c.email,
        address: c.address,
        website: c.website,
      });
    });
    p.links.forEach((l, position) => {
      rows.links.push({
        project_id,
        position,
        kind: l.kind,
        url: l.url,
        title: l.title,
        language: l.language,
        format: l.format,
      });
    });
  }
  for (const [table, list] of Object.entries(rows)) {
    await insertMany(db, table as ChildTable, list);
  }
}
