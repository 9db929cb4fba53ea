import type { Writable } from 'node:stream';
import type { Project } from '../../domain/projects/project.ts';
import { type ColumnContext, EXPORT_HEADERS, PROJECT_COLUMNS } from './project-columns.ts';
import { writeWithBackpressure } from './text-sink.ts';

/** Excel reads a CSV file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

const SPECIAL = /[",\r\n]/;
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

/** One CSV field: quoted when it must be, with quotes doubled, and formulas defused. */
export function csvField(value: string): string {
  if (value.length === 0) return value;
  const text = startsLikeFormula(value) ? `'${value}` : value;
  const quote =
    isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) || SPECIAL.test(text);
  if (!quote) return text;
  return `"${text.includes('"') ? text.replace(QUOTES, '""') : text}"`;
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

// Writing row by row costs a syscall-sized overhead each: rows are encoded into ~64 KiB
// buffers. Encoding each row as it is made is cheaper than joining a chunk's rows into one
// string first (a rope V8 must flatten before encoding it).
const CHUNK_BYTES = 64 * 1024;
// UTF-8 takes at most 3 bytes per UTF-16 code unit, so a row of n code units fits in 3n bytes.
const MAX_BYTES_PER_UNIT = 3;
const BUFFER_BYTES = 2 * CHUNK_BYTES;

/**
 * Writes the projects as CSV (UTF-8 with a BOM, one row per project) while they arrive, in
 * chunks of about 64 KiB, waiting whenever `out` is full; the header leaves at once. Does not
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
  const flush = async () => {
    const full = buffer.subarray(0, used);
    // The stream keeps the bytes it was given: the next rows go into a new buffer.
    buffer = Buffer.allocUnsafe(BUFFER_BYTES);
    used = 0;
    await writeWithBackpressure(out, full);
  };
  for await (const project of projects) {
    const record = projectCsvRecord(project, ctx);
    rows += 1;
    const worst = record.length * MAX_BYTES_PER_UNIT;
    if (used + worst > BUFFER_BYTES) {
      if (used > 0) await flush();
      if (worst > BUFFER_BYTES) {
        await writeWithBackpressure(out, record); // a row larger than a chunk goes on its own
        continue;
      }
    }
    used += buffer.write(record, used);
    if (used >= CHUNK_BYTES) await flush();
  }
  if (used > 0) await flush();
  return { rows };
}
