import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../../domain/errors.ts';
import { notFoundView } from '../../views/pages/not-found.view.ts';
import { organisationView } from '../../views/pages/organisation.view.ts';
import { sendPage } from '../view-context.ts';
import type { PageRouteOptions } from './page-route-options.ts';

/** One organisation's page. */
export async function organisationRoutes(app: FastifyInstance, opts: PageRouteOptions) {
  app.get<{ Params: { slug: string } }>('/organisations/:slug', async (request, reply) => {
    const ctx = opts.context(request);
    try {
      const model = await opts.services.organisations.getWithProjects(request.params.slug);
      return sendPage(reply, organisationView(model, ctx));
    } catch (error) {
      if (error instanceof NotFoundError) return sendPage(reply, notFoundView(ctx), 404);
      throw error;
    }
  });
}
