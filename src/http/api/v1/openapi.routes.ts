import type { FastifyInstance } from 'fastify';
import { openApiDocument } from './openapi.ts';

/** GET /api/v1/openapi.json: the API's description, for clients and code generators. */
export async function openApiRoutes(app: FastifyInstance, opts: { publicUrl: string }) {
  const document = JSON.stringify(openApiDocument(opts.publicUrl));
  app.get('/api/v1/openapi.json', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    return reply.type('application/json; charset=utf-8').send(document);
  });
}
