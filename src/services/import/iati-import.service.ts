import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { insertAuditEntry } from '../../db/audit.repository.ts';
import type { Db } from '../../db/database.ts';
import { listProjectTypes } from '../../db/project-types.repository.ts';
import { nowIso } from '../../db/time.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { PublicationState } from '../../domain/projects/project.ts';
import { IatiReadError, readIatiActivities } from '../../interchange/iati/iati-reader.ts';
import { type MappingContext, typesByDacCode } from '../../interchange/iati/iati-to-project.ts';
import type { ActivityWarning } from '../../interchange/iati/iati-warnings.ts';
import { typeSearchNames } from '../../search/documents.ts';
import { announceProjectChanges } from '../project-changes.ts';
import { mapActivity, type ReadActivity } from './activity-mapping.ts';
import { isBatchFull } from './batch-limits.ts';
import { type FileRun, importBatch, type SkippedActivity } from './iati-batch.ts';
import { type ReadProgress, readInThread } from './iati-read.thread.ts';
import { OrganisationResolver } from './organisation-resolver.ts';
import { SlugAllocator } from './slug-allocator.ts';

export type { SkippedActivity } from './iati-batch.ts';

export interface ImportProgress {
  activities: number;
  bytesRead: number;
  /** Null when reading a stream of unknown length. */
  totalBytes: number | null;
}

