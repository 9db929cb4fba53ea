import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../i18n/locales.ts';
import type { Services } from '../../services/services.ts';
import type { ViewContext } from '../../views/view-context.ts';

/** What every page plugin is registered with: its language and the services. */
export interface PageRouteOptions {
  locale: Locale;
  services: Services;
  context: (request: FastifyRequest) => ViewContext;
}
