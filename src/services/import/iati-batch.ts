import type { Db } from '../../db/database.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import type { RevisionOrigin } from '../../domain/editing/revision-origin.ts';
import type {
  MappedActivity,
  MappingContext,
  MappingFailure,
} from '../../interchange/iati/iati-to-project.ts';
import type { ActivityWarning } from '../../interchange/iati/iati-warnings.ts';
import { searchableProjectOf, type TextStems } from '../../search/documents.ts';
import { projectsChangedInHand } from '../project-changes.ts';
import type { ReadActivity } from './activity-mapping.ts';
import { recordImportRevisions } from './import-revisions.ts';
import type { OrganisationResolver } from './organisation-resolver.ts';
import {
  type ExistingProject,
  insertChildren,
  insertProjects,
  type ResolvedProject,
  updateProjects,
} from './project-batch-writer.ts';
import { sameContent } from './project-compare.ts';
import type { SlugAllocator } from './slug-allocator.ts';

/** Why an activity was not written: a code for pages in any language, and its detail. */
export type SkipCode =
  | MappingFailure
  | 'duplicate'
  | 'deletedLocally'
  | 'enteredLocally'
  | 'editedLocally';

/** One activity the import did not write, and why. */
export interface SkippedActivity {
  iatiIdentifier: string | null;
  /** 1-based position of the activity in its file. */
  activity: number;
  /** In English, as the command line says it (`skipReason`). */
  reason: string;
  /** Absent in reports stored before codes were kept. */
  code?: SkipCode;
  /** The earlier activity's position (duplicate), the source (entered), the time (edited). */
  detail?: string | null;
}

/** The command line's wording of a skip. */
export function skipReason(code: SkipCode, detail: string | null): string {
  switch (code) {
    case 'noIdentifier':
      return 'no iati-identifier';
    case 'noTitle':
      return 'no title';
    case 'duplicate':
      return detail
        ? `duplicate iati-identifier: activity ${detail} of this file has it too`
        : 'duplicate iati-identifier: an earlier activity of this file has it too';
    case 'deletedLocally':
      return 'deleted locally; use --force to import it again';
    case 'enteredLocally':
      return `entered locally (source: ${detail}); use --force to overwrite it`;
    case 'editedLocally':
      return `edited locally since the last import (${detail}); use --force to overwrite it`;
  }
}

/** What one batch did. */
export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  skipped: SkippedActivity[];
  warnings: ActivityWarning[];
}

/** Everything a batch needs that lives as long as one file's transaction. */
export interface FileRun {
  mapping: MappingContext;
  typeIds: ReadonlyMap<string, number>;
  /** `typeSearchNames` of each project type, by slug. */
  typeNames: ReadonlyMap<string, readonly string[]>;
  organisations: OrganisationResolver;
  projectSlugs: SlugAllocator;
  force: boolean;
  /** Ids of the projects written, announced to other processes at the end of the file. */
  changedIds: number[];
  /** What each project's new revision names as its origin (this file, this run), and who. */
  revision: { origin: RevisionOrigin; actorId: number | null };
}

interface StoredRow {
  id: number;
  slug: string;
  version: number;
  state: string;
  source: string;
  updated_at: string;
  updated_by: number | null;
  imported_at: string | null;
  source_file: string | null;
  published_at: string | null;
  deleted_at: string | null;
}

/** Why an existing project must not be overwritten without --force; null when it may be. */
function keepReason(row: StoredRow): { code: SkipCode; detail: string | null } | null {
  if (row.deleted_at) return { code: 'deletedLocally', detail: null };
  if (row.source !== 'iati') return { code: 'enteredLocally', detail: row.source };
  if (row.updated_by !== null && (row.imported_at === null || row.updated_at > row.imported_at)) {
    return { code: 'editedLocally', detail: row.updated_at };
  }
  return null;
}

const STORED_COLUMNS = [
  'id',
  'slug',
  'version',
  'state',
  'source',
  'updated_at',
  'updated_by',
  'imported_at',
  'source_file',
  'published_at',
  'deleted_at',
  'iati_identifier',
] as const;

