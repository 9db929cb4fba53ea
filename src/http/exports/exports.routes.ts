import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  EXPORT_FORMAT_INFO,
  type ExportFormat,
  type ExportService,
} from '../../services/export/export.service.ts';
import type { IdBatches } from '../../services/export/project-source.ts';
import type { Services } from '../../services/services.ts';

export interface ExportRoutesOptions {
  /** The app's services; their `exports` member serves these routes. */
  services: Services;
  publicUrl: string;
  /** Today's date (ISO), as the rest of the app sees it. */
  today?: () => string;
  /**
   * The projects of the list the query string describes, as id batches in list order. Absent
   * until the search module is plugged in: then every published project is exported.
   */
  idsForQuery?: (query: Record<string, string | string[] | undefined>) => IdBatches;
}

const ROUTES: Record<string, ExportFormat> = {
  '/projects.csv': 'csv',
  '/projects.xlsx': 'xlsx',
  '/projects.json': 'json',
  '/projects.xml': 'iati',
};

function exportServiceOf(services: Services): ExportService | undefined {
  // Until services.ts builds the export service, a caller may pass services that include it.
  return (services as Services & { exports?: ExportService }).exports;
}

const isClosedOutput = (error: unknown) =>
  error instanceof Error && error.message.includes('output was closed');

/** Downloads of the project list: /projects.csv, .xlsx, .json and .xml (IATI 2.03), streamed. */
export async function exportRoutes(app: FastifyInstance, opts: ExportRoutesOptions) {
  const exports = exportServiceOf(opts.services);
  if (!exports) {
    app.log.warn('no export service in services: /projects.{csv,xlsx,json,xml} are not served');
    return;
  }
  for (const [path, format] of Object.entries(ROUTES)) {
    app.get(path, async (request: FastifyRequest, reply) => {
      const query = request.query as Record<string, string | string[] | undefined>;
      // Parsing the query may throw a ValidationError: that must happen before any byte leaves.
      const ids = opts.idsForQuery?.(query);
      const today = opts.today?.();
      const info = EXPORT_FORMAT_INFO[format];
      const body = new PassThrough();
      exports.write(format, body, { publicUrl: opts.publicUrl, ids, today }).then(
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
