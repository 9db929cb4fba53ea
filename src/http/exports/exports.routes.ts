import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../../services/export/export.service.ts';
import type { IdBatches } from '../../services/export/project-source.ts';
import { searchIdBatches } from '../../services/export/search-ids.ts';
import type { Services } from '../../services/services.ts';
import { presentProject } from '../presenters/project.presenter.ts';

export interface ExportRoutesOptions {
  /** The app's services; their `exports` member serves these routes. */
  services: Services;
  publicUrl: string;
  /** Today's date (ISO), as the rest of the app sees it. */
  today?: () => string;
  /** The scope's language: search snippets and labels. */
  locale?: { code: string };
  /**
   * The projects of the list the query string describes, as id batches in list order. When
   * absent, the search service finds them; with no list parameters at all, every published
   * project is exported in id order (the fast path).
   */
  idsForQuery?: (query: Record<string, string | string[] | undefined>) => IdBatches;
}

const ROUTES: Record<string, ExportFormat> = {
  '/projects.csv': 'csv',
  '/projects.xlsx': 'xlsx',
  '/projects.json': 'json',
  '/projects.xml': 'iati',
};

const isClosedOutput = (error: unknown) =>
  error instanceof Error && error.message.includes('output was closed');

// Paging belongs to the page, not to the download: an export is the whole list.
const NOT_FILTERS = new Set(['page', 'page_size']);

async function listIds(
  opts: ExportRoutesOptions,
  raw: Record<string, string | string[] | undefined>,
  today: string | undefined,
): Promise<IdBatches | undefined> {
  const search = (opts.services as Partial<Services>).search;
  if (!search || Object.keys(raw).every((k) => NOT_FILTERS.has(k))) return undefined;
  const query = await search.parseStrict(raw);
  return searchIdBatches(search, query, {
    today: today ?? new Date().toISOString().slice(0, 10),
    language: opts.locale?.code ?? 'en',
  });
}

/** Downloads of the project list: /projects.csv, .xlsx, .json and .xml (IATI 2.03), streamed. */
export async function exportRoutes(app: FastifyInstance, opts: ExportRoutesOptions) {
  const exports = opts.services.exports;
  for (const [path, format] of Object.entries(ROUTES)) {
    app.get(path, async (request: FastifyRequest, reply) => {
      const query = request.query as Record<string, string | string[] | undefined>;
      const today = opts.today?.();
      // A bad parameter throws a ValidationError here, before any byte leaves: the app's error
      // handler answers 400 naming it.
      const ids = opts.idsForQuery?.(query) ?? (await listIds(opts, query, today));
      const info = EXPORT_FORMAT_INFO[format];
      const body = new PassThrough();
      exports
        .write(format, body, { publicUrl: opts.publicUrl, ids, today, presentJson: presentProject })
        .then(
          () => body.end(),
          (error: unknown) => {
            if (isClosedOutput(error)) request.log.debug('export stopped: the client went away');
            else request.log.error({ err: error }, 'export failed after it had started');
            // The status line is gone already; cutting the body short is all that is left.
            body.destroy(error as Error);
          },
        );
      const date = (today ?? new Date().toISOString()).slice(0, 10);
      return reply
        .header('content-type', info.contentType)
        .header('content-disposition', `attachment; filename="projects-${date}.${info.extension}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(body);
    });
  }
}
