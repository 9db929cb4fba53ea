import type { Db } from './database.ts';
import { nowIso } from './time.ts';

/** What is written to the audit log: who did what to which thing, from where. */
export interface AuditEntryInput {
  action: string;
  actorId?: number | null;
  subjectType?: string | null;
  subjectId?: string | number | null;
  details?: Record<string, unknown> | null;
  ip?: string | null;
}

/** One row of the audit log as read back, with the actor's name. */
export interface AuditEntry {
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  details: Record<string, unknown> | null;
  ip: string | null;
}

/** Appends one entry to the audit log. */
export async function insertAuditEntry(db: Db, e: AuditEntryInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: nowIso(),
      actor_id: e.actorId ?? null,
      action: e.action,
      subject_type: e.subjectType ?? null,
      subject_id: e.subjectId === undefined || e.subjectId === null ? null : String(e.subjectId),
      details: e.details ? JSON.stringify(e.details) : null,
      ip: e.ip ?? null,
    })
    .execute();
}

/** One page of the audit log, newest first, optionally of one action; and the total. */
export async function pageAuditEntries(
  db: Db,
  q: { action?: string; limit: number; offset: number },
): Promise<{ entries: AuditEntry[]; total: number }> {
  let query = db.selectFrom('audit_log as a');
  if (q.action) query = query.where('a.action', '=', q.action);
  const [rows, count] = await Promise.all([
    query
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select([
        'a.id',
        'a.at',
        'a.actor_id',
        'u.name as actor_name',
        'a.action',
        'a.subject_type',
        'a.subject_id',
        'a.details',
        'a.ip',
      ])
      .orderBy('a.at', 'desc')
      .orderBy('a.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    entries: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      details: r.details ? (JSON.parse(r.details) as Record<string, unknown>) : null,
      ip: r.ip,
    })),
  };
}

/** The distinct actions present in the log, for the filter. */
export async function auditActions(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select('action')
    .distinct()
    .orderBy('action')
    .execute();
  return rows.map((r) => r.action);
}
