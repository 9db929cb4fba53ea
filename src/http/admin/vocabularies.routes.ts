import type { FastifyInstance } from 'fastify';
import { ValidationError } from '../../domain/errors.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { organisationsView, projectTypesView } from '../../views/admin/vocabularies.view.ts';
import { actorOf } from '../auth/session.ts';
import {
  type AdminRouteOptions,
  adminContext,
  field,
  formOf,
  intOf,
  redirectTo,
  sendAdminPage,
  wantsJson,
} from './respond.ts';

const empty = { values: {}, issues: [] };

/** Admins: organisations (add, edit, merge) and project types. */
export async function vocabularyRoutes(app: FastifyInstance, o: AdminRouteOptions) {
  const vocab = o.services.vocabularies;

  const organisationInput = (request: Parameters<typeof field>[0]) => ({
    name: field(request, 'name'),
    acronym: field(request, 'acronym'),
    iatiIdentifier: field(request, 'iatiIdentifier'),
    iatiType: field(request, 'iatiType'),
    website: field(request, 'website'),
  });

  async function organisationsPage(request: Parameters<typeof field>[0], forms = {}) {
    const organisations = await vocab.organisations(actorOf(request));
    return organisationsView(
      { organisations, create: empty, merge: empty, ...forms },
      adminContext(request, o),
    );
  }

  app.get('/organisations', async (request, reply) => {
    if (wantsJson(request))
      return reply.send({ organisations: await vocab.organisations(actorOf(request)) });
    return sendAdminPage(reply, await organisationsPage(request));
  });

  app.post('/organisations', async (request, reply) => {
    try {
      const saved = await vocab.saveOrganisation(actorOf(request), organisationInput(request));
      if (wantsJson(request)) return reply.code(201).send({ organisation: saved });
      return redirectTo(reply, adminContext(request, o), '/organisations', 'saved');
    } catch (error) {
      if (!(error instanceof ValidationError) || wantsJson(request)) throw error;
      const create = { values: formOf(request), issues: error.issues };
      return sendAdminPage(reply, await organisationsPage(request, { create }), 400);
    }
  });

  app.post('/organisations/merge', async (request, reply) => {
    try {
      const r = await vocab.mergeOrganisations(
        actorOf(request),
        field(request, 'keep'),
        field(request, 'drop'),
      );
      if (wantsJson(request)) return reply.send(r);
      return redirectTo(reply, adminContext(request, o), '/organisations', 'merged');
    } catch (error) {
      if (!(error instanceof ValidationError) || wantsJson(request)) throw error;
      const merge = { values: formOf(request), issues: error.issues };
      return sendAdminPage(reply, await organisationsPage(request, { merge }), 400);
    }
  });

  app.post<{ Params: { slug: string } }>('/organisations/:slug', async (request, reply) => {
    const saved = await vocab.saveOrganisation(
      actorOf(request),
      organisationInput(request),
      request.params.slug,
    );
    if (wantsJson(request)) return reply.send({ organisation: saved });
    return redirectTo(reply, adminContext(request, o), '/organisations', 'saved');
  });

  const typeInput = (request: Parameters<typeof field>[0], slug?: string) => ({
    slug,
    names: Object.fromEntries(LOCALES.map((l) => [l.code, field(request, `name.${l.code}`)])),
    dacCodes: field(request, 'dacCodes')
      .split(/[\s,;]+/)
      .filter(Boolean),
    position: intOf(field(request, 'position')) || 0,
  });

  app.get('/types', async (request, reply) => {
    const types = await vocab.projectTypes(actorOf(request));
    if (wantsJson(request)) return reply.send({ types });
    return sendAdminPage(
      reply,
      projectTypesView({ types, create: empty }, adminContext(request, o)),
    );
  });

  app.post('/types', async (request, reply) => {
    try {
      const saved = await vocab.saveProjectType(actorOf(request), typeInput(request));
      if (wantsJson(request)) return reply.code(201).send({ type: saved });
      return redirectTo(reply, adminContext(request, o), '/types', 'saved');
    } catch (error) {
      if (!(error instanceof ValidationError) || wantsJson(request)) throw error;
      const types = await vocab.projectTypes(actorOf(request));
      const create = { values: formOf(request), issues: error.issues };
      return sendAdminPage(
        reply,
        projectTypesView({ types, create }, adminContext(request, o)),
        400,
      );
    }
  });

  app.post<{ Params: { slug: string } }>('/types/:slug', async (request, reply) => {
    const saved = await vocab.saveProjectType(
      actorOf(request),
      typeInput(request, request.params.slug),
    );
    if (wantsJson(request)) return reply.send({ type: saved });
    return redirectTo(reply, adminContext(request, o), '/types', 'saved');
  });
}
