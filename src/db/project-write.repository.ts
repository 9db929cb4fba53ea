import { ConflictError, type FieldIssue, ValidationError } from '../domain/errors.ts';
import { type BudgetLine, budgetLineProblem } from '../domain/projects/budget.ts';
import {
  earliestDay,
  formatPartialDateKey,
  latestDay,
  periodProblem,
} from '../domain/projects/period.ts';
import type { ProjectInput } from '../domain/projects/project.ts';
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
      await deleteChildren(trx, id);
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
    await insertChildren(trx, id, input, orgIds, typeIds);
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

const CHILD_TABLES = [
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

async function deleteChildren(db: Db, projectId: number) {
  for (const table of CHILD_TABLES) {
    await db.deleteFrom(table).where('project_id', '=', projectId).execute();
  }
}

async function insertChildren(
  db: Db,
  project_id: number,
  p: ProjectInput,
  orgIds: Map<string, number>,
  typeIds: Map<string, number>,
) {
  const insert = async <T extends (typeof CHILD_TABLES)[number]>(table: T, rows: any[]) => {
    if (rows.length > 0) await db.insertInto(table).values(rows).execute();
  };
  await insert(
    'project_translations',
    p.translations.map((t) => ({
      project_id,
      language: t.language,
      title: t.title,
      summary: t.summary,
      description: t.description,
      budget_text: t.budgetText,
      beneficiary: t.beneficiary,
      period_note: t.periodNote,
    })),
  );
  await insert(
    'project_countries',
    p.countries.map((c, position) => ({
      project_id,
      country_code: c.code,
      percentage: c.percentage,
      position,
    })),
  );
  await insert(
    'project_regions',
    p.regions.map((r, position) => ({
      project_id,
      region_code: r.code,
      percentage: r.percentage,
      position,
    })),
  );
  await insert(
    'project_beneficiary_countries',
    p.beneficiaryCountries.map((country_code, position) => ({
      project_id,
      country_code,
      position,
    })),
  );
  await insert(
    'project_project_types',
    p.typeSlugs.map((slug, position) => ({
      project_id,
      project_type_id: typeIds.get(slug)!,
      position,
    })),
  );
  await insert(
    'project_sectors',
    p.sectors.map((s, position) => ({
      project_id,
      vocabulary: s.vocabulary,
      code: s.code,
      percentage: s.percentage,
      position,
    })),
  );
  await insert(
    'project_organisations',
    p.organisations.map((o, position) => ({
      project_id,
      organisation_id: orgIds.get(o.organisationSlug)!,
      role: o.role,
      position,
    })),
  );
  await insert(
    'budget_lines',
    p.budgetLines.map((l, position) => ({
      project_id,
      position,
      label: l.label,
      amount_cents: l.amountCents,
      currency: l.currency,
      is_total: l.isTotal ? 1 : 0,
    })),
  );
  await insert(
    'contacts',
    p.contacts.map((c, position) => ({
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
    })),
  );
  await insert(
    'links',
    p.links.map((l, position) => ({
      project_id,
      position,
      kind: l.kind,
      url: l.url,
      title: l.title,
      language: l.language,
      format: l.format,
    })),
  );
}
