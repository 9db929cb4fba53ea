import { sql } from 'kysely';
import { ConflictError, type FieldIssue, ValidationError } from '../domain/errors.ts';
import { type BudgetLine, budgetLineProblem } from '../domain/projects/budget.ts';
import {
  earliestDay,
  formatPartialDateKey,
  latestDay,
  periodProblem,
} from '../domain/projects/period.ts';
import type { ProjectInput } from '../domain/projects/project.ts';
import { insertMany } from './bulk-insert.ts';
import type { Db } from './database.ts';
import { nowIso } from './time.ts';
import { inTransaction } from './transaction.ts';

export interface SaveOptions {
  /** Refuse the write unless the stored version is this one (optimistic locking). */
  expectedVersion?: number;
  userId?: number | null;
  isKnownCurrency?: (code: string) => boolean;
}

async function idsBySlug(db: Db, table: 'organisations' | 'project_types', slugs: string[]) {
  if (slugs.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom(table)
    .select(['id', 'slug'])
    .where('slug', 'in', slugs)
    .execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

function lineIssues(lines: BudgetLine[], known: (code: string) => boolean): FieldIssue[] {
  return lines.flatMap((line, i) => {
    const problem = budgetLineProblem(line, known);
    return problem
      ? [{ field: `budgetLines[${i}].${problem.field}`, message: problem.message }]
      : [];
  });
}

/**
 * Creates the project, or replaces every field of the one with the same slug, in one
 * transaction. Returns the project's id and new version. Unknown organisation or type slugs,
 * a bad period or budget line fail with a ValidationError naming the field; nothing is written.
 */
export async function saveProject(
  db: Db,
  input: ProjectInput,
  options: SaveOptions = {},
): Promise<{ id: number; version: number }> {
  const issues: FieldIssue[] = [];
  const period = periodProblem(input.period);
  if (period) issues.push({ field: 'period', message: period });
  issues.push(...lineIssues(input.budgetLines, options.isKnownCurrency ?? (() => true)));
  if (!input.title.trim()) issues.push({ field: 'title', message: 'title is required' });
  if (issues.length > 0) throw new ValidationError(issues);

  return inTransaction(db, async (trx) => {
    const orgIds = await idsBySlug(
      trx,
      'organisations',
      input.organisations.map((o) => o.organisationSlug),
    );
    const typeIds = await idsBySlug(trx, 'project_types', input.typeSlugs);
    const unknown: FieldIssue[] = [
      ...input.organisations
        .filter((o) => !orgIds.has(o.organisationSlug))
        .map((o) => ({
          field: 'organisations',
          message: `unknown organisation "${o.organisationSlug}"`,
        })),
      ...input.typeSlugs
        .filter((s) => !typeIds.has(s))
        .map((s) => ({ field: 'types', message: `unknown project type "${s}"` })),
    ];
    if (unknown.length > 0) throw new ValidationError(unknown);

    const now = nowIso();
    const row = projectRow(input, now, options.userId ?? null);

    const existing = await trx
      .selectFrom('projects')
      .select(['id', 'version', 'published_at'])
      .where('slug', '=', input.slug)
      .executeTakeFirst();
    let id: number;
    let version: number;
    const publishedAt = input.state === 'published' ? (existing?.published_at ?? now) : null;
    if (existing) {
      if (options.expectedVersion !== undefined && options.expectedVersion !== existing.version) {
        throw new ConflictError('project', input.slug, existing.version);
      }
      id = existing.id;
      version = existing.version + 1;
      await trx
        .updateTable('projects')
        .set({ ...row, version, published_at: publishedAt })
        .where('id', '=', id)
        .execute();
      await deleteChildRows(trx, [id]);
    } else {
      version = 1;
      const inserted = await trx
        .insertInto('projects')
        .values({
          ...row,
          version,
          created_at: now,
          published_at: publishedAt,
          created_by: options.userId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = inserted.id;
    }
    const rows = emptyChildRows();
    addChildRows(
      rows,
      id,
      input,
      input.organisations.map((o) => orgIds.get(o.organisationSlug)!),
      input.typeSlugs.map((slug) => typeIds.get(slug)!),
    );
    await insertChildRows(trx, rows);
    return { id, version };
  });
}

/** The `projects` columns of an input, with the derived period days; shared by every writer. */
export function projectRow(input: ProjectInput, now: string, userId: number | null) {
  const { start, end } = input.period;
  return {
    slug: input.slug,
    language: input.language,
    title: input.title,
    summary: input.summary,
    description: input.description,
    period_start: start && formatPartialDateKey(start),
    period_end: end && formatPartialDateKey(end),
    starts_on: start && earliestDay(start),
    ends_on: end && latestDay(end),
    period_note: input.periodNote,
    budget_text: input.budgetText,
    beneficiary: input.beneficiary,
    source: input.provenance.source,
    iati_identifier: input.provenance.iatiIdentifier,
    source_file: input.provenance.sourceFile,
    imported_at: input.provenance.importedAt,
    state: input.state,
    updated_at: now,
    updated_by: userId,
  };
}

/** The tables holding a project's parts, each with a `project_id`. */
export const CHILD_TABLES = [
  'project_translations',
  'project_countries',
  'project_regions',
  'project_beneficiary_countries',
  'project_project_types',
  'project_sectors',
  'project_organisations',
  'budget_lines',
  'contacts',
  'links',
] as const;

export type ChildTable = (typeof CHILD_TABLES)[number];

/** Rows to insert, by child table; every row of a table has the same keys in the same order. */
export type ChildRows = Record<ChildTable, Record<string, unknown>[]>;

export function emptyChildRows(): ChildRows {
  return Object.fromEntries(CHILD_TABLES.map((t) => [t, []])) as unknown as ChildRows;
}

/**
 * Adds the child rows of one project to `rows`. `organisationIds` and `typeIds` are parallel to
 * the input's organisations and type slugs. The one mapping of a project's parts to rows, for
 * saveProject and the import alike.
 */
export function addChildRows(
  rows: ChildRows,
  project_id: number,
  p: ProjectInput,
  organisationIds: readonly number[],
  typeIds: readonly number[],
): void {
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
  typeIds.forEach((project_type_id, position) => {
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
      organisation_id: organisationIds[position],
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

/** Inserts the rows, a few multi-row statements per table. */
export async function insertChildRows(db: Db, rows: ChildRows): Promise<void> {
  for (const table of CHILD_TABLES) await insertMany(db, table, rows[table]);
}

/** Deletes every child row of these projects (before their parts are written again). */
export async function deleteChildRows(db: Db, projectIds: readonly number[]): Promise<void> {
  for (let i = 0; i < projectIds.length; i += 10_000) {
    const part = projectIds.slice(i, i + 10_000);
    for (const table of CHILD_TABLES) {
      await db.deleteFrom(table).where('project_id', 'in', part).execute();
    }
  }
}

/**
 * Soft-deletes a project: the row stays (its URL answers 410) with a new version, so the
 * revision that records the deletion has a version of its own.
 */
export async function markProjectDeleted(db: Db, id: number, userId: number | null, at: string) {
  await db
    .updateTable('projects')
    .set({ deleted_at: at, updated_by: userId, updated_at: at, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Brings a soft-deleted project back (the seed's `--reset`). */
export async function undeleteProject(db: Db, id: number) {
  await db.updateTable('projects').set({ deleted_at: null }).where('id', '=', id).execute();
}
