import { insertAuditEntry } from '../../db/audit.repository.ts';
import type { Db } from '../../db/database.ts';
import {
  clearLoginFailures,
  countLoginFailures,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSession,
  insertSession,
  recordLoginFailure,
  type SessionRecord,
} from '../../db/sessions.repository.ts';
import { inTransaction } from '../../db/transaction.ts';
import {
  countActiveAdmins,
  deleteSetupToken,
  findUserById,
  findUserForLogin,
  insertUser,
  listUsers,
  readSetupToken,
  saveSetupToken,
  touchLastLogin,
  updateUser,
} from '../../db/users.repository.ts';
import {
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
} from '../../domain/errors.ts';
import {
  type NewUser,
  newUserIssues,
  normaliseEmail,
  passwordIssues,
  type Role,
  type User,
} from '../../domain/users/user.ts';
import { hashPassword, verifyDecoy, verifyPassword } from './password.ts';
import { hashToken, newToken, sameSecret } from './tokens.ts';

/** Limits on failed log-ins: per account and per address, within one sliding window. */
export interface LoginLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export interface AuthOptions {
  limits?: Partial<LoginLimits>;
  sessionMs?: number;
  now?: () => Date;
}

/** Where a request came from, for limits and the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent?: string | null;
}

/** A logged-in request: the user and their session (with the CSRF secret). */
export interface Authenticated {
  user: User;
  session: SessionRecord;
}

const DEFAULT_LIMITS: LoginLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60_000 };
const SETUP_MS = 24 * 60 * 60_000;