/** The stored projects of the batch's activities, by iati-identifier. */
async function storedRows(db: Db, activities: MappedActivity[]): Promise<Map<string, StoredRow>> {
  const out = new Map<string, StoredRow>();
  const identifiers = activities.map((a) => a.iatiIdentifier);
  for (let i = 0; i < identifiers.length; i += 1000) {
    const rows = await db
      .selectFrom('projects')
      .select(STORED_COLUMNS)
      .where('iati_identifier', 'in', identifiers.slice(i, i + 1000))
      .execute();
    for (const row of rows) out.set(row.iati_identifier!, row);
  }
  // An activity of our own export whose project had no IATI identifier: that project, found by
  // its slug, so that importing an export back updates (or skips) it rather than duplicating it.
  const bySlug = new Map<string, string>();
  for (const a of activities) {
    if (a.exportedSlug && !out.has(a.iatiIdentifier)) bySlug.set(a.exportedSlug, a.iatiIdentifier);
  }
  const slugs = [...bySlug.keys()];
  for (let i = 0; i < slugs.length; i += 1000) {
    const rows = await db
      .selectFrom('projects')
      .select(STORED_COLUMNS)
      .where('slug', 'in', slugs.slice(i, i + 1000))
      .where('iati_identifier', 'is', null)
      .execute();
    for (const row of rows) out.set(bySlug.get(row.slug)!, row);
  }
  return out;
}

/** Gives every organisation of every project its id, dropping a role an organisation already has. */
async function resolveOrganisations(
  db: Db,
  run: FileRun,
  items: MappedActivity[],
  stems: ReadonlyMap<MappedActivity, TextStems | null>,
) {
  const known = await run.organisations.resolve(
    db,
    items.flatMap((m) => m.participants.map((p) => p.organisation)),
  );
  let next = 0;
  return items.map((m): ResolvedProject => {
    const seen = new Set<string>();
    const organisations: MappedActivity['project']['organisations'] = [];
    const organisationIds: number[] = [];
    const organisationNames: string[][] = [];
    for (const p of m.participants) {
      const org = known[next++]!;
      if (seen.has(`${org.id}/${p.role}`)) continue;
      seen.add(`${org.id}/${p.role}`);
      organisations.push({ role: p.role, organisationSlug: org.slug });
      organisationIds.push(org.id);
      organisationNames.push(org.searchNames);
    }
    const input = { ...m.project, organisations };
    return {
      input,
      organisationIds,
      organisationNames,
      typeIds: input.typeSlugs.map((s) => run.typeIds.get(s)!),
      textStems: stems.get(m) ?? null,
    };
  });
}

/**
 * Maps, compares and writes one batch of activities inside the caller's transaction: new
 * activities are inserted, changed ones updated in place (same id and slug), identical ones left
 * alone, and the rest reported as skipped with their reason.
 */
