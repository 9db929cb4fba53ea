import type { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { zipStreamOf } from './xlsx-archive.ts';

/** What the streaming reader keeps of the workbook part (not in exceljs' typings). */
export interface WorkbookPart {
  model?: { sheets?: { rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  properties?: { model?: { date1904?: boolean } };
}

/** exceljs' streaming reader over chosen zip records, made safe to wait on. */
export interface StreamingWorkbook {
  reader: ExcelJS.stream.xlsx.WorkbookReader;
  /** The workbook part as read so far. */
  part: () => WorkbookPart;
  /** `items`, ending with the unzipper's error if it fails while they are awaited. */
  guard: <T>(items: AsyncIterable<T>) => AsyncIterable<T>;
}

/**
 * Opens exceljs' streaming reader on the records, in their order, mending two faults of
 * exceljs 4.4 met with real files:
 * - it decodes each inflated chunk on its own, so a Cyrillic letter cut by a chunk boundary
 *   became two U+FFFD: each part is decoded as UTF-8 text by its stream instead;
 * - a damaged part (bad deflate data) fails only the unzipper, and the reader then waits for
 *   the rest of the part forever: every row awaited fails with the unzipper instead.
 */
export function openStreamingWorkbook(records: (Uint8Array | undefined)[]): StreamingWorkbook {
  const source = zipStreamOf(records.filter((r): r is Uint8Array => r !== undefined));
  // Waits in progress, failed together if the unzipper fails. Not a race against one pending
  // promise: every race would leave a reaction on it, and with it the row it resolved to.
  const waiting = new Set<(error: Error) => void>();
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure = error;
    for (const reject of waiting) reject(error);
    waiting.clear();
  };
  const pipe = source.pipe.bind(source);
  source.pipe = <T extends NodeJS.WritableStream>(unzipper: T, options?: { end?: boolean }) => {
    const parts = unzipper as unknown as Readable & Writable;
    parts.on('data', (part: Readable) => part.setEncoding('utf8'));
    parts.on('error', (error: Error) => {
      source.destroy();
      fail(error);
    });
    return pipe(unzipper, options);
  };
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: 'cache',
    // A hyperlink cell holds its shown text; where it points is not imported.
    hyperlinks: 'ignore',
    // Dates are numbers with a date format: the styles tell them apart.
    styles: 'cache',
    worksheets: 'emit',
  });
  return {
    reader,
    part: () => reader as unknown as WorkbookPart,
    guard: (items) => ({
      [Symbol.asyncIterator]() {
        const iterator = items[Symbol.asyncIterator]();
        return {
          next: () =>
            new Promise((resolve, reject) => {
              if (failure) return reject(failure);
              waiting.add(reject);
              iterator
                .next()
                .then(resolve, reject)
                .finally(() => waiting.delete(reject));
            }),
        };
      },
    }),
  };
}
