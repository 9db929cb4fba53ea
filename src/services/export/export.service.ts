import type { Writable } from 'node:stream';
import type { Db } from '../../db/database.ts';
import { listProjectTypes } from '../../db/project-types.repository.ts';
import type { Project } from '../../domain/projects/project.ts';
import { writeProjectsCsv } from '../../interchange/csv/csv-writer.ts';
import { writeProjectsIati } from '../../interchange/iati-export/iati-writer.ts';
import type {
  OrganisationRef,
  ReportingOrg,
} from '../../interchange/iati-export/project-to-iati.ts';
import { writeProjectsJson } from '../../interchange/json/json-writer.ts';
import { presentProjectJson } from '../../interchange/json/project-json.ts';
import { writeProjectsXlsx, XLSX_CONTENT_TYPE } from '../../interchange/xlsx/xlsx-writer.ts';
import { type IdBatches, projectsOf, publishedProjects } from './project-source.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'iati'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a client is told about each format. */
export const EXPORT_FORMAT_INFO: Record<ExportFormat, { contentType: string; extension: string }> =
  {
    csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
    xlsx: { contentType: XLSX_CONTENT_TYPE, extension: 'xlsx' },
    json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
    iati: { contentType: 'application/xml; charset=utf-8', extension: 'xml' },
  };

/** True for a format name the export knows. */
export const isExportFormat = (value: string): value is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(value);

/**
 * The publisher named in IATI exports. Deployments should set their own IATI organisation
 * identifier; this stand-in is marked as a secondary reporter either way.
 */
export const DEFAULT_REPORTING_ORG: ReportingOrg = {
  ref: 'XI-PROJECTORY',
  type: '90',
  name: 'Projectory related projects database',
};

export interface ExportServiceOptions {
  reportingOrg?: ReportingOrg;
}

export interface ExportRun {
  /** Origin of permalinks, e.g. https://projects.example.org. */
  publicUrl: string;
  /** Which projects, in which order; every published project by id when absent. */
  ids?: IdBatches;
  /** ISO date for statuses and actual/planned dates; today when absent. */
  today?: string;
  /** ISO timestamp of the file; now when absent. */
  now?: string;
  /**
   * The API's presenter for JSON (src/http/presenters/project.presenter.ts, passed in by the
   * caller because services do not import http); the interchange allow-list when absent.
   */
  presentJson?: (project: Project, today: string) => unknown;
}

// Organisations are few next to projects: their identifiers are read once per export.
async function organisationRefs(db: Db) {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'iati_identifier', 'iati_type'])
    .execute();
  return new Map(
    rows.map((r): [number, OrganisationRef] => [
      r.id,
      { ref: r.iati_identifier, type: r.iati_type },
    ]),
  );
}

/** Streams lists of projects out as CSV, XLSX, JSON or IATI XML, batch by batch. */
export function createExportService(db: Db, options: ExportServiceOptions = {}) {
  const reportingOrg = options.reportingOrg ?? DEFAULT_REPORTING_ORG;

  return {
    /**
     * Writes the projects to `out` in `format` as they are read, never holding more than two
     * chunks; does not end `out`. Resolves to the number of projects written.
     */
    async write(format: ExportFormat, out: Writable, run: ExportRun): Promise<{ rows: number }> {
      const publicUrl = run.publicUrl.replace(/\/+$/, '');
      const now = run.now ?? new Date().toISOString();
      const today = run.today ?? now.slice(0, 10);
      const projects = () => (run.ids ? projectsOf(db, run.ids) : publishedProjects(db));
      const ctx = { publicUrl, today };
      switch (format) {
        case 'csv':
          return writeProjectsCsv(projects(), out, ctx);
        case 'xlsx':
          return writeProjectsXlsx(projects(), out, ctx);
        case 'json':
          return writeProjectsJson(projects(), out, (p) =>
            run.presentJson ? run.presentJson(p, today) : presentProjectJson(p, publicUrl),
          );
        case 'iati': {
          const types = await listProjectTypes(db);
          const dacCodes = new Map(types.map((t) => [t.slug, t.dacCodes]));
          const refs = await organisationRefs(db);
          return writeProjectsIati(projects(), out, {
            reportingOrg,
            today,
            generatedAt: now,
            organisationRef: (id) => refs.get(id),
            dacCodesOfType: (slug) => dacCodes.get(slug) ?? [],
          });
        }
      }
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