export async function importBatch(
  db: Db,
  run: FileRun,
  activities: ReadActivity[],
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, skipped: [], warnings: [] };
  const skip = (
    a: ReadActivity,
    iatiIdentifier: string | null,
    code: SkipCode,
    detail: string | null = null,
  ) =>
    outcome.skipped.push({
      iatiIdentifier,
      activity: a.index + 1,
      reason: skipReason(code, detail),
      code,
      detail,
    });

  const mapped: { activity: ReadActivity; value: MappedActivity }[] = [];
  const stems = new Map<MappedActivity, TextStems | null>();
  const firstIndex = new Map<string, number>();
  for (const activity of activities) {
    const result = activity.result;
    if (!result.ok) {
      skip(activity, activity.iatiIdentifier, result.code);
      continue;
    }
    const seenAt = firstIndex.get(result.value.iatiIdentifier);
    if (seenAt !== undefined) {
      skip(activity, result.value.iatiIdentifier, 'duplicate', String(seenAt + 1));
      continue;
    }
    firstIndex.set(result.value.iatiIdentifier, activity.index);
    mapped.push({ activity, value: result.value });
    stems.set(result.value, activity.stems);
  }

  const stored = await storedRows(
    db,
    mapped.map((m) => m.value),
  );
  const fresh: MappedActivity[] = [];
  const changed: { row: StoredRow; value: MappedActivity }[] = [];
  for (const { activity, value } of mapped) {
    const row = stored.get(value.iatiIdentifier);
    if (!row) {
      fresh.push(value);
      continue;
    }
    const { importedAt, sourceFile } = run.mapping;
    if (row.imported_at === importedAt && row.source_file === sourceFile) {
      skip(activity, value.iatiIdentifier, 'duplicate');
      continue;
    }
    const kept = run.force ? null : keepReason(row);
    if (kept) {
      skip(activity, value.iatiIdentifier, kept.code, kept.detail);
      continue;
    }
    value.project.slug = row.slug;
    value.project.state = row.state as MappedActivity['project']['state'];
    changed.push({ row, value });
  }
  for (const m of [...fresh, ...changed.map((c) => c.value)]) {
    for (const warning of m.warnings)
      outcome.warnings.push({ iatiIdentifier: m.iatiIdentifier, ...warning });
  }

  const resolvedFresh = await resolveOrganisations(db, run, fresh, stems);
  const resolvedChanged = await resolveOrganisations(
    db,
    run,
    changed.map((c) => c.value),
    stems,
  );
  const current = new Map(
    (
      await loadProjects(
        db,
        changed.map((c) => c.row.id),
      )
    ).map((p) => [p.id, p]),
  );
  const updates: { existing: ExistingProject; project: ResolvedProject }[] = [];
  changed.forEach(({ row }, i) => {
    const project = resolvedChanged[i]!;
    const now = current.get(row.id);
    if (now && !row.deleted_at && sameContent(now, project.input)) outcome.unchanged++;
    else
      updates.push({
        existing: { id: row.id, version: row.version, publishedAt: row.published_at },
        project,
      });
  });

  const slugs = await run.projectSlugs.allocate(
    db,
    resolvedFresh.map((p) => p.input.slug),
  );
  resolvedFresh.forEach((p, i) => {
    p.input.slug = slugs[i]!;
  });
  const writtenAt = run.mapping.importedAt;
  const ids = await insertProjects(db, resolvedFresh, writtenAt);
  await updateProjects(db, updates, writtenAt);
  await insertChildren(db, [
    ...resolvedFresh.map((project, i) => ({ id: ids[i]!, project })),
    ...updates.map((u) => ({ id: u.existing.id, project: u.project })),
  ]);
  await recordImportRevisions(
    db,
    {
      ids: [...ids, ...updates.map((u) => u.existing.id)],
      replaced: updates.map((u) => current.get(u.existing.id)).filter((p) => p !== undefined),
    },
    { actorId: run.revision.actorId, at: writtenAt, origin: () => run.revision.origin },
  );
  // The search index from the projects in hand, as projectsChanged would build it from the rows.
  const searchable = (id: number, p: ResolvedProject) =>
    searchableProjectOf(
      id,
      p.input,
      p.organisationNames,
      p.input.typeSlugs.map((s) => run.typeNames.get(s)!),
      p.textStems,
    );
  const tell = async (written: { id: number; project: ResolvedProject }[], fresh: boolean) => {
    const published = written.filter((w) => w.project.input.state === 'published');
    await projectsChangedInHand(db, {
      published: published.map((w) => searchable(w.id, w.project)),
      removed: written.filter((w) => w.project.input.state !== 'published').map((w) => w.id),
      fresh,
      announceLater: run.changedIds,
    });
  };
  await tell(
    resolvedFresh.map((project, i) => ({ id: ids[i]!, project })),
    true,
  );
  await tell(
    updates.map((u) => ({ id: u.existing.id, project: u.project })),
    false,
  );
  outcome.created = resolvedFresh.length;
  outcome.updated = updates.length;
  return outcome;
}
