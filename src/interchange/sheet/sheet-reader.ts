import { csvRows, csvUtf8Bytes } from './csv-reader.ts';
import { readXlsx } from './xlsx-reader.ts';

export type SheetFormat = 'csv' | 'xlsx';

/**
 * A spreadsheet as rows of cell texts; the first row is the header. The rows can be gone
 * through more than once, each time from the start: a CSV file's are read again from its bytes
 * each time (and a read error is thrown when reading reaches it), so they are never all held.
 */
export interface Sheet {
  format: SheetFormat;
  rows: Iterable<string[]>;
}

/** Recognised spreadsheet file names. */
export const SHEET_EXTENSIONS = ['.csv', '.xlsx'] as const;

/** True for a file name the spreadsheet import reads. */
export function isSheetFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return SHEET_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The format by content: XLSX is a ZIP file ("PK"); anything else is read as CSV text. */
export function sheetFormatOf(data: Uint8Array): SheetFormat {
  return data[0] === 0x50 && data[1] === 0x4b ? 'xlsx' : 'csv';
}

/**
 * Reads a CSV (UTF-8 with or without BOM, or UTF-16 with BOM; comma, semicolon or tab) or XLSX
 * file. A CSV file in another encoding fails with `CsvEncodingError` when reading reaches it.
 */
export async function readSheet(data: Uint8Array): Promise<Sheet> {
  const format = sheetFormatOf(data);
  if (format === 'xlsx') return { format, rows: await readXlsx(data) };
  // A UTF-16 file is converted once, not on every pass over its rows.
  const utf8 = csvUtf8Bytes(data);
  return { format, rows: { [Symbol.iterator]: () => csvRows(utf8) } };
}
