import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GoneError, NotFoundError } from '../../domain/errors.ts';
import { notFoundView } from '../../views/pages/not-found.view.ts';
import { projectView } from '../../views/pages/project.view.ts';
import { localPath } from '../../views/view-context.ts';
import { sendPage } from '../view-context.ts';
import type { PageRouteOptions } from './page-route-options.ts';

/** "Back to list" goes to the list page the visitor came from, query and all, else the list. */
function backHref(request: FastifyRequest, listPath: string): string {
  const referer = request.headers.referer;
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.host === request.headers.host && url.pathname === listPath)
        return `${url.pathname}${url.search}`;
    } catch {
      // A malformed Referer is ignored.
    }
  }
  return listPath;
}

/** One project's page. */
export async function projectRoutes(app: FastifyInstance, opts: PageRouteOptions) {
  app.get<{ Params: { slug: string } }>('/projects/:slug', async (request, reply) => {
    const ctx = opts.context(request);
    try {
      const project = await opts.services.projects.getPublished(request.params.slug);
      const back = backHref(request, localPath(ctx, '/projects'));
      const changes = await opts.services.admin.changeLog(project.id);
      return sendPage(reply, projectView({ project, backHref: back, changes }, ctx));
    } catch (error) {
      if (error instanceof NotFoundError) return sendPage(reply, notFoundView(ctx, 'project'), 404);
      if (error instanceof GoneError) return sendPage(reply, notFoundView(ctx, 'deleted'), 410);
      throw error;
    }
  });
}
