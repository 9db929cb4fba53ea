import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/editing/policy.ts';
import type { Authenticated, AuthService } from '../../services/auth/auth.service.ts';
import { newToken, sameSecret } from '../../services/auth/tokens.ts';

export const SESSION_COOKIE = 'projectory_session';
export const ANON_CSRF_COOKIE = 'projectory_csrf';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user and session, when there is one. */
    auth?: Authenticated;
    /** The CSRF token forms on this page must carry. */
    csrfToken: string;
  }
}

/** A CSRF check failed; answered 403 by the editor's error handler. */
export class CsrfError extends Error {
  readonly code = 'csrf_failed';
}

function isSecure(request: FastifyRequest, publicUrl: string) {
  return request.protocol === 'https' || publicUrl.startsWith('https:');
}

/** The acting user for services: id and role, or null. */
export function actorOf(request: FastifyRequest): Actor | null {
  return request.auth ? { id: request.auth.user.id, role: request.auth.user.role } : null;
}

/** Where a request came from, for limits and the audit log. */
export function originOf(request: FastifyRequest) {
  return { ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over https, scoped to the site. */
export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  publicUrl: string,
  expiresAt: string,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request, publicUrl),
    expires: new Date(expiresAt),
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Adds to a scope: cookie parsing, the logged-in user (request.auth), the CSRF token for its
 * forms, and a CSRF check on every request that changes something. Logged-in forms carry the
 * session's secret (synchronizer token); anonymous forms (log-in, set-up) a double-submit
 * cookie.
 */
export async function sessionSupport(
  app: FastifyInstance,
  opts: { auth: AuthService; publicUrl: string },
) {
  await app.register(cookie);
  app.decorateRequest('auth', undefined);
  app.decorateRequest('csrfToken', '');
  app.addHook('onRequest', async (request, reply) => {
    request.auth = await opts.auth.authenticate(request.cookies[SESSION_COOKIE]);
    if (request.auth) {
      request.csrfToken = request.auth.session.csrfSecret;
      return;
    }
    if (request.cookies[SESSION_COOKIE]) clearSessionCookie(reply);
    let anon = request.cookies[ANON_CSRF_COOKIE];
    if (!anon || anon.length > 100) {
      anon = newToken();
      reply.setCookie(ANON_CSRF_COOKIE, anon, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure(request, opts.publicUrl),
      });
      // A request that brings no cookie cannot pass the check below anyway.
    }
    request.csrfToken = anon;
  });
  app.addHook('preHandler', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
      return;
    const body = request.body as Record<string, unknown> | undefined;
    const sent =
      (typeof body?.[CSRF_FIELD] === 'string' ? (body[CSRF_FIELD] as string) : undefined) ??
      (request.headers[CSRF_HEADER] as string | undefined);
    const expected = request.auth
      ? request.auth.session.csrfSecret
      : request.cookies[ANON_CSRF_COOKIE];
    if (!sent || !expected || !sameSecret(sent, expected))
      throw new CsrfError('CSRF token missing or wrong');
  });
}
