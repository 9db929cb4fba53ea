import type { FastifyInstance } from 'fastify';
import { negotiateLocale, rememberedLocale } from '../../i18n/negotiate.ts';
import { homeView } from '../../views/pages/home.view.ts';
import { sendPage } from '../view-context.ts';
import type { PageRouteOptions } from './page-route-options.ts';

/** The front page. */
export async function homeRoutes(app: FastifyInstance, opts: PageRouteOptions) {
  app.get('/', async (request, reply) => {
    // Accept-Language decides only on a first visit to the English front page; afterwards the
    // language cookie (set by every page) and the URL decide.
    if (opts.locale.prefix === '') {
      reply.header('vary', 'Accept-Language, Cookie');
      const remembered = rememberedLocale(request.headers.cookie);
      const wanted = negotiateLocale(request.headers['accept-language']);
      if (!remembered && wanted.prefix !== '') return reply.redirect(`${wanted.prefix}/`, 302);
    }
    const model = await opts.services.projects.overview();
    return sendPage(reply, homeView(model, opts.context(request)));
  });
}
