import type { Db } from '../../db/database.ts';
import { type ImportReport, importIatiFile } from '../import/iati-import.service.ts';
import type { IatiRunOptions, IatiRunReport } from './import-run.ts';
import type { RunProgress } from './progress-writer.ts';

/** One uploaded file waiting on disk, with the name it had on the uploader's machine. */
export interface UploadedFile {
  path: string;
  name: string;
  size: number;
}

/** The sums over a run's files that the audit log and the run's list show. */
export function iatiTotals(files: ImportReport[]) {
  const sum = (pick: (r: ImportReport) => number) => files.reduce((n, r) => n + pick(r), 0);
  return {
    activities: sum((r) => r.activities),
    created: sum((r) => r.created),
    updated: sum((r) => r.updated),
    unchanged: sum((r) => r.unchanged),
    skipped: sum((r) => r.skipped.length),
    failedFiles: files.filter((r) => !r.committed).length,
  };
}

/**
 * Imports the files one after another, each in its own transaction (the importer's rule: a
 * file commits whole or not at all), reporting progress over all of them. Never throws for a
 * bad file: its report says why it was not written.
 */
export async function runIatiFiles(
  db: Db,
  files: UploadedFile[],
  options: IatiRunOptions & { actorId: number | null; runId: number },
  onProgress: (progress: RunProgress) => void,
): Promise<IatiRunReport> {
  const reports: ImportReport[] = [];
  let bytesBefore = 0;
  let recordsBefore = 0;
  for (const [index, file] of files.entries()) {
    // By path, not as a stream, so it can be read in the importer's reader thread: the web
    // process's event loop stays free for other requests while the file is parsed.
    const report = await importIatiFile(db, file.path, {
      fileName: file.name,
      readerThread: true,
      state: options.state,
      force: options.force,
      actorId: options.actorId,
      runId: options.runId,
      onProgress: (p) =>
        onProgress({
          filesDone: index,
          recordsDone: recordsBefore + p.activities,
          bytesRead: bytesBefore + p.bytesRead,
        }),
    });
    reports.push(report);
    recordsBefore += report.activities;
    bytesBefore += file.size;
    onProgress({ filesDone: index + 1, recordsDone: recordsBefore, bytesRead: bytesBefore });
  }
  return { kind: 'iati', files: reports, error: null };
}
