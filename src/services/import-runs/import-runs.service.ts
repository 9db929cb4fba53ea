import { insertAuditEntry } from '../../db/audit.repository.ts';
import type { Db } from '../../db/database.ts';
import {
  claimImportRun,
  expireQueuedImportRuns,
  findImportRun,
  finishImportRun,
  insertImportRun,
  listImportRuns,
  readImportUpload,
  recordImportProgress,
} from '../../db/import-runs.repository.ts';
import { nowIso } from '../../db/time.ts';
import type { Actor } from '../../domain/editing/policy.ts';
import { NotFoundError } from '../../domain/errors.ts';
import {
  importSheet,
  previewSheet,
  type SheetPreview,
} from '../sheet-import/sheet-import.service.ts';
import { iatiTotals, runIatiFiles, type UploadedFile } from './iati-run.ts';
import {
  type IatiRunOptions,
  type IatiRunReport,
  type ImportRun,
  type RunError,
  requireImporter,
  runAsSeen,
  type SheetRunOptions,
  type SheetRunReport,
} from './import-run.ts';
import { ProgressWriter, type ProgressWriterOptions, type RunProgress } from './progress-writer.ts';

export type { UploadedFile } from './iati-run.ts';

export interface ImportRunsOptions extends ProgressWriterOptions {
  /** A working run without a heartbeat for this long belongs to a dead process (default 60 s). */
  staleAfterMs?: number;
  /** How long a previewed spreadsheet waits for its import (default 24 h). */
  keepUploadsMs?: number;
}

/** Who asked, from where: for the audit log. */
export interface Origin {
  ip?: string | null;
}

const crashed = (error: unknown): RunError => ({
  code: 'crashed',
  message: (error as Error)?.message ?? String(error),
});

/**
 * Import runs started from the editor: IATI uploads run in this process in the background while
 * any web process shows their progress from the database; spreadsheets wait in the database
 * between their preview and their import. Editors and admins only.
 */
