import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { adminEn } from '../i18n/messages/admin.en.ts';
import { iatiWarningText } from '../interchange/iati/iati-warnings.ts';
import { isSheetFileName } from '../interchange/sheet/sheet-reader.ts';
import { type ImportReport, importIatiFile } from '../services/import/iati-import.service.ts';
import { importSheetFile } from '../services/sheet-import/sheet-import.service.ts';
import { formatSheetReport } from '../services/sheet-import/sheet-report.ts';
import type { Command } from './command.ts';
import { ProgressLine } from './import.command.progress.ts';
import { withDatabase } from './with-database.ts';

const USAGE =
  'projectory import FILE|DIR… [--publish] [--force] [--reader-thread] [--preview] [--clear-empty]';
const SHOWN_WARNINGS = 10;

interface Parsed {
  paths: string[];
  force: boolean;
  /** New projects are published at once (otherwise drafts, for review). */
  publish: boolean;
  /** IATI files: parse and map in a second thread (faster with a spare core, more memory). */
  readerThread: boolean;
  /** Show what would change, write nothing (IATI files: the whole import, rolled back). */
  preview: boolean;
  /** Spreadsheets only: an empty cell clears the field. */
  clearEmpty: boolean;
}

function parseArgs(args: string[]): Parsed | string {
  const parsed: Parsed = {
    paths: [],
    force: false,
    publish: false,
    readerThread: false,
    preview: false,
    clearEmpty: false,
  };
  for (const arg of args) {
    if (arg === '--force') parsed.force = true;
    else if (arg === '--publish') parsed.publish = true;
    // New projects are drafts by default now; --draft, which asked for that, is kept harmless.
    else if (arg === '--draft') continue;
    else if (arg === '--reader-thread') parsed.readerThread = true;
    else if (arg === '--preview') parsed.preview = true;
    else if (arg === '--clear-empty') parsed.clearEmpty = true;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else parsed.paths.push(arg);
  }
  return parsed.paths.length > 0 ? parsed : 'name at least one file or folder';
}

/** The files to import: each FILE as given, and the *.xml files under each DIR, sorted. */
function expand(path: string): string[] {
  const info = statSync(path);
  if (!info.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = join(path, entry.name);
      if (entry.isDirectory()) return expand(full);
      return entry.isFile() && entry.name.toLowerCase().endsWith('.xml') ? [full] : [];
    });
}

/** The report of one file, as plain lines. */
export function formatReport(r: ImportReport): string {
  const mb = r.bytes / 1e6;
  const speed = r.seconds > 0 ? ` at ${(mb / r.seconds).toFixed(1)} MB/s` : '';
  const would = r.preview ? 'would be ' : '';
  // Updates keep each project's state; only what is created needs saying.
  const as =
    r.created === 0 ? '' : r.createdAs === 'published' ? ' published' : ' as drafts for review';
  const lines = [
    `${r.file}: ${r.activities} activities: ${r.created} ${would}created${as}, ${r.updated} ${would}updated, ${r.unchanged} unchanged, ${r.skipped.length} ${would}skipped (${mb.toFixed(1)} MB in ${r.seconds.toFixed(1)} s${speed})`,
  ];
  for (const s of r.skipped) {
    lines.push(
      `  skipped activity ${s.activity}${s.iatiIdentifier ? ` (${s.iatiIdentifier})` : ''}: ${s.reason}`,
    );
  }
  for (const w of r.warnings.slice(0, SHOWN_WARNINGS))
    lines.push(
      `  warning ${w.iatiIdentifier}: ${iatiWarningText(w, adminEn.imports.iatiWarnings)}`,
    );
  if (r.warningCount > SHOWN_WARNINGS)
    lines.push(`  … and ${r.warningCount - SHOWN_WARNINGS} more warnings`);
  for (const e of r.errors) lines.push(`  error: ${e.message}`);
  if (r.preview && r.errors.length === 0) lines.push('  preview: nothing was written');
  else if (!r.committed) lines.push('  nothing of this file was written');
  return `${lines.join('\n')}\n`;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import IATI activity files (XML), folders of them, or spreadsheets (CSV, XLSX)',
  usage: USAGE,
  async run(args, { config, stdout, stderr }) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      stderr.write(`projectory import: ${parsed}\nUsage: ${USAGE}\n`);
      return 2;
    }
    let failed = false;
    const files: string[] = [];
    for (const path of parsed.paths) {
      try {
        files.push(...expand(path));
      } catch (error) {
        stderr.write(
          `projectory import: cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? error}\n`,
        );
        failed = true;
      }
    }
    const progress = new ProgressLine(stderr);
    await withDatabase(config, async ({ db, dialect }) => {
      await dialect.prepareForBulkWrites(db);
      for (const file of files) {
        if (isSheetFileName(file)) {
          const report = await importSheetFile(db, file, {
            dryRun: parsed.preview,
            clearEmpty: parsed.clearEmpty,
            state: parsed.publish ? 'published' : 'draft',
          });
          stdout.write(formatSheetReport(report));
          if (report.counts.create > 0)
            stdout.write(
              `  new projects ${parsed.publish ? 'are published' : 'are drafts for review (--publish to publish them)'}\n`,
            );
          if (report.fileError || report.counts.error > 0) failed = true;
          continue;
        }
        progress.start();
        const report = await importIatiFile(db, file, {
          force: parsed.force,
          state: parsed.publish ? 'published' : 'draft',
          readerThread: parsed.readerThread,
          preview: parsed.preview,
          onProgress: (p) => progress.update(basename(file), p),
        });
        progress.clear();
        stdout.write(formatReport(report));
        if (report.errors.length > 0 || (!report.committed && !report.preview)) failed = true;
      }
    });
    return failed ? 1 : 0;
  },
};
