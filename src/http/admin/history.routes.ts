import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../../domain/errors.ts';
import { diffView, historyView } from '../../views/admin/history.view.ts';
import { actorOf, originOf } from '../auth/session.ts';
import {
  type AdminRouteOptions,
  adminContext,
  field,
  intOf,
  redirectTo,
  sendAdminPage,
  wantsJson,
} from './respond.ts';

type SlugParams = { Params: { slug: string } };

/** A project's history, the diff between two revisions, and restoring one. */
export async function historyRoutes(app: FastifyInstance, o: AdminRouteOptions) {
  const editing = o.services.editing;

  app.get<SlugParams>('/projects/:slug/history', async (request, reply) => {
    const ctx = adminContext(request, o);
    const h = await editing.history(actorOf(request), request.params.slug);
    if (wantsJson(request))
      return reply.send({ version: h.project.version, revisions: h.revisions });
    const model = {
      slug: h.project.slug,
      title: h.project.title,
      version: h.project.version,
      revisions: h.revisions,
      editable: h.editable,
    };
    return sendAdminPage(reply, historyView(model, ctx));
  });

  app.get<SlugParams>('/projects/:slug/diff', async (request, reply) => {
    const ctx = adminContext(request, o);
    const query = request.query as Record<string, string | undefined>;
    const from = intOf(query.from);
    const to = intOf(query.to);
    if (Number.isNaN(from) || Number.isNaN(to))
      throw new ValidationError([{ field: 'from', message: 'choose two versions' }]);
    const d = await editing.compare(actorOf(request), request.params.slug, from, to, o.locale.code);
    if (wantsJson(request)) return reply.send({ from, to, changes: d.changes });
    const model = {
      slug: request.params.slug,
      title: d.to.snapshot.title,
      from: d.from,
      to: d.to,
      changes: d.changes,
      editable: d.editable,
      currentVersion: d.currentVersion,
    };
    return sendAdminPage(reply, diffView(model, ctx));
  });

  app.post<SlugParams>('/projects/:slug/restore', async (request, reply) => {
    const ctx = adminContext(request, o);
    const revision = intOf(field(request, 'revision'));
    const expected = intOf(field(request, 'version'));
    if (Number.isNaN(revision) || Number.isNaN(expected))
      throw new ValidationError([{ field: 'revision', message: 'choose a revision' }]);
    const project = await editing.restore(
      actorOf(request),
      request.params.slug,
      revision,
      expected,
      originOf(request),
    );
    if (wantsJson(request)) return reply.send({ version: project.version });
    return redirectTo(reply, ctx, `/projects/${request.params.slug}/history`, 'restored');
  });
}
