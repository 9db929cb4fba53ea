import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, GoneError, NotFoundError, ValidationError } from '../domain/errors.ts';
import { errorView, notFoundView } from '../views/pages/not-found.view.ts';
import type { ViewContext } from '../views/view-context.ts';
import { sendPage } from './view-context.ts';

const isApi = (url: string) => url.startsWith('/api/');

/**
 * The one place errors become responses: JSON for the API, pages for people. 4xx bodies name
 * the problem; 5xx bodies reveal nothing and the cause is logged. Install before any route, so
 * every route inherits it.
 */
export function installErrorHandlers(
  app: FastifyInstance,
  contextFor: (request: FastifyRequest) => ViewContext,
) {
  app.setNotFoundHandler((request, reply) => {
    if (isApi(request.url)) {
      return reply
        .code(404)
        .send({ error: 'not_found', message: `no route ${request.method} ${request.url}` });
    }
    return sendPage(reply, notFoundView(contextFor(request)), 404);
  });

  app.setErrorHandler((error, request, reply) => {
    const api = isApi(request.url);
    if (error instanceof NotFoundError || error instanceof GoneError) {
      const status = error instanceof GoneError ? 410 : 404;
      return api
        ? reply.code(status).send({ error: error.code, message: error.message })
        : sendPage(
            reply,
            notFoundView(contextFor(request), status === 410 ? 'deleted' : 'page'),
            status,
          );
    }
    if (error instanceof ValidationError) {
      return reply
        .code(400)
        .send({ error: error.code, message: error.message, issues: error.issues });
    }
    if (error instanceof DomainError) {
      return reply.code(409).send({ error: error.code, message: error.message });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      const message = (error as Error).message;
      return api
        ? reply.code(status).send({ error: 'bad_request', message })
        : reply.code(status).type('text/plain; charset=utf-8').send(message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return api
      ? reply.code(500).send({ error: 'internal', message: 'internal error' })
      : sendPage(reply, errorView(contextFor(request)), 500);
  });
}
