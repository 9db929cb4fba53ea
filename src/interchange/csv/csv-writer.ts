import type { Writable } from 'node:stream';
import type { Project } from '../../domain/projects/project.ts';
import { type ColumnContext, EXPORT_HEADERS, projectRow } from './project-columns.ts';
import { TextSink } from './text-sink.ts';

/** Excel reads a CSV file as UTF-8 only when it starts with this mark. */
export const UTF8_BOM = '\uFEFF';

const SPECIAL = /[",\r\n]/;
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0';
// A cell Excel would run as a formula ("=HYPERLINK(…)", "+7 …", "@SUM") gets a leading
// apostrophe; "- item" (a Markdown list) is plain text to Excel and is left alone.
const FORMULA_START = /^(?:[=+@\t\r]|-[^\s])/;

/** One CSV field: quoted when it must be, with quotes doubled, and formulas defused. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const quote = SPECIAL.test(text) || isSpace(text[0]) || isSpace(text[text.length - 1]);
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record ending in CRLF, as RFC 4180 has it. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * Writes the projects as CSV (UTF-8 with a BOM, one row per project) while they arrive; the
 * header leaves at once. Does not end `out`. Resolves to the number of rows written.
 */
export async function writeProjectsCsv(
  projects: AsyncIterable<Project>,
  out: Writable,
  ctx: ColumnContext,
): Promise<{ rows: number }> {
  const sink = new TextSink(out);
  await sink.push(UTF8_BOM + csvRecord(EXPORT_HEADERS));
  await sink.flush();
  let rows = 0;
  for await (const project of projects) {
    await sink.push(csvRecord(projectRow(project, ctx)));
    rows += 1;
  }
  await sink.flush();
  return { rows };
}
