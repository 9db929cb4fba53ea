import type { FastifyInstance } from 'fastify';
import { homeView } from '../../views/pages/home.view.ts';
import { sendPage } from '../view-context.ts';
import type { PageRouteOptions } from './page-route-options.ts';

/** The front page. */
export async function homeRoutes(app: FastifyInstance, opts: PageRouteOptions) {
  app.get('/', async (request, reply) => {
    const model = await opts.services.projects.overview();
    return sendPage(reply, homeView(model, opts.context(request)));
  });
}
