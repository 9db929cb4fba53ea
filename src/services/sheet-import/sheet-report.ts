import { adminEn } from '../../i18n/messages/admin.en.ts';
import type { SheetImportReport } from './sheet-import.service.ts';
import { type SheetProblem, sheetProblemText } from './sheet-problem.ts';

const text = (problem: SheetProblem) => sheetProblemText(problem, adminEn.imports, 'en');

/** The report as the command line prints it: columns, then every row with an error or warning. */
export function formatSheetReport(report: SheetImportReport): string {
  const lines: string[] = [];
  const { counts } = report;
  lines.push(
    `${report.file}: ${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged, ${counts.error} with errors${report.committed ? ' — imported' : ' — nothing written'}`,
  );
  if (report.fileError) lines.push(`  error: ${text(report.fileError)}`);
  const ignored = report.columns.filter((c) => c.status === 'read-only').map((c) => c.header);
  if (report.unmatchedColumns.length > 0)
    lines.push(`  columns not matched: ${report.unmatchedColumns.join(', ')}`);
  if (ignored.length > 0) lines.push(`  read-only columns ignored: ${ignored.join(', ')}`);
  for (const row of report.rows) {
    if (row.errors.length === 0 && row.warnings.length === 0) continue;
    lines.push(`  row ${row.line} (${row.title ?? 'no title'}): ${row.action}`);
    for (const e of row.errors) lines.push(`    error: ${text(e)}`);
    for (const w of row.warnings) lines.push(`    warning: ${text(w)}`);
  }
  return `${lines.join('\n')}\n`;
}
