import type { FastifyInstance } from 'fastify';
import { canAdminister } from '../../domain/editing/policy.ts';
import { ForbiddenError, UnauthorizedError, ValidationError } from '../../domain/errors.ts';
import { isRole, type Role } from '../../domain/users/user.ts';
import { auditView, usersView } from '../../views/admin/users.view.ts';
import { actorOf, originOf } from '../auth/session.ts';
import {
  type AdminRouteOptions,
  adminContext,
  field,
  formOf,
  intOf,
  redirectTo,
  sendAdminPage,
  wantsJson,
} from './respond.ts';

function requireAdmin(request: Parameters<typeof actorOf>[0]) {
  const actor = actorOf(request);
  if (!actor) throw new UnauthorizedError();
  if (!canAdminister(actor)) throw new ForbiddenError('manage users');
  return actor;
}

/** Admins: users and roles, and the audit log. */
export async function usersRoutes(app: FastifyInstance, o: AdminRouteOptions) {
  const auth = o.services.auth;

  app.get('/users', async (request, reply) => {
    requireAdmin(request);
    const users = await auth.listUsers();
    if (wantsJson(request)) return reply.send({ users });
    return sendAdminPage(
      reply,
      usersView({ users, create: { values: {}, issues: [] } }, adminContext(request, o)),
    );
  });

  app.post('/users', async (request, reply) => {
    const actor = requireAdmin(request);
    const role = field(request, 'role');
    try {
      const user = await auth.createUser(
        {
          email: field(request, 'email'),
          name: field(request, 'name'),
          role: (isRole(role) ? role : 'contributor') as Role,
          password: field(request, 'password'),
        },
        actor.id,
        originOf(request),
      );
      if (wantsJson(request)) return reply.code(201).send({ user });
      return redirectTo(reply, adminContext(request, o), '/users', 'saved');
    } catch (error) {
      if (!(error instanceof ValidationError) || wantsJson(request)) throw error;
      const users = await auth.listUsers();
      const create = { values: { ...formOf(request), password: '' }, issues: error.issues };
      return sendAdminPage(reply, usersView({ users, create }, adminContext(request, o)), 400);
    }
  });

  app.post<{ Params: { id: string } }>('/users/:id', async (request, reply) => {
    const actor = requireAdmin(request);
    const id = intOf(request.params.id);
    if (Number.isNaN(id)) return reply.callNotFound();
    const role = field(request, 'role');
    const password = field(request, 'password');
    await auth.changeUser(
      actor,
      id,
      {
        role: isRole(role) ? role : undefined,
        disabled: field(request, 'disabled') !== '',
        password: password === '' ? undefined : password,
      },
      originOf(request),
    );
    if (wantsJson(request)) return reply.send({ ok: true });
    return redirectTo(reply, adminContext(request, o), '/users', 'saved');
  });

  app.get('/audit', async (request, reply) => {
    const ctx = adminContext(request, o);
    const query = request.query as Record<string, string | undefined>;
    const page = Math.max(1, intOf(query.page) || 1);
    const action = query.action?.slice(0, 100) ?? '';
    const result = await o.services.audit.page(actorOf(request), {
      action: action || undefined,
      page,
      pageSize: 100,
    });
    if (wantsJson(request)) return reply.send(result);
    const hrefFor = (p: number) => {
      const params = new URLSearchParams();
      if (action) params.set('action', action);
      if (p > 1) params.set('page', String(p));
      const qs = params.toString();
      return `${request.url.split('?')[0]}${qs ? `?${qs}` : ''}`;
    };
    return sendAdminPage(
      reply,
      auditView({ ...result, page, pageSize: 100, action, hrefFor }, ctx),
    );
  });
}
