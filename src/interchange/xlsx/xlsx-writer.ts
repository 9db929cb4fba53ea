import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Project } from '../../domain/projects/project.ts';
import {
  type ColumnContext,
  type ColumnKey,
  PROJECT_COLUMNS,
  projectRow,
} from '../csv/project-columns.ts';
import { waitForDrain } from '../csv/text-sink.ts';

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const WIDTHS: Partial<Record<ColumnKey, number>> = {
  title: 50,
  description: 80,
  summary: 60,
  budget: 50,
  contact: 50,
  budgetLines: 40,
  donor: 40,
  implementer: 40,
  permalink: 50,
};

// Excel refuses cells longer than this; a longer description is cut with a visible mark.
const MAX_CELL = 32_767;
const CUT_MARK = ' […]';

function cell(text: string): string {
  return text.length <= MAX_CELL ? text : text.slice(0, MAX_CELL - CUT_MARK.length) + CUT_MARK;
}

/**
 * Writes the projects as an XLSX workbook (one sheet, one row per project, header frozen)
 * with exceljs' streaming writer: rows are committed as they arrive and the writer waits
 * while `out` is full, so memory stays flat. Does not end `out`.
 */
export async function writeProjectsXlsx(
  projects: AsyncIterable<Project>,
  out: Writable,
  ctx: ColumnContext,
): Promise<{ rows: number }> {
  // exceljs ends the stream it is given; the pass-through keeps `out` open for the caller.
  const zip = new PassThrough();
  zip.pipe(out, { end: false });
  const zipped = new Promise<void>((resolve, reject) => {
    zip.on('end', resolve);
    zip.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: zip,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Projects', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = PROJECT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: WIDTHS[c.key] ?? 20,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  let rows = 0;
  for await (const project of projects) {
    sheet.addRow(projectRow(project, ctx).map(cell)).commit();
    rows += 1;
    // exceljs writes into the pass-through whatever happens to `out`; stop when it is gone.
    if (out.destroyed) throw new Error('the output was closed before the export finished');
    if (out.writableNeedDrain) await waitForDrain(out);
  }
  // Finishing writes the rest of the archive; if `out` goes away meanwhile, the pass-through
  // is unpiped and the archive would wait for room forever: give up when `out` closes.
  let finished = false;
  const closedEarly = new Promise<never>((_, reject) => {
    const onClose = () => {
      if (!finished) reject(new Error('the output was closed before the export finished'));
    };
    if (out.destroyed) onClose();
    else out.once('close', onClose);
  });
  closedEarly.catch(() => {});
  try {
    await Promise.race([
      (async () => {
        sheet.commit();
        await workbook.commit();
        await zipped;
      })(),
      closedEarly,
    ]);
  } catch (error) {
    zip.destroy();
    throw error;
  } finally {
    finished = true;
  }
  return { rows };
}
