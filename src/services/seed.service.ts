import type { Db } from '../db/database.ts';
import { findOrganisationBySlug, upsertOrganisation } from '../db/organisations.repository.ts';
import { findProjectsBySlugs } from '../db/project-read.repository.ts';
import { listProjectTypes, upsertProjectType } from '../db/project-types.repository.ts';
import { saveProject, undeleteProject } from '../db/project-write.repository.ts';
import { newestRevisionOrigins } from '../db/revisions.repository.ts';
import { nowIso } from '../db/time.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Project, ProjectInput } from '../domain/projects/project.ts';
import { isKnownCurrency } from '../domain/vocabularies/codelists.ts';
import { keepBaseline } from './editing/project-store.ts';
import { recordImportRevisions } from './import/import-revisions.ts';
import { sameContent } from './import/project-compare.ts';
import { projectsChanged } from './project-changes.ts';
import { DEMO_ORGANISATIONS, DEMO_PROJECTS } from './seed/demo-projects.seed.ts';
import { PROJECT_TYPES } from './seed/project-types.seed.ts';
import { SEED_ORGANISATIONS, SEED_PROJECT } from './seed/seed-record.seed.ts';

export interface SeedReport {
  projectTypes: number;
  organisations: number;
  /** Projects the seed knows (the seed record and the demo projects). */
  projects: number;
  created: number;
  /** Seeded projects nobody changed whose seed text changed: written again. */
  updated: number;
  unchanged: number;
  /** Changed since seeded (edited, imported over, moved in the workflow, deleted): left alone. */
  keptChanged: string[];
}

export interface SeedOptions {
  /** Write every seed record, type and organisation back as shipped, whatever changed since. */
  reset?: boolean;
}

// A project is the seed's own while its newest revision is the seed's (or it has none: nothing
// but the seed, before revisions had origins, ever wrote it) and it is not deleted.
function changedSinceSeeded(
  { project, deleted }: { project: Project; deleted: boolean },
  newest: { version: number; origin: { kind: string } | null } | undefined,
): boolean {
  if (deleted) return true;
  if (!newest) return false;
  return newest.origin?.kind !== 'seed' || newest.version !== project.version;
}

/**
 * Loads the vocabulary, the seed record and the demo projects, all or nothing. It creates what
 * is missing and never undoes work: a record changed since the seed wrote it is left alone (and
 * named in the report), unless `reset` asks for everything back as shipped. Each project it
 * writes gets a revision saying it came from the seed.
 */
export async function seedDemoData(db: Db, options: SeedOptions = {}): Promise<SeedReport> {
  const organisations = [...SEED_ORGANISATIONS, ...DEMO_ORGANISATIONS];
  const projects: ProjectInput[] = [SEED_PROJECT, ...DEMO_PROJECTS];
  const report: SeedReport = {
    projectTypes: PROJECT_TYPES.length,
    organisations: organisations.length,
    projects: projects.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    keptChanged: [],
  };
  await inTransaction(db, async (trx) => {
    const types = new Set((await listProjectTypes(trx)).map((t) => t.slug));
    for (const type of PROJECT_TYPES)
      if (options.reset || !types.has(type.slug)) await upsertProjectType(trx, type);
    for (const organisation of organisations)
      if (options.reset || !(await findOrganisationBySlug(trx, organisation.slug)))
        await upsertOrganisation(trx, organisation);

    const existing = await findProjectsBySlugs(
      trx,
      projects.map((p) => p.slug),
    );
    const newest = await newestRevisionOrigins(
      trx,
      [...existing.values()].map((e) => e.project.id),
    );
    const ids: number[] = [];
    for (const input of projects) {
      const now = existing.get(input.slug);
      if (now && !options.reset) {
        if (changedSinceSeeded(now, newest.get(now.project.id))) {
          report.keptChanged.push(input.slug);
          continue;
        }
        if (now.project.state === input.state && sameContent(now.project, input)) {
          report.unchanged++;
          continue;
        }
      }
      if (now) await keepBaseline(trx, input.slug);
      const { id } = await saveProject(trx, input, { isKnownCurrency });
      if (now?.deleted) await undeleteProject(trx, id);
      ids.push(id);
      if (now) report.updated++;
      else report.created++;
    }
    await recordImportRevisions(
      trx,
      { ids, replaced: [] },
      { actorId: null, at: nowIso(), origin: () => ({ kind: 'seed' }) },
    );
    if (ids.length > 0) await projectsChanged(trx, ids);
  });
  return report;
}

/** True when the database holds no project at all (a first start). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('projects').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
