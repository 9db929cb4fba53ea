import type { FastifyInstance } from 'fastify';
import type { RawParams } from '../../search/params.ts';
import { queryString } from '../../search/params.ts';
import { DEFAULT_BUDGET_CURRENCY } from '../../search/search.ts';
import { projectsListView } from '../../views/pages/projects-list.view.ts';
import { localPath } from '../../views/view-context.ts';
import { sendPage } from '../view-context.ts';
import type { PageRouteOptions } from './page-route-options.ts';

/** The list of projects: search, filters with counts, sorting and pages, all in the URL. */
export async function projectsListRoutes(app: FastifyInstance, opts: PageRouteOptions) {
  app.get('/projects', async (request, reply) => {
    const ctx = opts.context(request);
    const search = opts.services.search;
    // Invalid values are left out and named in a note; the rest of the list still works.
    const { query, issues } = await search.parse(request.query as RawParams);
    const page = await search.search(query, { today: ctx.today, language: ctx.locale.code });
    const currencies = [
      ...new Set([
        DEFAULT_BUDGET_CURRENCY,
        query.budgetCurrency,
        ...page.facets.currency.map((o) => o.value),
      ]),
    ].sort();
    const base = localPath(ctx, '/projects');
    return sendPage(
      reply,
      projectsListView(
        { page, issues, hrefFor: (q) => `${base}${queryString(q)}`, currencies },
        ctx,
      ),
    );
  });
}
