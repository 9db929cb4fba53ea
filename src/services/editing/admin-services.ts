import type { Db } from '../../db/database.ts';
import { type AuthOptions, createAuthService } from '../auth/auth.service.ts';
import { createImportRunsService } from '../import-runs/import-runs.service.ts';
import { createAuditService } from './audit.service.ts';
import { publicChangeLog } from './change-log.service.ts';
import { createEditingService } from './editing.service.ts';
import { createVocabulariesAdminService } from './vocabularies-admin.service.ts';

/** The services behind the editor: accounts, projects, vocabularies, audit, change log. */
export function createAdminServices(db: Db, options: AuthOptions = {}) {
  return {
    auth: createAuthService(db, options),
    editing: createEditingService(db),
    vocabularies: createVocabulariesAdminService(db),
    audit: createAuditService(db),
    imports: createImportRunsService(db),
    /** The public change log of a published project (see change-log.service.ts). */
    changeLog: (projectId: number, limit?: number) => publicChangeLog(db, projectId, limit),
  };
}

export type AdminServices = ReturnType<typeof createAdminServices>;
