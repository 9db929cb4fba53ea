import type { DatabaseHandle } from '../db/database.ts';
import { createProjectsService } from './projects.service.ts';

/** Every service the web process and the CLI use, built once over one database. */
export function createServices(handle: DatabaseHandle) {
  return {
    projects: createProjectsService(handle.db),
  };
}

export type Services = ReturnType<typeof createServices>;
