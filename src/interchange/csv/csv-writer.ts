import type { Writable } from 'node:stream';
import type { Project } from '../../domain/projects/project.ts';
import { type ColumnContext, EXPORT_HEADERS, PROJECT_COLUMNS } from './project-columns.ts';
import { writeWithBackpressure } from './text-sink.ts';

/** Excel reads a CSV file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

const QUOTES = /"/g;
// A cell Excel would run as a formula ("=HYPERLINK(…)", "+7 …", "@SUM") gets a leading
// apostrophe; "- item" (a Markdown list) is plain text to Excel and is left alone.
const FORMULA_START = /^(?:[=+@\t\r]|-[^\s])/;

// Character codes: the checks below run on every cell of a million-row export, so they look at
// one character instead of running a regular expression where that settles it.
const SPACE = 32;
const TAB = 9;
const NBSP = 0xa0;
const isSpace = (code: number) => code === SPACE || code === TAB || code === NBSP;
const startsLikeFormula = (value: string) => {
  const first = value.charCodeAt(0);
  if (first === 61 || first === 43 || first === 64 || first === TAB || first === 13) return true; // = + @
  return first === 45 && FORMULA_START.test(value); // "-", unless a space follows
};
// Four searches for one character each beat one pass of /[",\r\n]/ about threefold on long texts.
const hasSpecial = (text: string) =>
  text.includes(',') || text.includes('"') || text.includes('\n') || text.includes('\r');

/** One CSV field: quoted when it must be, with quotes doubled, and formulas defused. */
export function csvField(value: string): string {
  if (value.length === 0) return value;
  const text = startsLikeFormula(value) ? `'${value}` : value;
  const quote =
    isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) || hasSpecial(text);
  if (!quote) return text;
  return `"${text.includes('"') ? text.replace(QUOTES, '""') : text}"`;
}

/** The bytes `writeCsvField` may need for a value of `length` UTF-16 code units. */
export const maxCsvFieldBytes = (length: number) => 3 * length + 3;

/**
 * Writes `csvField(value)` as UTF-8 into `buffer` at `at`, which must have room for
 * `maxCsvFieldBytes(value.length)` bytes, and returns where it ends: the quotes and the
 * apostrophe go in as bytes, so the common cell is encoded straight from the string it is.
 */
export function writeCsvField(value: string, buffer: Buffer, at: number): number {
  const length = value.length;
  if (length === 0) return at;
  const formula = startsLikeFormula(value);
  // As in csvField, on the text after the apostrophe, which is neither a space nor special.
  const quote =
    (!formula && isSpace(value.charCodeAt(0))) ||
    isSpace(value.charCodeAt(length - 1)) ||
    hasSpecial(value);
  let end = at;
  if (quote) buffer[end++] = 34; // "
  if (formula) buffer[end++] = 39; // '
  end += buffer.write(quote && value.includes('"') ? value.replace(QUOTES, '""') : value, end);
  if (quote) buffer[end++] = 34;
  return end;
}

/** One CSV record ending in CRLF, as RFC 4180 has it. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

const CELLS = PROJECT_COLUMNS.map((c) => c.value);

/** One project as a CSV record: `csvRecord(projectRow(project, ctx))` without the arrays. */
export function projectCsvRecord(project: Project, ctx: ColumnContext): string {
  let record = csvField(CELLS[0]!(project, ctx));
  for (let i = 1; i < CELLS.length; i++) record += `,${csvField(CELLS[i]!(project, ctx))}`;
  return `${record}\r\n`;
}

// Writing row by row costs a syscall-sized overhead each: rows are encoded into ~256 KiB
// buffers, each cell straight from its string (no record string to build, flatten and encode).
// Over HTTP, 256 KiB writes cost the server less CPU than 64 KiB ones (a quarter of the passes
// through the streams and the socket).
const CHUNK_BYTES = 256 * 1024;
const BUFFER_BYTES = 2 * CHUNK_BYTES;

/**
 * Writes the projects as CSV (UTF-8 with a BOM, one row per project) while they arrive, in
 * chunks of about 256 KiB, waiting whenever `out` is full; the header leaves at once. Does not
 * end `out`. Resolves to the number of rows written.
 */
export async function writeProjectsCsv(
  projects: AsyncIterable<Project>,
  out: Writable,
  ctx: ColumnContext,
): Promise<{ rows: number }> {
  await writeWithBackpressure(out, UTF8_BOM + csvRecord(EXPORT_HEADERS));
  let rows = 0;
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const cells: string[] = new Array(CELLS.length);
  const flush = async () => {
    const full = buffer.subarray(0, used);
    // The stream keeps the bytes it was given: the next rows go into a new buffer.
    buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    used = 0;
    await writeWithBackpressure(out, full);
  };
  for await (const project of projects) {
    rows += 1;
    let worst = 2; // CRLF
    for (let i = 0; i < CELLS.length; i++) {
      const cell = CELLS[i]!(project, ctx);
      cells[i] = cell;
      worst += maxCsvFieldBytes(cell.length) + 1;
    }
    if (used + worst > BUFFER_BYTES) {
      if (used > 0) await flush();
      if (worst > BUFFER_BYTES) {
        await writeWithBackpressure(out, csvRecord(cells)); // a row larger than a chunk goes on its own
        continue;
      }
    }
    used = writeCsvField(cells[0]!, buffer, used);
    for (let i = 1; i < cells.length; i++) {
      buffer[used++] = 44; // ,
      used = writeCsvField(cells[i]!, buffer, used);
    }
    buffer[used++] = 13;
    buffer[used++] = 10;
    if (used >= CHUNK_BYTES) await flush();
  }
  if (used > 0) await flush();
  return { rows };
}
