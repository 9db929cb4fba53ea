import type ExcelJS from 'exceljs';
import { storedRecord, XlsxReadError, zipRecords } from './xlsx-archive.ts';
import { cellText } from './xlsx-cell-text.ts';
import { openStreamingWorkbook } from './xlsx-streaming-workbook.ts';

export { XlsxReadError } from './xlsx-archive.ts';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
// The only worksheet names exceljs reads, streaming or not.
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
// exceljs streams a worksheet only once it holds the shared strings; a workbook without any
// (inline strings, as our own export writes) gets this empty table instead of a temporary file.
const NO_SHARED_STRINGS = storedRecord(SHARED_STRINGS, '<sst/>', 0x85071652);

/**
 * The text as a string of its own. The XML parser hands out each text as a slice of the chunk
 * it was read from, and V8 keeps a whole chunk alive for any slice of it: kept for every cell,
 * the rows held the whole decoded worksheet (twice its bytes once a chunk has a Cyrillic
 * letter). A round trip through UTF-8 bytes gives a flat string of just this text.
 */
function detached(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

/** The archive path of the first worksheet in the workbook's tab order, if any. */
async function firstWorksheet(records: Map<string, Uint8Array>): Promise<string | undefined> {
  const workbook = openStreamingWorkbook([records.get(WORKBOOK_RELS), records.get(WORKBOOK)]);
  for await (const _ of workbook.guard(workbook.reader)) {
    // Only the workbook and its relationships are in this stream: no worksheet comes.
  }
  const { model, workbookRels = [] } = workbook.part();
  for (const sheet of model?.sheets ?? []) {
    const target = workbookRels.find((r) => r.Id === sheet.rId)?.Target;
    // Targets are relative to xl/ or absolute (/xl/…), as exceljs' loader resolves them.
    const path = target && `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    // A chart sheet is no worksheet: it is passed over, as exceljs' loader does.
    if (path && WORKSHEET.test(path) && records.has(path)) return path;
  }
  return undefined;
}

/**
 * The first worksheet of an XLSX workbook as rows of cell texts (rich text flattened, dates as
 * ISO days, formulas as their results, hyperlinks as their text, errors empty); wholly empty
 * rows are dropped.
 *
 * The workbook is streamed: the archive's directory says where each part is, and exceljs'
 * streaming reader is given the workbook, styles and shared strings first, then that one
 * worksheet, whatever order the writer stored them in; rows are read one at a time and only
 * their texts are kept.
 */
export async function readXlsx(data: Uint8Array): Promise<string[][]> {
  const records = zipRecords(data);
  if (!records.has(WORKBOOK))
    throw new XlsxReadError(`not an XLSX workbook: the zip archive has no ${WORKBOOK}`);
  try {
    const sheet = await firstWorksheet(records);
    if (!sheet) return [];
    const workbook = openStreamingWorkbook([
      records.get(WORKBOOK_RELS),
      records.get(WORKBOOK),
      records.get(STYLES),
      records.get(SHARED_STRINGS) ?? NO_SHARED_STRINGS,
      records.get(sheet),
    ]);
    const rows: string[][] = [];
    for await (const worksheet of workbook.guard(workbook.reader)) {
      // Known once the workbook part, streamed before the worksheet, has been read.
      const date1904 = workbook.part().properties?.model?.date1904 === true;
      for await (const row of workbook.guard(worksheet)) {
        const cells: string[] = [];
        const values = row.values as ExcelJS.CellValue[];
        // exceljs rows are 1-based: values[0] is always empty.
        for (let i = 1; i < values.length; i++) {
          const value = values[i] ?? null;
          const formula =
            value !== null && typeof value === 'object' && 'formula' in value
              ? { numFmt: row.getCell(i).numFmt, date1904 }
              : undefined;
          cells.push(detached(cellText(value, formula)));
        }
        if (cells.some((c) => c.trim() !== '')) rows.push(cells);
      }
    }
    return rows;
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw new XlsxReadError(`not a readable XLSX workbook: ${(error as Error).message}`);
  }
}
