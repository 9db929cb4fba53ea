import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { DatabaseHandle, Db } from '../db/database.ts';
import { ValidationError } from '../domain/errors.ts';
import { presentProject } from '../http/presenters/project.presenter.ts';
import {
  createExportService,
  DEFAULT_REPORTING_ORG,
  EXPORT_FORMATS,
  type ExportFormat,
  isExportFormat,
} from '../services/export/export.service.ts';
import type { IdBatches } from '../services/export/project-source.ts';
import { searchIdBatches } from '../services/export/search-ids.ts';
import { createSearchService } from '../services/search.service.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

const USAGE =
  'projectory export --format csv|xlsx|json|iati [--out FILE] [--reporting-org REF] [--FILTER VALUE …]';

/** The list's query parameters given as --name value (or --name=value), repeatable. */
export type ExportFilters = Record<string, string[]>;

export interface ExportArgs {
  format: ExportFormat;
  out: string | null;
  reportingOrgRef: string | null;
  filters: ExportFilters;
}

/** Reads the command's arguments; a string names what is wrong with them. */
export function parseExportArgs(args: readonly string[]): ExportArgs | string {
  const parsed: ExportArgs = { format: 'csv', out: null, reportingOrgRef: null, filters: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const m = /^--([a-z][a-z0-9_-]*)(?:=(.*))?$/i.exec(arg);
    if (!m) return `unexpected argument "${arg}"`;
    const name = m[1]!;
    const value = m[2] ?? args[++i];
    if (value === undefined) return `--${name} needs a value`;
    if (name === 'format') {
      if (!isExportFormat(value)) return `unknown format "${value}" (${EXPORT_FORMATS.join(', ')})`;
      parsed.format = value;
    } else if (name === 'out') parsed.out = value;
    else if (name === 'reporting-org') parsed.reportingOrgRef = value;
    else {
      parsed.filters[name] = [...(parsed.filters[name] ?? []), value];
    }
  }
  return parsed;
}

export interface ExportCommandOptions {
  /** The ids of the list the filters describe, in list order (default: the search service). */
  idsForFilters?: (db: Db, filters: ExportFilters) => IdBatches;
}

/** The list the filters describe, through the search service unless the caller plugs in its own. */
async function filteredIds(
  handle: DatabaseHandle,
  filters: ExportFilters,
  options: ExportCommandOptions,
): Promise<IdBatches> {
  if (options.idsForFilters) return options.idsForFilters(handle.db, filters);
  const search = createSearchService(handle);
  const query = await search.parseStrict(filters);
  return searchIdBatches(search, query, {
    today: new Date().toISOString().slice(0, 10),
    language: 'en',
  });
}

async function writeFile(path: string, write: (out: Writable) => Promise<unknown>) {
  // A failed export must not leave a file that looks whole: write beside it, then rename.
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  try {
    await write(file);
    await new Promise<void>((resolve, reject) => {
      file.on('error', reject);
      file.end(resolve);
    });
    await rename(partial, path);
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** `projectory export`: the published projects (or a filtered list) to a file or stdout. */
export function createExportCommand(options: ExportCommandOptions = {}): Command {
  return {
    name: 'export',
    summary: 'write the projects as CSV, XLSX, JSON or IATI 2.03 XML',
    usage: USAGE,
    async run(args, { config, stdout, stderr }) {
      const parsed = parseExportArgs(args);
      if (typeof parsed === 'string') {
        stderr.write(`projectory export: ${parsed}\nUsage: ${USAGE}\n`);
        return 2;
      }
      const filterNames = Object.keys(parsed.filters);
      const started = performance.now();
      const exported = await withDatabase(config, async (handle) => {
        const { db } = handle;
        const reportingOrg = parsed.reportingOrgRef
          ? { ...DEFAULT_REPORTING_ORG, ref: parsed.reportingOrgRef }
          : undefined;
        const service = createExportService(db, { reportingOrg });
        const ids =
          filterNames.length > 0 ? await filteredIds(handle, parsed.filters, options) : undefined;
        const run = (out: Writable) =>
          service.write(parsed.format, out, {
            publicUrl: config.publicUrl,
            ids,
            presentJson: presentProject,
          });
        if (parsed.out) {
          let result = { rows: 0 };
          await writeFile(parsed.out, async (out) => {
            result = await run(out);
          });
          return result;
        }
        return run(stdout as unknown as Writable);
      }).catch((error: unknown) => {
        if (!(error instanceof ValidationError)) throw error;
        stderr.write(`projectory export: ${error.message}\n`);
        return null;
      });
      if (!exported) return 2;
      const { rows } = exported;
      const seconds = (performance.now() - started) / 1000;
      stderr.write(
        `exported ${rows} projects as ${parsed.format}${parsed.out ? ` to ${parsed.out}` : ''} in ${seconds.toFixed(1)} s\n`,
      );
      return 0;
    },
  };
}

export const exportCommand = createExportCommand();