export function createImportRunsService(db: Db, o: ImportRunsOptions = {}) {
  const staleAfterMs = o.staleAfterMs ?? 60_000;
  const keepUploadsMs = o.keepUploadsMs ?? 24 * 3600_000;
  // Runs this process works on, with their newest progress: fresher than the row, which is
  // written at most every half second (and on SQLite only once the import's transaction ends).
  const local = new Map<number, RunProgress>();
  const pending = new Set<Promise<unknown>>();

  const track = <T>(work: Promise<T>) => {
    pending.add(work);
    void work.finally(() => pending.delete(work)).catch(() => {});
    return work;
  };

  const progressWriter = (id: number) =>
    new ProgressWriter(
      (p) => {
        local.set(id, p);
        return recordImportProgress(db, id, p, nowIso());
      },
      { filesDone: 0, recordsDone: 0, bytesRead: 0 },
      o,
    );

  async function load(id: number): Promise<ImportRun> {
    const record = Number.isSafeInteger(id) ? await findImportRun(db, id) : null;
    if (!record) throw new NotFoundError('import run', String(id));
    const run = runAsSeen(record, { now: Date.now(), staleAfterMs, local: local.has(id) });
    const fresh = local.get(id);
    return fresh && run.state === 'running' ? { ...run, ...fresh } : run;
  }

  async function runIati(
    id: number,
    files: UploadedFile[],
    options: IatiRunOptions,
    actorId: number,
    origin: Origin,
    cleanup: () => Promise<void>,
  ) {
    local.set(id, { filesDone: 0, recordsDone: 0, bytesRead: 0 });
    const writer = progressWriter(id);
    let report: IatiRunReport = { kind: 'iati', files: [], error: null };
    try {
      await claimImportRun(db, id, nowIso());
      report = await runIatiFiles(db, files, { ...options, actorId, runId: id }, (p) => {
        local.set(id, p);
        writer.update(p);
      });
    } catch (error) {
      report = { ...report, error: crashed(error) };
    } finally {
      await writer.stop();
      await cleanup().catch(() => {});
    }
    const totals = iatiTotals(report.files);
    const ok = report.error === null && totals.failedFiles === 0;
    try {
      await finishImportRun(
        db,
        id,
        {
          state: ok ? 'done' : 'failed',
          report,
          ...writer.current,
          filesDone: report.files.length,
          recordsDone: totals.activities,
        },
        nowIso(),
      );
      await insertAuditEntry(db, {
        action: 'import',
        actorId,
        subjectType: 'file',
        subjectId: files.map((f) => f.name).join(', '),
        details: { run: id, kind: 'iati', files: files.length, ...totals },
        ip: origin.ip ?? null,
      });
    } finally {
      local.delete(id);
    }
  }

  return {
    /**
     * Starts importing uploaded IATI files in the background and returns the run's id at once;
     * `cleanup` (removing the temporary files) is called when the run has finished with them.
     */
    async startIati(
      actorIn: Actor | null,
      upload: { files: UploadedFile[]; cleanup: () => Promise<void> },
      options: { state?: IatiRunOptions['state']; force?: boolean } = {},
      origin: Origin = {},
    ): Promise<number> {
      const actor = requireImporter(actorIn);
      const runOptions: IatiRunOptions = {
        state: options.state ?? 'published',
        force: options.force ?? false,
        files: upload.files.map((f) => ({ name: f.name, size: f.size })),
      };
      const id = await insertImportRun(db, {
        kind: 'iati',
        fileName: upload.files.map((f) => f.name).join(', '),
        fileSize: upload.files.reduce((n, f) => n + f.size, 0),
        filesTotal: upload.files.length,
        options: { ...runOptions },
        actorId: actor.id,
        at: nowIso(),
      });
      track(runIati(id, upload.files, runOptions, actor.id, origin, upload.cleanup));
      return id;
    },

    /** A run, its state as seen now, progress and report; NotFoundError for an unknown id. */
    async get(actor: Actor | null, id: number): Promise<ImportRun> {
      requireImporter(actor);
      return load(id);
    },

    /** The newest runs, newest first, without reports. */
    async list(actor: Actor | null, limit = 20): Promise<ImportRun[]> {
      requireImporter(actor);
      const now = Date.now();
      return (await listImportRuns(db, limit)).map((r) =>
        runAsSeen(r, { now, staleAfterMs, local: local.has(r.id) }),
      );
    },

    /** Keeps an uploaded spreadsheet for its preview and later import; returns the run's id. */
    async createSheetRun(
      actorIn: Actor | null,
      upload: { name: string; data: Uint8Array },
      options: Partial<SheetRunOptions> = {},
    ): Promise<number> {
      const actor = requireImporter(actorIn);
      const now = nowIso();
      // Spreadsheets previewed and never imported would otherwise stay in the database.
      const expired: SheetRunReport = {
        kind: 'sheet',
        sheet: null,
        error: { code: 'expired', message: 'the preview was not imported in time' },
      };
      const before = new Date(Date.now() - keepUploadsMs).toISOString();
      await expireQueuedImportRuns(db, 'sheet', before, expired, now);
      const runOptions: SheetRunOptions = {
        clearEmpty: options.clearEmpty ?? false,
        state: options.state ?? 'draft',
        language: options.language ?? 'en',
      };
      return insertImportRun(db, {
        kind: 'sheet',
        fileName: upload.name,
        fileSize: upload.data.byteLength,
        filesTotal: 1,
        options: { ...runOptions },
        upload: upload.data,
        actorId: actor.id,
        at: now,
      });
    },

    /**
     * A spreadsheet run and, while it waits for its import, what importing would do now (worked
     * out afresh from the stored file and the database, never taken from the client).
     */
    async sheetPreview(
      actor: Actor | null,
      id: number,
    ): Promise<{ run: ImportRun; preview: SheetPreview | null }> {
      requireImporter(actor);
      const run = await load(id);
      if (run.kind !== 'sheet') throw new NotFoundError('spreadsheet import', String(id));
      if (run.state !== 'queued') return { run, preview: null };
      const data = await readImportUpload(db, id);
      if (!data) return { run, preview: null };
      return { run, preview: await previewSheet(db, run.fileName, data, run.options) };
    },

    /**
     * Imports the valid rows of a previewed spreadsheet in one transaction and returns the run.
     * Only the first of several requests imports; the others get the run as it stands.
     */
    async importSheetRun(actorIn: Actor | null, id: number, origin: Origin = {}) {
      const actor = requireImporter(actorIn);
      const run = await load(id);
      if (run.kind !== 'sheet') throw new NotFoundError('spreadsheet import', String(id));
      if (!(await claimImportRun(db, id, nowIso()))) return load(id);
      local.set(id, { filesDone: 0, recordsDone: 0, bytesRead: 0 });
      const writer = progressWriter(id);
      let report: SheetRunReport;
      try {
        const data = await readImportUpload(db, id);
        report = data
          ? {
              kind: 'sheet',
              sheet: await track(
                importSheet(db, run.fileName, data, {
                  ...run.options,
                  actorId: actor.id,
                  runId: id,
                }),
              ),
              error: null,
            }
          : { kind: 'sheet', sheet: null, error: crashed(new Error('the upload is gone')) };
      } catch (error) {
        report = { kind: 'sheet', sheet: null, error: crashed(error) };
      } finally {
        await writer.stop();
      }
      const sheet = report.sheet;
      const ok = !!sheet && !sheet.fileError;
      try {
        await finishImportRun(
          db,
          id,
          {
            state: ok ? 'done' : 'failed',
            report,
            filesDone: 1,
            recordsDone: sheet?.rows.length ?? 0,
            bytesRead: run.fileSize,
          },
          nowIso(),
        );
        await insertAuditEntry(db, {
          action: 'import',
          actorId: actor.id,
          subjectType: 'file',
          subjectId: run.fileName,
          details: {
            run: id,
            kind: 'sheet',
            rows: sheet?.rows.length ?? 0,
            created: sheet?.committed ? sheet.counts.create : 0,
            updated: sheet?.committed ? sheet.counts.update : 0,
            unchanged: sheet?.counts.unchanged ?? 0,
            errors: sheet?.counts.error ?? 0,
            committed: sheet?.committed ?? false,
          },
          ip: origin.ip ?? null,
        });
      } finally {
        local.delete(id);
      }
      return load(id);
    },

    /** Resolves when every run this process started has finished (tests, shutdown). */
    async whenIdle(): Promise<void> {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

export type ImportRunsService = ReturnType<typeof createImportRunsService>;
