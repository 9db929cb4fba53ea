import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { LOCALES } from '../i18n/locales.ts';
import type { Services } from '../services/services.ts';
import { adminPlugin } from './admin/admin.plugin.ts';
import { openApiRoutes } from './api/v1/openapi.routes.ts';
import { projectsApiRoutes } from './api/v1/projects.routes.ts';
import { installErrorHandlers } from './error-handlers.ts';
import { exportRoutes } from './exports/exports.routes.ts';
import { feedRoutes, sitemapRoutes } from './pages/discovery.routes.ts';
import { homeRoutes } from './pages/home.routes.ts';
import { organisationRoutes } from './pages/organisation.routes.ts';
import { projectRoutes } from './pages/project.routes.ts';
import { projectsListRoutes } from './pages/projects-list.routes.ts';
import { localeOfUrl, viewContextFor } from './view-context.ts';

const PUBLIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public');

export interface AppOptions {
  services: Services;
  /** Absolute origin for canonical links, e.g. http://localhost:3000. */
  publicUrl: string;
  logLevel?: string;
  /** Today's date (ISO); a function so long-running processes and tests can set it. */
  today?: () => string;
}

/** Builds the web application (pages, assets, errors) without listening. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    trustProxy: true,
    // Long query strings are refused by the parser below, not by a 414 from deep inside.
    routerOptions: { maxParamLength: 500 },
  });
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const contextFor = (
    request: Parameters<typeof viewContextFor>[0],
    locale = localeOfUrl(request.url),
  ) => viewContextFor(request, locale, options.publicUrl, today());
  installErrorHandlers(app, contextFor);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Same-origin referrers let "Back to list" return to the exact list the visitor came from.
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(formbody);
  await app.register(fastifyStatic, {
    root: PUBLIC_DIR,
    prefix: '/assets/',
    maxAge: '1h',
    decorateReply: false,
  });

  app.get('/health', async () => ({ ok: true }));
  await app.register(projectsApiRoutes, { services: options.services, today });
  await app.register(openApiRoutes, { publicUrl: options.publicUrl });
  await app.register(adminPlugin, {
    services: options.services,
    publicUrl: options.publicUrl,
    today,
  });
  await app.register(sitemapRoutes, { services: options.services, publicUrl: options.publicUrl });

  for (const locale of LOCALES) {
    const pageOptions = {
      locale,
      services: options.services,
      context: (r: any) => contextFor(r, locale),
    };
    await app.register(
      async (scope) => {
        await scope.register(homeRoutes, pageOptions);
        await scope.register(projectsListRoutes, pageOptions);
        await scope.register(projectRoutes, pageOptions);
        await scope.register(organisationRoutes, pageOptions);
        await scope.register(feedRoutes, pageOptions);
        await scope.register(exportRoutes, { ...pageOptions, publicUrl: options.publicUrl, today });
      },
      { prefix: locale.prefix },
    );
  }

  return app;
}
