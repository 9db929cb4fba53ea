import type { Db } from '../db/database.ts';
import { upsertOrganisation } from '../db/organisations.repository.ts';
import { upsertProjectType } from '../db/project-types.repository.ts';
import { saveProject } from '../db/project-write.repository.ts';
import { isKnownCurrency } from '../domain/vocabularies/codelists.ts';
import { projectsChanged } from './project-changes.ts';
import { DEMO_ORGANISATIONS, DEMO_PROJECTS } from './seed/demo-projects.seed.ts';
import { PROJECT_TYPES } from './seed/project-types.seed.ts';
import { SEED_ORGANISATIONS, SEED_PROJECT } from './seed/seed-record.seed.ts';

export interface SeedReport {
  projectTypes: number;
  organisations: number;
  projects: number;
}

/** Loads (or reloads, by slug) the vocabulary, the seed record and the demo projects, all or nothing. */
export async function seedDemoData(db: Db): Promise<SeedReport> {
  const organisations = [...SEED_ORGANISATIONS, ...DEMO_ORGANISATIONS];
  const projects = [SEED_PROJECT, ...DEMO_PROJECTS];
  await db.transaction().execute(async (trx) => {
    for (const type of PROJECT_TYPES) await upsertProjectType(trx, type);
    for (const organisation of organisations) await upsertOrganisation(trx, organisation);
    const ids: number[] = [];
    for (const project of projects)
      ids.push((await saveProject(trx, project, { isKnownCurrency })).id);
    await projectsChanged(trx, ids);
  });
  return {
    projectTypes: PROJECT_TYPES.length,
    organisations: organisations.length,
    projects: projects.length,
  };
}

/** True when the database holds no project at all (a first start). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('projects').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
