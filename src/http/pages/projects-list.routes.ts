import type { FastifyInstance } from 'fastify';
import { PAGE_SIZES } from '../../services/projects.service.ts';
import { projectsListView } from '../../views/pages/projects-list.view.ts';
import { localPath } from '../../views/view-context.ts';
import { sendPage } from '../view-context.ts';
import type { PageRouteOptions } from './page-route-options.ts';

function positiveInt(value: unknown, fallback: number): number {
  const n = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/** The list of projects. */
export async function projectsListRoutes(app: FastifyInstance, opts: PageRouteOptions) {
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
}
