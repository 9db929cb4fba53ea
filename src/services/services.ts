import type { DatabaseHandle } from '../db/database.ts';
import { createDiscoveryService } from './discovery.service.ts';
import { createAdminServices } from './editing/admin-services.ts';
import { createExportService } from './export/export.service.ts';
import { createOrganisationsService } from './organisations.service.ts';
import { createProjectsService } from './projects.service.ts';
import { createSearchService } from './search.service.ts';

/** Every service the web process and the CLI use, built once over one database. */
export function createServices(handle: DatabaseHandle) {
  return {
    projects: createProjectsService(handle.db),
    organisations: createOrganisationsService(handle.db),
    discovery: createDiscoveryService(handle.db),
    admin: createAdminServices(handle.db),
    search: createSearchService(handle),
    exports: createExportService(handle.db),
  };
}

export type Services = ReturnType<typeof createServices>;
