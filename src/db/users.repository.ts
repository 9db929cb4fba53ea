import type { Role, User } from '../domain/users/user.ts';
import type { Db } from './database.ts';
import type { UsersTable } from './schema.ts';
import { nowIso } from './time.ts';

type UserRow = Omit<UsersTable, 'id' | 'password_hash' | 'updated_at'> & { id: number };

const COLUMNS = ['id', 'email', 'name', 'role', 'disabled', 'created_at', 'last_login_at'] as const;

/** Maps a row of `users` to the domain type (never the password hash). */
export function rowToUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    disabled: Boolean(row.disabled),
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
  };
}

/** Inserts a user with an already-hashed password; returns it. */
export async function insertUser(
  db: Db,
  input: { email: string; name: string; role: Role; passwordHash: string },
): Promise<User> {
  const now = nowIso();
  const row = await db
    .insertInto('users')
    .values({
      email: input.email,
      name: input.name,
      role: input.role,
      password_hash: input.passwordHash,
      disabled: 0,
      created_at: now,
      updated_at: now,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return rowToUser(row);
}

/** The user with this id, or undefined. */
export async function findUserById(db: Db, id: number): Promise<User | undefined> {
  const row = await db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && rowToUser(row);
}

/** The user with this (normalised) email and their password hash, for log-in; or undefined. */
export async function findUserForLogin(db: Db, email: string) {
  const row = await db
    .selectFrom('users')
    .select([...COLUMNS, 'password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
  return row && { user: rowToUser(row), passwordHash: row.password_hash };
}

/** Every user, by email. */
export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.selectFrom('users').select(COLUMNS).orderBy('email').execute();
  return rows.map(rowToUser);
}

/** How many enabled admins there are. */
export async function countActiveAdmins(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Changes role, disabled flag or password hash of one user. */
export async function updateUser(
  db: Db,
  id: number,
  changes: { role?: Role; disabled?: boolean; passwordHash?: string },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.disabled !== undefined && { disabled: changes.disabled ? 1 : 0 }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      updated_at: nowIso(),
    })
    .where('id', '=', id)
    .execute();
}

/** Records a successful log-in time. */
export async function touchLastLogin(db: Db, id: number): Promise<void> {
  await db.updateTable('users').set({ last_login_at: nowIso() }).where('id', '=', id).execute();
}

const SETUP_KEY = 'admin_setup_token';

/** Stores the hash and expiry of the one-time set-up token (replacing any earlier one). */
export async function saveSetupToken(db: Db, hash: string, expiresAt: string): Promise<void> {
  const value = JSON.stringify({ hash, expiresAt });
  await db
    .insertInto('settings')
    .values({ key: SETUP_KEY, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** The stored set-up token's hash and expiry, or undefined. */
export async function readSetupToken(db: Db) {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SETUP_KEY)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as { hash: string; expiresAt: string }) : undefined;
}

/** Forgets the set-up token once used. */
export async function deleteSetupToken(db: Db): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', SETUP_KEY).execute();
}
