import type { ImportRunRecord, ImportState } from '../../db/import-runs.repository.ts';
import type { Actor } from '../../domain/editing/policy.ts';
import { ForbiddenError, UnauthorizedError } from '../../domain/errors.ts';
import type { PublicationState } from '../../domain/projects/project.ts';
import { hasRole } from '../../domain/users/user.ts';
import type { ImportReport } from '../import/iati-import.service.ts';
import type { SheetImportReport } from '../sheet-import/sheet-import.service.ts';

export type { ImportKind, ImportState } from '../../db/import-runs.repository.ts';

/** Why a run ended without a report of its own: a stable code the pages translate. */
export interface RunError {
  code: 'stopped' | 'expired' | 'crashed';
  message: string;
}

/** What an IATI run leaves: one importer report per file, in upload order. */
export interface IatiRunReport {
  kind: 'iati';
  files: ImportReport[];
  error: RunError | null;
}

/** What a spreadsheet run leaves: the importer's report, or why there is none. */
export interface SheetRunReport {
  kind: 'sheet';
  sheet: SheetImportReport | null;
  error: RunError | null;
}

export interface IatiRunOptions {
  /** State of the projects the import creates. */
  state: PublicationState;
  /** Overwrite projects edited locally since their last import. */
  force: boolean;
  files: { name: string; size: number }[];
}

export interface SheetRunOptions {
  clearEmpty: boolean;
  state: PublicationState;
  language: string;
}

/** A run as the pages show it: its state as seen now (a dead process's run reads "failed"). */
export interface ImportRun extends Omit<ImportRunRecord, 'report' | 'options'> {
  report: IatiRunReport | SheetRunReport | null;
  options: Partial<IatiRunOptions & SheetRunOptions>;
  /** True while the run still works (queued IATI runs and running ones). */
  active: boolean;
}

/** The small answer of the status endpoint that the progress page polls. */
export interface ImportStatus {
  id: number;
  kind: string;
  state: ImportState;
  active: boolean;
  filesTotal: number;
  filesDone: number;
  recordsDone: number;
  bytesRead: number;
  fileSize: number;
}

/** Editors and admins import; contributors do not. */
export function canImport(actor: Actor): boolean {
  return hasRole(actor.role, 'editor');
}

/** The actor if they may import: UnauthorizedError without one, ForbiddenError for a contributor. */
export function requireImporter(actor: Actor | null | undefined): Actor {
  if (!actor) throw new UnauthorizedError();
  if (!canImport(actor)) throw new ForbiddenError('import files');
  return actor;
}

/**
 * The run as seen at `now`: a run that says "running" (or an IATI run still "queued") whose
 * heartbeat is older than `staleAfterMs`, and that this process is not working on, was left by
 * a process that stopped; it reads as failed, with nothing written (each file is one
 * transaction, which the database rolled back when the process went away).
 */
export function runAsSeen(
  record: ImportRunRecord,
  o: { now: number; staleAfterMs: number; local: boolean },
): ImportRun {
  const working =
    record.state === 'running' || (record.kind === 'iati' && record.state === 'queued');
  const stale = working && !o.local && o.now - Date.parse(record.heartbeatAt) > o.staleAfterMs;
  const run: ImportRun = {
    ...record,
    options: record.options as ImportRun['options'],
    report: record.report as ImportRun['report'],
    active: working && !stale,
  };
  if (!stale) return run;
  const error: RunError = {
    code: 'stopped',
    message: `the process running this import stopped (no sign of life since ${record.heartbeatAt})`,
  };
  const report: IatiRunReport | SheetRunReport =
    record.kind === 'iati'
      ? { kind: 'iati', files: (run.report as IatiRunReport | null)?.files ?? [], error }
      : { kind: 'sheet', sheet: null, error };
  return { ...run, state: 'failed', report };
}

/** The status endpoint's answer for a run. */
export function statusOf(run: ImportRun): ImportStatus {
  return {
    id: run.id,
    kind: run.kind,
    state: run.state,
    active: run.active,
    filesTotal: run.filesTotal,
    filesDone: run.filesDone,
    recordsDone: run.recordsDone,
    bytesRead: run.bytesRead,
    fileSize: run.fileSize,
  };
}
