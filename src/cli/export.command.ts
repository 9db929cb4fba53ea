import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Db } from '../db/database.ts';
import {
  createExportService,
  DEFAULT_REPORTING_ORG,
  EXPORT_FORMATS,
  type ExportFormat,
  isExportFormat,
} from '../services/export/export.service.ts';
import type { IdBatches } from '../services/export/project-source.ts';
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
  /**
   * The ids of the list the filters describe, in list order. Absent until the search module
   * is plugged in; then filters are refused rather than silently ignored.
   */
  idsForFilters?: (db: Db, filters: ExportFilters) => IdBatches;
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
      if (filterNames.length > 0 && !options.idsForFilters) {
        stderr.write(
          `projectory export: filtering (${filterNames.map((n) => `--${n}`).join(', ')}) is not available yet\n`,
        );
        return 2;
      }
      const started = performance.now();
      const { rows } = await withDatabase(config, async ({ db }) => {
        const reportingOrg = parsed.reportingOrgRef
          ? { ...DEFAULT_REPORTING_ORG, ref: parsed.reportingOrgRef }
          : undefined;
        const service = createExportService(db, { reportingOrg });
        const ids =
          filterNames.length > 0 ? options.idsForFilters?.(db, parsed.filters) : undefined;
        const run = (out: Writable) =>
          service.write(parsed.format, out, { publicUrl: config.publicUrl, ids });
        if (parsed.out) {
          let result = { rows: 0 };
          await writeFile(parsed.out, async (out) => {
            result = await run(out);
          });
          return result;
        }
        return run(stdout as unknown as Writable);
      });
      const seconds = (performance.now() - started) / 1000;
      stderr.write(
        `exported ${rows} projects as ${parsed.format}${parsed.out ? ` to ${parsed.out}` : ''} in ${seconds.toFixed(1)} s\n`,
      );
      return 0;
    },
  };
}

export const exportCommand = createExportCommand();
