import type { Db } from './database.ts';

export type ImportKind = 'iati' | 'sheet';
export type ImportState = 'queued' | 'running' | 'done' | 'failed';

/** One import run as stored (without its uploaded file). */
export interface ImportRunRecord {
  id: number;
  kind: ImportKind;
  fileName: string;
  fileSize: number;
  state: ImportState;
  filesTotal: number;
  filesDone: number;
  /** Activities (IATI) or rows (sheet) processed so far. */
  recordsDone: number;
  bytesRead: number;
  options: Record<string, unknown>;
  /** The finished run's report, as the service stored it. */
  report: unknown;
  actorId: number | null;
  actorName: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  heartbeatAt: string;
}

/** What a new run is created with. */
export interface NewImportRun {
  kind: ImportKind;
  fileName: string;
  fileSize: number;
  filesTotal: number;
  options: Record<string, unknown>;
  /** The uploaded file itself, when it must wait for a later request (spreadsheets). */
  upload?: Uint8Array | null;
  actorId: number | null;
  at: string;
}

const COLUMNS = [
  'r.id',
  'r.kind',
  'r.file_name',
  'r.file_size',
  'r.state',
  'r.files_total',
  'r.files_done',
  'r.records_done',
  'r.bytes_read',
  'r.options',
  'r.actor_id',
  'u.name as actor_name',
  'r.created_at',
  'r.started_at',
  'r.finished_at',
  'r.heartbeat_at',
] as const;

type RunRow = {
  id: number;
  kind: string;
  file_name: string;
  file_size: number;
  state: string;
  files_total: number;
  files_done: number;
  records_done: number;
  bytes_read: number;
  options: string | null;
  actor_id: number | null;
  actor_name: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  heartbeat_at: string;
  report?: string | null;
};

function rowToRun(r: RunRow): ImportRunRecord {
  return {
    id: r.id,
    kind: r.kind as ImportKind,
    fileName: r.file_name,
    fileSize: Number(r.file_size),
    state: r.state as ImportState,
    filesTotal: r.files_total,
    filesDone: r.files_done,
    recordsDone: r.records_done,
    bytesRead: Number(r.bytes_read),
    options: r.options ? (JSON.parse(r.options) as Record<string, unknown>) : {},
    report: r.report ? (JSON.parse(r.report) as unknown) : null,
    actorId: r.actor_id,
    actorName: r.actor_name,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    heartbeatAt: r.heartbeat_at,
  };
}

// better-sqlite3 binds Buffers but not plain Uint8Arrays; pg takes either.
const asBuffer = (data: Uint8Array) =>
  Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);

/** Stores a new run in state "queued" and returns its id. */
export async function insertImportRun(db: Db, run: NewImportRun): Promise<number> {
  const row = await db
    .insertInto('import_runs')
    .values({
      kind: run.kind,
      file_name: run.fileName,
      file_size: run.fileSize,
      state: 'queued',
      files_total: run.filesTotal,
      options: JSON.stringify(run.options),
      upload: run.upload ? asBuffer(run.upload) : null,
      actor_id: run.actorId,
      created_at: run.at,
      heartbeat_at: run.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One run with its report and the actor's name, or null. */
export async function findImportRun(db: Db, id: number): Promise<ImportRunRecord | null> {
  const row = await db
    .selectFrom('import_runs as r')
    .leftJoin('users as u', 'u.id', 'r.actor_id')
    .select([...COLUMNS, 'r.report'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  return row ? rowToRun(row) : null;
}

/** The newest runs first, without their reports (which may be large). */
export async function listImportRuns(db: Db, limit: number): Promise<ImportRunRecord[]> {
  const rows = await db
    .selectFrom('import_runs as r')
    .leftJoin('users as u', 'u.id', 'r.actor_id')
    .select(COLUMNS)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(rowToRun);
}

/** The uploaded file kept with a run, or null when there is none (any more). */
export async function readImportUpload(db: Db, id: number): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('import_runs')
    .select('upload')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.upload ?? null;
}

/**
 * Moves a run from "queued" to "running" and returns true, or returns false when it was not
 * queued: of two requests that try at once, exactly one wins.
 */
export async function claimImportRun(db: Db, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('import_runs')
    .set({ state: 'running', started_at: at, heartbeat_at: at })
    .where('id', '=', id)
    .where('state', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a running run's progress and heartbeat; a run no longer running is left alone. */
export async function recordImportProgress(
  db: Db,
  id: number,
  p: { filesDone: number; recordsDone: number; bytesRead: number },
  at: string,
): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({
      files_done: p.filesDone,
      records_done: p.recordsDone,
      bytes_read: p.bytesRead,
      heartbeat_at: at,
    })
    .where('id', '=', id)
    .where('state', '=', 'running')
    .execute();
}

/** Ends a run: its final state, counters and report; its uploaded file is dropped. */
export async function finishImportRun(
  db: Db,
  id: number,
  end: {
    state: 'done' | 'failed';
    report: unknown;
    filesDone: number;
    recordsDone: number;
    bytesRead: number;
  },
  at: string,
): Promise<void> {
  await db
    .updateTable('import_runs')
    .set({
      state: end.state,
      report: JSON.stringify(end.report),
      files_done: end.filesDone,
      records_done: end.recordsDone,
      bytes_read: end.bytesRead,
      upload: null,
      finished_at: at,
      heartbeat_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Fails the queued runs of a kind created before `before`, dropping their uploads (a previewed
 * spreadsheet nobody imported); returns how many.
 */
export async function expireQueuedImportRuns(
  db: Db,
  kind: ImportKind,
  before: string,
  report: unknown,
  at: string,
): Promise<number> {
  const result = await db
    .updateTable('import_runs')
    .set({ state: 'failed', upload: null, report: JSON.stringify(report), finished_at: at })
    .where('kind', '=', kind)
    .where('state', '=', 'queued')
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
