import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  GoneError,
  InvalidTransitionError,
  MergeConflictError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  ValidationError,
} from '../../domain/errors.ts';
import { LOCALES } from '../../i18n/locales.ts';
import type { AdminServices } from '../../services/editing/admin-services.ts';
import { adminPath } from '../../views/admin/admin-layout.ts';
import { loginView, messageView } from '../../views/admin/login.view.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { CsrfError, sessionSupport } from '../auth/session.ts';
import { historyRoutes } from './history.routes.ts';
import { importRoutes } from './imports.routes.ts';
import { adminProjectRoutes } from './projects.routes.ts';
import { type AdminRouteOptions, adminContext, sendAdminPage, wantsJson } from './respond.ts';
import { usersRoutes } from './users.routes.ts';
import { vocabularyRoutes } from './vocabularies.routes.ts';

export interface AdminPluginOptions {
  services: { admin: AdminServices };
  publicUrl: string;
  today?: () => string;
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof CsrfError) return 403;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof GoneError) return 410;
  if (error instanceof ValidationError) return 400;
  if (error instanceof RateLimitedError) return 429;
  if (error instanceof ConflictError || error instanceof InvalidTransitionError) return 409;
  if (error instanceof DomainError) return 409;
  return undefined;
}

// A conflict says which version won and, after a three-way merge, which fields both changed
// (each with both values) and which were taken from the other side.
function conflictBody(error: unknown) {
  if (!(error instanceof ConflictError)) return {};
  if (!(error instanceof MergeConflictError)) return { currentVersion: error.currentVersion };
  return {
    currentVersion: error.currentVersion,
    baseVersion: error.baseVersion,
    conflicts: error.conflicts,
    merged: error.taken,
  };
}

function errorHandler(o: AdminRouteOptions) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status = statusOf(error);
    if (status === undefined) throw error;
    const code = (error as unknown as { code: string }).code;
    if (wantsJson(request)) {
      const issues = error instanceof ValidationError ? { issues: error.issues } : {};
      return reply
        .code(status)
        .send({ error: code, message: error.message, ...issues, ...conflictBody(error) });
    }
    const ctx = adminContext(request, o);
    if (status === 401) {
      if (request.method === 'GET') {
        const next = encodeURIComponent(request.url);
        return reply.redirect(adminPath(ctx, `/login?next=${next}`), 303);
      }
      const state = { values: {}, issues: [] };
      return sendAdminPage(
        reply,
        loginView({ state, next: adminPath(ctx, '/projects') }, ctx),
        401,
      );
    }
    const e = ctx.t.admin.errors;
    const bodies: Record<number, string> = {
      403: error instanceof CsrfError ? e.csrf : e.forbidden,
      404: ctx.t.notFound.body,
      410: e.gone,
      409: error instanceof InvalidTransitionError ? e.invalidTransition : error.message,
    };
    const body = bodies[status] ?? error.message;
    return sendAdminPage(reply, messageView({ title: ctx.t.error.title, body }, ctx), status);
  };
}

/**
 * The editor under /admin (and /ru/admin): accounts, projects, workflow, history, vocabularies,
 * users and the audit log. Its own scope holds the session, CSRF check and error pages.
 */
export async function adminPlugin(app: FastifyInstance, opts: AdminPluginOptions) {
  const today = opts.today ?? (() => new Date().toISOString().slice(0, 10));
  for (const locale of LOCALES) {
    const o: AdminRouteOptions = {
      locale,
      services: opts.services.admin,
      publicUrl: opts.publicUrl,
      today,
    };
    await app.register(
      async (scope) => {
        await sessionSupport(scope, { auth: o.services.auth, publicUrl: o.publicUrl });
        scope.setErrorHandler(errorHandler(o));
        scope.get('/', async (request, reply) =>
          reply.redirect(adminPath(adminContext(request, o), '/projects'), 303),
        );
        await scope.register(authRoutes, o);
        await scope.register(adminProjectRoutes, o);
        await scope.register(historyRoutes, o);
        await scope.register(vocabularyRoutes, o);
        await scope.register(usersRoutes, o);
        await scope.register(importRoutes, o);
      },
      { prefix: `${locale.prefix}/admin` },
    );
  }
}