export interface ImportOptions {
  /** Overwrite projects edited or deleted locally since their last import. */
  force?: boolean;
  /**
   * Do everything, then roll it back: the report says what the import would do, and nothing is
   * written. Needs its own transaction (not a caller's).
   */
  preview?: boolean;
  /**
   * The publication state of projects the import creates (default: draft, for review); an
   * update keeps the state the project has, so a published one stays published.
   */
  state?: PublicationState;
  /** Activities written per group of statements (default 500). */
  batchSize?: number;
  /** The user who runs the import (the upload page), for the audit log; null from the CLI. */
  actorId?: number | null;
  /** The editor's import run (the upload page), named by each project's revision. */
  runId?: number | null;
  /** The name the report and the projects' provenance give the file (default: the path's last
   * part, or "stream"). */
  fileName?: string;
  /**
   * Read and map a file (not a stream) in a worker thread beside the writes, so the event loop
   * stays freer for other requests (the web process's uploads), and with a spare core the
   * import runs faster. Costs ~0.3 s to start, ~60 MB of memory and some CPU (docs/IMPORT.md).
   */
  readerThread?: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

/** A reason the whole file was not imported; line and column when the XML is at fault. */
export interface ImportError {
  message: string;
  line: number | null;
  column: number | null;
}

export interface ImportReport {
  file: string;
  /** Activities read from the file (all of them, whatever became of them). */
  activities: number;
  created: number;
  /** The state the created projects were given: drafts for review unless asked to publish. */
  createdAs: PublicationState;
  updated: number;
  unchanged: number;
  skipped: SkippedActivity[];
  /** Values that were read but left out of a project, the first 1,000 of them. */
  warnings: ActivityWarning[];
  warningCount: number;
  errors: ImportError[];
  /** False when an error rolled the whole file back (or it was a preview): nothing written. */
  committed: boolean;
  /** A preview: the counts are what the import would do; it was rolled back. */
  preview: boolean;
  bytes: number;
  seconds: number;
}

const MAX_WARNINGS = 1000;

/** Thrown at the end of a preview's transaction to roll it back, carrying its counts. */
class PreviewDone extends Error {
  constructor(readonly totals: { created: number; updated: number; unchanged: number }) {
    super('preview: rolled back');
  }
}

function errorOf(error: unknown): ImportError {
  if (error instanceof IatiReadError) {
    return { message: error.message, line: error.line, column: error.column };
  }
  return { message: (error as Error)?.message ?? String(error), line: null, column: null };
}

/** Reads and maps in this thread: for streams (and when the reader thread is turned off);
 * batches of `batchSize` activities or MAX_BATCH_BYTES of the file. */
export async function* readHere(
  source: string | Readable,
  mapping: MappingContext,
  batchSize: number,
  progress: ReadProgress,
): AsyncGenerator<ReadActivity[], void, undefined> {
  // Opened here, so a failure before the first read leaves no file handle behind.
  const input =
    typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
  let bytes = 0;
  let batchStart = 0;
  let read = 0;
  let items: ReadActivity[] = [];
  const onBytes = (b: number) => {
    bytes = b;
    progress(read, bytes);
  };
  try {
    for await (const activity of readIatiActivities(input, { onBytes })) {
      read++;
      items.push(mapActivity(activity, mapping));
      if (isBatchFull(items.length, bytes - batchStart, batchSize)) {
        yield items;
        items = [];
        batchStart = bytes;
      }
    }
    yield items;
  } finally {
    progress(read, bytes);
  }
}

/**
 * Imports one IATI activity file (a path or a stream) in ONE transaction: every batch is written
 * as it is read, and the whole file commits only when its last byte has parsed, so a broken or
 * truncated file leaves nothing behind. Upserts by iati-identifier; never throws for bad input:
 * the report says what was created, updated, unchanged or skipped (with reasons) or why the file
 * failed. Memory holds one batch plus the organisations met so far, whatever the file's size.
 */
export async function importIatiFile(
  db: Db,
  source: string | Readable,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const started = performance.now();
  const file = options.fileName ?? (typeof source === 'string' ? basename(source) : 'stream');
  const report: ImportReport = {
    file,
    activities: 0,
    created: 0,
    createdAs: options.state ?? 'draft',
    updated: 0,
    unchanged: 0,
    skipped: [],
    warnings: [],
    warningCount: 0,
    errors: [],
    committed: false,
    preview: options.preview === true,
    bytes: 0,
    seconds: 0,
  };
  const batchSize = options.batchSize ?? 500;
  try {
    if (options.preview && db.isTransaction) {
      throw new Error('a preview needs its own transaction, to roll it back');
    }
    const totalBytes = typeof source === 'string' ? (await stat(source)).size : null;
    const progress = (activities: number, bytesRead: number) => {
      report.activities = activities;
      report.bytes = bytesRead;
      options.onProgress?.({ activities, bytesRead, totalBytes });
    };
    const counts = await inTransaction(db, async (trx) => {
      const types = await listProjectTypes(trx);
      const run: FileRun = {
        mapping: {
          typesByDacCode: typesByDacCode(types),
          sourceFile: file,
          importedAt: nowIso(),
          state: report.createdAs,
        },
        typeIds: new Map(types.map((t) => [t.slug, t.id])),
        typeNames: new Map(types.map((t) => [t.slug, typeSearchNames(t.name, t.names)])),
        organisations: new OrganisationResolver(),
        projectSlugs: new SlugAllocator('projects'),
        force: options.force ?? false,
        changedIds: [],
        revision: {
          origin: { kind: 'iati', file, run: options.runId ?? null },
          actorId: options.actorId ?? null,
        },
      };
      const totals = { created: 0, updated: 0, unchanged: 0 };
      const flush = async (batch: ReadActivity[]) => {
        const outcome = await importBatch(trx, run, batch);
        totals.created += outcome.created;
        totals.updated += outcome.updated;
        totals.unchanged += outcome.unchanged;
        report.skipped.push(...outcome.skipped);
        report.warningCount += outcome.warnings.length;
        const room = MAX_WARNINGS - report.warnings.length;
        if (room > 0) report.warnings.push(...outcome.warnings.slice(0, room));
      };
      const threaded = typeof source === 'string' && options.readerThread === true;
      const batches = threaded
        ? readInThread(source, run.mapping, batchSize, progress)
        : readHere(source, run.mapping, batchSize, progress);
      for await (const items of batches) if (items.length > 0) await flush(items);
      await announceProjectChanges(trx, run.changedIds);
      await insertAuditEntry(trx, {
        action: 'iati_imported',
        actorId: options.actorId ?? null,
        subjectType: 'file',
        subjectId: file,
        details: {
          ...totals,
          activities: report.activities,
          skipped: report.skipped.length,
          ...(options.runId ? { run: options.runId } : {}),
        },
      });
      if (options.preview) throw new PreviewDone(totals);
      return totals;
    });
    Object.assign(report, counts, { committed: true });
  } catch (error) {
    if (error instanceof PreviewDone) Object.assign(report, error.totals);
    else report.errors.push(errorOf(error));
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