/** Accounts, log-in and sessions, with limits and an audit trail. */
export function createAuthService(db: Db, options: AuthOptions = {}) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const sessionMs = options.sessionMs ?? 7 * 24 * 60 * 60_000;
  const now = options.now ?? (() => new Date());
  const iso = (offsetMs = 0) => new Date(now().getTime() + offsetMs).toISOString();

  async function startSession(user: User, origin: RequestOrigin) {
    const token = newToken();
    const session: SessionRecord = {
      id: hashToken(token),
      userId: user.id,
      csrfSecret: newToken(),
      createdAt: iso(),
      expiresAt: iso(sessionMs),
    };
    await insertSession(db, { ...session, ip: origin.ip, userAgent: origin.userAgent ?? null });
    return { token, session, user };
  }

  async function createUser(input: NewUser, actorId: number | null, origin?: RequestOrigin) {
    const email = normaliseEmail(input.email);
    const issues = newUserIssues(input);
    if (issues.length === 0 && (await findUserForLogin(db, email))) {
      issues.push({ field: 'email', message: 'an account with this email exists' });
    }
    if (issues.length > 0) throw new ValidationError(issues);
    const passwordHash = await hashPassword(input.password);
    return inTransaction(db, async (trx) => {
      const user = await insertUser(trx, {
        ...input,
        email,
        name: input.name.trim(),
        passwordHash,
      });
      await insertAuditEntry(trx, {
        action: 'user_created',
        actorId,
        subjectType: 'user',
        subjectId: user.id,
        details: { email, role: user.role },
        ip: origin?.ip,
      });
      return user;
    });
  }

  return {
    /**
     * Checks the password and opens a session. Failures count against the account and the
     * address; over the limit, RateLimitedError is thrown before the password is even checked.
     */
    async login(emailInput: string, password: string, origin: RequestOrigin) {
      const email = normaliseEmail(emailInput).slice(0, 254);
      const since = iso(-limits.windowMs);
      const address = origin.ip ?? 'unknown';
      const [byAccount, byAddress] = await Promise.all([
        countLoginFailures(db, 'account', email, since),
        countLoginFailures(db, 'address', address, since),
      ]);
      const over = [
        byAccount.count >= limits.perAccount && byAccount,
        byAddress.count >= limits.perAddress && byAddress,
      ].filter((x) => x !== false);
      if (over.length > 0) {
        const oldest = over.map((o) => o.oldest ?? iso()).sort()[0]!;
        const retry = Math.max(
          1,
          Math.ceil((Date.parse(oldest) + limits.windowMs - now().getTime()) / 1000),
        );
        await insertAuditEntry(db, {
          action: 'login_rate_limited',
          details: { email },
          ip: origin.ip,
        });
        throw new RateLimitedError(retry);
      }
      const found = await findUserForLogin(db, email);
      let ok = false;
      if (found?.passwordHash && !found.user.disabled) {
        ok = await verifyPassword(password, found.passwordHash);
      } else {
        await verifyDecoy(password);
      }
      if (!ok || !found) {
        await recordLoginFailure(
          db,
          [
            { scope: 'account', key: email },
            { scope: 'address', key: address },
          ],
          iso(),
        );
        await insertAuditEntry(db, {
          action: 'login_failed',
          actorId: found?.user.id ?? null,
          details: { email },
          ip: origin.ip,
        });
        throw new UnauthorizedError('email or password is wrong');
      }
      await clearLoginFailures(db, 'account', email, since);
      await touchLastLogin(db, found.user.id);
      await insertAuditEntry(db, { action: 'login', actorId: found.user.id, ip: origin.ip });
      return startSession(found.user, origin);
    },

    /** The user and session behind a cookie token, or undefined when expired, unknown or disabled. */
    async authenticate(token: string | undefined): Promise<Authenticated | undefined> {
      if (!token || token.length > 100) return undefined;
      const session = await findSession(db, hashToken(token), iso());
      if (!session) return undefined;
      const user = await findUserById(db, session.userId);
      if (!user || user.disabled) return undefined;
      return { user, session };
    },

    /** Ends the session behind the token. */
    async logout(auth: Authenticated, origin: RequestOrigin) {
      await deleteSession(db, auth.session.id);
      await insertAuditEntry(db, { action: 'logout', actorId: auth.user.id, ip: origin.ip });
      await deleteExpiredSessions(db, iso());
    },

    /** Creates an account (CLI or an admin); ValidationError names the field at fault. */
    createUser,

    /** Every account. */
    listUsers: () => listUsers(db),

    /** Changes a user's role, disabled flag or password (admins only); ends their sessions. */
    async changeUser(
      actor: { id: number; role: Role } | null,
      userId: number,
      changes: { role?: Role; disabled?: boolean; password?: string },
      origin?: RequestOrigin,
    ) {
      if (actor && actor.role !== 'admin') throw new ForbiddenError('manage users');
      const target = await findUserById(db, userId);
      if (!target) throw new NotFoundError('user', String(userId));
      if (changes.password !== undefined) {
        const issues = passwordIssues(changes.password);
        if (issues.length > 0) throw new ValidationError(issues);
      }
      const passwordHash =
        changes.password === undefined ? undefined : await hashPassword(changes.password);
      await inTransaction(db, async (trx) => {
        await updateUser(trx, userId, { ...changes, passwordHash });
        const demoting =
          target.role === 'admin' &&
          ((changes.role && changes.role !== 'admin') || changes.disabled === true);
        if (demoting && (await countActiveAdmins(trx)) === 0) {
          throw new ValidationError([{ field: 'role', message: 'the last admin must stay' }]);
        }
        const log = (action: string, details: Record<string, unknown>) =>
          insertAuditEntry(trx, {
            action,
            actorId: actor?.id ?? null,
            subjectType: 'user',
            subjectId: userId,
            details,
            ip: origin?.ip,
          });
        if (changes.role && changes.role !== target.role)
          await log('role_changed', { from: target.role, to: changes.role });
        if (changes.disabled !== undefined && changes.disabled !== target.disabled)
          await log(changes.disabled ? 'user_disabled' : 'user_enabled', {});
        if (passwordHash) await log('password_changed', {});
        const roleChanged = changes.role !== undefined && changes.role !== target.role;
        if (roleChanged || changes.disabled === true || passwordHash)
          await deleteUserSessions(trx, userId);
      });
    },

    /**
     * When no enabled admin exists, makes a new one-time set-up token (valid 24 h) and returns
     * it; otherwise undefined. Each call replaces the previous token.
     */
    async issueSetupToken(): Promise<string | undefined> {
      if ((await countActiveAdmins(db)) > 0) return undefined;
      const token = newToken();
      await saveSetupToken(db, hashToken(token), iso(SETUP_MS));
      return token;
    },

    /** True while the token is the current, unexpired set-up token and no admin exists. */
    async isSetupTokenValid(token: string): Promise<boolean> {
      const stored = await readSetupToken(db);
      if (!stored || stored.expiresAt <= iso()) return false;
      if (!sameSecret(stored.hash, hashToken(token))) return false;
      return (await countActiveAdmins(db)) === 0;
    },

    /** Uses the set-up token to create the first admin and log them in. */
    async completeSetup(token: string, input: Omit<NewUser, 'role'>, origin: RequestOrigin) {
      if (!(await this.isSetupTokenValid(token)))
        throw new UnauthorizedError('set-up link expired');
      const user = await createUser({ ...input, role: 'admin' }, null, origin);
      await deleteSetupToken(db);
      await insertAuditEntry(db, { action: 'login', actorId: user.id, ip: origin.ip });
      return startSession(user, origin);
    },

    /** Checks a CSRF token against the session's secret. */
    csrfMatches(auth: Authenticated, token: string | undefined): boolean {
      return !!token && sameSecret(auth.session.csrfSecret, token);
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
