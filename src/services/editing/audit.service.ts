import {
  type AuditEntryInput,
  auditActions,
  insertAuditEntry,
  pageAuditEntries,
} from '../../db/audit.repository.ts';
import type { Db } from '../../db/database.ts';
import { type Actor, canAdminister } from '../../domain/editing/policy.ts';
import { ForbiddenError } from '../../domain/errors.ts';
import { requireActor } from './project-store.ts';

/** Reading the audit log (admins) and writing to it (any service, e.g. importers). */
export function createAuditService(db: Db) {
  return {
    /** Appends an entry, e.g. `{action: 'import', details: {file, created, skipped}}`. */
    record: (entry: AuditEntryInput) => insertAuditEntry(db, entry),

    /** One page of the log, newest first, optionally of one action; admins only. */
    async page(actorIn: Actor | null, q: { action?: string; page: number; pageSize: number }) {
      const actor = requireActor(actorIn);
      if (!canAdminister(actor)) throw new ForbiddenError('read the audit log');
      const [result, actions] = await Promise.all([
        pageAuditEntries(db, {
          action: q.action,
          limit: q.pageSize,
          offset: (q.page - 1) * q.pageSize,
        }),
        auditActions(db),
      ]);
      return { ...result, actions };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
