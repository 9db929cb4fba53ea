import type { FastifyInstance } from 'fastify';
import { findLocale } from '../../../i18n/locales.ts';
import type { RawParams } from '../../../search/params.ts';
import type { Services } from '../../../services/services.ts';
import { presentProject } from '../../presenters/project.presenter.ts';
import { presentSearchPage } from '../../presenters/search.presenter.ts';

export interface ApiOptions {
  services: Services;
  today: () => string;
}

/** GET /api/v1/projects (the list page's parameters; invalid ones are a 400) and one project. */
export async function projectsApiRoutes(app: FastifyInstance, opts: ApiOptions) {
  app.get('/api/v1/projects', async (request) => {
    const search = opts.services.search;
    const raw = request.query as RawParams;
    // Throws a ValidationError naming each bad parameter; the app answers it with a 400.
    const query = await search.parseStrict(raw);
    const language = findLocale(String(raw.lang ?? ''))?.code ?? 'en';
    const today = opts.today();
    const page = await search.search(query, { today, language });
    return presentSearchPage(page, '/api/v1/projects', today);
  });

  app.get<{ Params: { slug: string } }>('/api/v1/projects/:slug', async (request) => {
    const project = await opts.services.projects.getPublished(request.params.slug);
    return presentProject(project, opts.today());
  });
}
