import type { FastifyInstance } from 'fastify';
import type { Services } from '../../services/services.ts';
import { atomFeed, sitemapIndexXml, sitemapXml } from '../../views/pages/discovery.view.ts';
import type { PageRouteOptions } from './page-route-options.ts';

// Each URL appears once per language, and a sitemap holds at most 50,000 URLs.
const PROJECTS_PER_SITEMAP = 20_000;

/** Sitemaps and robots.txt: one set for the whole site, whatever the language. */
export async function sitemapRoutes(
  app: FastifyInstance,
  opts: { services: Services; publicUrl: string },
) {
  const discovery = opts.services.discovery;
  app.get('/robots.txt', async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(`User-agent: *\nDisallow: /admin/\nSitemap: ${opts.publicUrl}/sitemap.xml\n`),
  );
  app.get('/sitemap.xml', async (_request, reply) => {
    const starts = await discovery.sitemapPageStarts(PROJECTS_PER_SITEMAP);
    return reply
      .type('application/xml; charset=utf-8')
      .send(sitemapIndexXml(opts.publicUrl, starts).toString());
  });
  app.get('/sitemaps/pages.xml', async (_request, reply) => {
    const organisations = await discovery.organisationSlugs();
    const entries = [
      { path: '/' },
      { path: '/projects' },
      ...organisations.map((s) => ({ path: `/organisations/${s}` })),
    ];
    return reply
      .type('application/xml; charset=utf-8')
      .send(sitemapXml(opts.publicUrl, entries).toString());
  });
  app.get<{ Querystring: { after?: string } }>('/sitemaps/projects.xml', async (request, reply) => {
    const after = Number(request.query.after ?? '0');
    if (!Number.isSafeInteger(after) || after < 0) {
      return reply
        .code(400)
        .send({ error: 'bad_request', message: 'after: must be a non-negative whole number' });
    }
    const rows = await discovery.projectSlugsPage(after, PROJECTS_PER_SITEMAP);
    const entries = rows.map((r) => ({ path: `/projects/${r.slug}`, lastmod: r.updated_at }));
    return reply
      .type('application/xml; charset=utf-8')
      .send(sitemapXml(opts.publicUrl, entries).toString());
  });
}

/** The Atom feed of the latest projects, in each language. */
export async function feedRoutes(app: FastifyInstance, opts: PageRouteOptions) {
  app.get('/feed.atom', async (request, reply) => {
    const projects = await opts.services.discovery.latestProjects(50);
    return reply
      .type('application/atom+xml; charset=utf-8')
      .send(atomFeed(projects, opts.context(request)).toString());
  });
}
