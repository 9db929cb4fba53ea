import type { FastifyInstance, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../domain/errors.ts';
import { PAGE_SIZES } from '../../services/projects.service.ts';
import { notFoundView } from '../../views/pages/not-found.view.ts';
import { projectView } from '../../views/pages/project.view.ts';
import { projectsListView } from '../../views/pages/projects-list.view.ts';
import { localPath } from '../../views/view-context.ts';
import { sendPage } from '../view-context.ts';
import type { PageRouteOptions } from './page-route-options.ts';

function positiveInt(value: unknown, fallback: number): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

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

/** The list of projects and one project's page. */
export async function projectsRoutes(app: FastifyInstance, opts: PageRouteOptions) {
  app.get('/projects', async (request, reply) => {
    const ctx = opts.context(request);
    const query = request.query as Record<string, string | undefined>;
    const page = positiveInt(query.page, 1);
    const requestedSize = positiveInt(query.page_size, PAGE_SIZES[0]);
    const pageSize = (PAGE_SIZES as readonly number[]).includes(requestedSize)
      ? requestedSize
      : PAGE_SIZES[0];
    const { projects, total } = await opts.services.projects.listPublished(page, pageSize);
    const hrefFor = (p: number) => {
      const params = new URLSearchParams(query as Record<string, string>);
      if (p === 1) params.delete('page');
      else params.set('page', String(p));
      const qs = params.toString();
      return `${localPath(ctx, '/projects')}${qs ? `?${qs}` : ''}`;
    };
    return sendPage(reply, projectsListView({ projects, total, page, pageSize, hrefFor }, ctx));
  });

  app.get<{ Params: { slug: string } }>('/projects/:slug', async (request, reply) => {
    const ctx = opts.context(request);
    try {
      const project = await opts.services.projects.getPublished(request.params.slug);
      const back = backHref(request, localPath(ctx, '/projects'));
      return sendPage(reply, projectView({ project, backHref: back }, ctx));
    } catch (error) {
      if (error instanceof NotFoundError) return sendPage(reply, notFoundView(ctx, 'project'), 404);
      throw error;
    }
  });
}
