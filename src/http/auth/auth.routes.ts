import type { FastifyInstance } from 'fastify';
import { RateLimitedError, UnauthorizedError, ValidationError } from '../../domain/errors.ts';
import { adminPath } from '../../views/admin/admin-layout.ts';
import { loginView, messageView, setupView } from '../../views/admin/login.view.ts';
import {
  type AdminRouteOptions,
  adminContext,
  field,
  redirectTo,
  sendAdminPage,
  wantsJson,
} from '../admin/respond.ts';
import { clearSessionCookie, originOf, setSessionCookie } from './session.ts';

/** Only a path inside the editor, never another site ("//evil.example"). */
function safeNext(o: AdminRouteOptions, next: string): string {
  const home = `${o.locale.prefix}/admin`;
  return next.startsWith(`${home}/`) && !next.startsWith('//') && !/[\\\s]/.test(next)
    ? next
    : `${home}/projects`;
}

/** Log-in, log-out and the one-time set-up of the first admin. */
export async function authRoutes(app: FastifyInstance, o: AdminRouteOptions) {
  const auth = o.services.auth;

  app.get('/login', async (request, reply) => {
    const ctx = adminContext(request, o);
    const next = (request.query as { next?: string }).next ?? '';
    if (request.auth) return reply.redirect(safeNext(o, next), 303);
    return sendAdminPage(reply, loginView({ state: { values: {}, issues: [] }, next }, ctx));
  });

  app.post('/login', async (request, reply) => {
    const ctx = adminContext(request, o);
    const email = field(request, 'email');
    const next = field(request, 'next');
    try {
      const { token, session } = await auth.login(
        email,
        field(request, 'password'),
        originOf(request),
      );
      setSessionCookie(reply, request, token, o.publicUrl, session.expiresAt);
      if (wantsJson(request)) return reply.send({ ok: true, csrfToken: session.csrfSecret });
      return reply.redirect(safeNext(o, next), 303);
    } catch (error) {
      const state = { values: { email }, issues: [] };
      if (error instanceof RateLimitedError) {
        reply.header('retry-after', String(error.retryAfterSeconds));
        if (wantsJson(request))
          return reply.code(429).send({ error: error.code, message: error.message });
        const minutes = String(Math.ceil(error.retryAfterSeconds / 60));
        const message = ctx.t.admin.login.rateLimited(minutes);
        return sendAdminPage(reply, loginView({ state, next, error: message }, ctx), 429);
      }
      if (error instanceof UnauthorizedError) {
        if (wantsJson(request))
          return reply.code(401).send({ error: error.code, message: error.message });
        const message = ctx.t.admin.login.failed;
        return sendAdminPage(reply, loginView({ state, next, error: message }, ctx), 401);
      }
      throw error;
    }
  });

  app.post('/logout', async (request, reply) => {
    const ctx = adminContext(request, o);
    if (request.auth) await auth.logout(request.auth, originOf(request));
    clearSessionCookie(reply);
    if (wantsJson(request)) return reply.send({ ok: true });
    return redirectTo(reply, ctx, '/login', 'loggedOut');
  });

  app.get<{ Params: { token: string } }>('/setup/:token', async (request, reply) => {
    const ctx = adminContext(request, o);
    if (!(await auth.isSetupTokenValid(request.params.token))) {
      const page = messageView(
        { title: ctx.t.admin.setup.title, body: ctx.t.admin.setup.expired },
        ctx,
      );
      return sendAdminPage(reply, page, 410);
    }
    const state = { values: {}, issues: [] };
    return sendAdminPage(reply, setupView({ state, token: request.params.token }, ctx));
  });

  app.post<{ Params: { token: string } }>('/setup/:token', async (request, reply) => {
    const ctx = adminContext(request, o);
    const values = { name: field(request, 'name'), email: field(request, 'email') };
    try {
      const { token, session } = await auth.completeSetup(
        request.params.token,
        { ...values, password: field(request, 'password') },
        originOf(request),
      );
      setSessionCookie(reply, request, token, o.publicUrl, session.expiresAt);
      return reply.redirect(adminPath(ctx, '/projects'), 303);
    } catch (error) {
      if (error instanceof ValidationError) {
        const page = setupView(
          { state: { values, issues: error.issues }, token: request.params.token },
          ctx,
        );
        return sendAdminPage(reply, page, 400);
      }
      if (error instanceof UnauthorizedError) {
        const page = messageView(
          { title: ctx.t.admin.setup.title, body: ctx.t.admin.setup.expired },
          ctx,
        );
        return sendAdminPage(reply, page, 410);
      }
      throw error;
    }
  });
}
