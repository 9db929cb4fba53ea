import { readFile } from 'node:fs/promises';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PublicationState } from '../../domain/projects/project.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { statusOf } from '../../services/import-runs/import-run.ts';
import {
  type ImportLimits,
  importsView,
  megabytes,
  type UploadProblem,
} from '../../views/admin/imports.view.ts';
import { iatiRunView } from '../../views/admin/imports-run.view.ts';
import { sheetPreviewView, sheetReportView } from '../../views/admin/imports-sheet.view.ts';
import { actorOf } from '../auth/session.ts';
import { type ReceivedUpload, receiveUpload } from './imports-upload.ts';
import {
  type AdminRouteOptions,
  adminContext,
  intOf,
  redirectTo,
  sendAdminPage,
  wantsJson,
} from './respond.ts';

/** Upload limits: IATI files can be very large (they stream); spreadsheets are read whole. */
export const IMPORT_LIMITS: ImportLimits = {
  iatiBytes: 512 * 1024 * 1024,
  sheetBytes: 20 * 1024 * 1024,
};
const MAX_IATI_FILES = 20;

type IdParams = { Params: { id: string } };

// New projects are drafts for review unless the person importing chose to publish them.
const stateOf = (value: string | undefined): PublicationState =>
  value === 'published' ? 'published' : 'draft';

/**
 * Editors and admins: the imports page with its two upload forms, an IATI run's progress and
 * report, a spreadsheet's preview and the import of its valid rows.
 */
export async function importRoutes(app: FastifyInstance, o: AdminRouteOptions) {
  // Registered here, so only these routes accept multipart bodies. A file over the limit is
  // marked truncated rather than thrown, so the rest of the request is read and answered.
  await app.register(multipart, { throwFileSizeLimit: false });
  const imports = o.services.imports;

  async function indexPage(
    request: FastifyRequest,
    reply: FastifyReply,
    status = 200,
    problem: UploadProblem | null = null,
  ) {
    const runs = await imports.list(actorOf(request));
    return sendAdminPage(
      reply,
      importsView({ runs, limits: IMPORT_LIMITS, problem }, adminContext(request, o)),
      status,
    );
  }

  /** Answers a refused upload: the imports page with the problem above its form (or JSON). */
  async function refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    form: UploadProblem['form'],
    status: number,
    message: string,
  ) {
    if (wantsJson(request)) return reply.code(status).send({ error: 'upload_refused', message });
    return indexPage(request, reply, status, { form, message });
  }

  /** The problem with an upload, if any: nothing sent, too large, too many parts. */
  function problemOf(request: FastifyRequest, upload: ReceivedUpload | undefined, max: number) {
    const e = o.locale.messages.admin.imports.errors;
    const ctx = adminContext(request, o);
    if (upload?.broken === 'too-many') return { status: 413, message: e.tooMany };
    if (upload?.broken) return { status: 400, message: e.badUpload };
    if (upload && upload.tooLarge.length > 0)
      return { status: 413, message: e.tooLarge(upload.tooLarge[0]!, megabytes(max, ctx)) };
    if (!upload || upload.files.length === 0) return { status: 400, message: e.noFile };
    return null;
  }

  app.get('/imports', async (request, reply) => {
    if (wantsJson(request)) return reply.send({ runs: await imports.list(actorOf(request)) });
    return indexPage(request, reply);
  });

  app.post(
    '/imports/iati',
    {
      preValidation: receiveUpload({
        maxFileBytes: IMPORT_LIMITS.iatiBytes,
        maxFiles: MAX_IATI_FILES,
      }),
    },
    async (request, reply) => {
      const upload = request.upload;
      const problem = problemOf(request, upload, IMPORT_LIMITS.iatiBytes);
      if (problem || !upload) {
        await upload?.cleanup();
        return refuse(request, reply, 'iati', problem!.status, problem!.message);
      }
      const id = await imports.startIati(
        actorOf(request),
        { files: upload.files, cleanup: upload.cleanup },
        { state: stateOf(upload.fields.state), force: upload.fields.force === '1' },
        { ip: request.ip },
      );
      if (wantsJson(request)) return reply.code(202).send({ id });
      return redirectTo(reply, adminContext(request, o), `/imports/${id}`);
    },
  );

  app.post(
    '/imports/sheet',
    { preValidation: receiveUpload({ maxFileBytes: IMPORT_LIMITS.sheetBytes, maxFiles: 1 }) },
    async (request, reply) => {
      const upload = request.upload;
      const problem = problemOf(request, upload, IMPORT_LIMITS.sheetBytes);
      if (problem || !upload) {
        await upload?.cleanup();
        return refuse(request, reply, 'sheet', problem!.status, problem!.message);
      }
      const [file] = upload.files;
      let data: Buffer;
      try {
        data = await readFile(file!.path);
      } finally {
        await upload.cleanup();
      }
      const language = upload.fields.language;
      const id = await imports.createSheetRun(
        actorOf(request),
        { name: file!.name, data },
        {
          clearEmpty: upload.fields.clearEmpty === '1',
          state: stateOf(upload.fields.state),
          language: LOCALES.some((l) => l.code === language) ? language : 'en',
        },
      );
      if (wantsJson(request)) return reply.code(201).send({ id });
      return redirectTo(reply, adminContext(request, o), `/imports/${id}`);
    },
  );

  app.get<IdParams>('/imports/:id', async (request, reply) => {
    const ctx = adminContext(request, o);
    const id = intOf(request.params.id);
    const run = await imports.get(actorOf(request), id);
    if (run.kind === 'iati') {
      if (wantsJson(request)) return reply.send({ run });
      return sendAdminPage(reply, iatiRunView(run, ctx));
    }
    const { run: sheetRun, preview } = await imports.sheetPreview(actorOf(request), id);
    if (wantsJson(request)) return reply.send({ run: sheetRun, preview });
    return sendAdminPage(
      reply,
      preview ? sheetPreviewView({ run: sheetRun, preview }, ctx) : sheetReportView(sheetRun, ctx),
    );
  });

  app.get<IdParams>('/imports/:id/status', async (request, reply) => {
    const run = await imports.get(actorOf(request), intOf(request.params.id));
    return reply.header('cache-control', 'no-store').send(statusOf(run));
  });

  app.post<IdParams>('/imports/:id/import', async (request, reply) => {
    const run = await imports.importSheetRun(actorOf(request), intOf(request.params.id), {
      ip: request.ip,
    });
    if (wantsJson(request)) return reply.send({ run });
    return redirectTo(reply, adminContext(request, o), `/imports/${run.id}`);
  });
}
