import type { Db } from './database.ts';

/** A stored session: its id is the hash of the cookie's token. */
export interface SessionRecord {
  id: string;
  userId: number;
  csrfSecret: string;
  createdAt: string;
  expiresAt: string;
}

/** Stores a new session. */
export async function insertSession(
  db: Db,
  s: SessionRecord & { ip: string | null; userAgent: string | null },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_secret: s.csrfSecret,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      ip: s.ip,
      user_agent: s.userAgent?.slice(0, 500) ?? null,
    })
    .execute();
}

/** The unexpired session with this id, or undefined. */
export async function findSession(
  db: Db,
  id: string,
  now: string,
): Promise<SessionRecord | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf_secret', 'created_at', 'expires_at'])
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      userId: row.user_id,
      csrfSecret: row.csrf_secret,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    }
  );
}

/** Ends one session. */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user (role change, disabling, password change). */
export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Removes expired sessions. */
export async function deleteExpiredSessions(db: Db, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** Records one failed log-in against an account and an address. */
export async function recordLoginFailure(
  db: Db,
  keys: { scope: 'account' | 'address'; key: string }[],
  at: string,
): Promise<void> {
  await db
    .insertInto('login_failures')
    .values(keys.map((k) => ({ scope: k.scope, key: k.key, at })))
    .execute();
}

/** How many failures the key has since `since`, and the oldest of them. */
export async function countLoginFailures(
  db: Db,
  scope: 'account' | 'address',
  key: string,
  since: string,
): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.n), oldest: (row.oldest as string | null) ?? null };
}

/** Forgets the failures of one key (after a successful log-in), and every stale one. */
export async function clearLoginFailures(
  db: Db,
  scope: 'account' | 'address',
  key: string,
  staleBefore: string,
): Promise<void> {
  const t = db;
  await t.deleteFrom('login_failures').where('scope', '=', scope).where('key', '=', key).execute();
  await db.deleteFrom('login_failures').where('at', '<', staleBefore).execute();
}
