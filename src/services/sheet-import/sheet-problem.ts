import {
  type ParseNote,
  type ParseNoteMessages,
  parseNoteText,
} from '../../domain/projects/parse-notes.ts';
import { type ColumnKey, PROJECT_COLUMNS } from '../../interchange/csv/project-columns.ts';

/**
 * What can be wrong with a spreadsheet or one of its rows. The import records codes and the
 * values at fault, not sentences, so the preview speaks the editor's language and the command
 * line prints English from the same catalogue.
 */
export const SHEET_PROBLEM_CODES = [
  'fileUnreadable',
  'fileNotUtf8',
  'noTitleColumn',
  'duplicateColumn',
  'importFailed',
  'titleMissing',
  'slugInvalid',
  'slugTwice',
  'slugDeleted',
  'slugTaken',
  'iatiIdentifierTaken',
  'iatiIdentifierOfDeleted',
  'iatiIdentifierTwice',
  'unknownPlace',
  'unknownCountry',
  'unknownType',
  'unknownOrganisation',
  'newOrganisation',
  'placeholderCell',
  'dateInvalid',
  'periodUnclear',
  'periodConflict',
  'periodOneTaken',
  'periodStartInvalid',
  'periodEndInvalid',
  'periodEndBeforeStart',
  'budgetLineUnreadable',
  'budgetUnsure',
  'budgetUnsureKept',
  'budgetCurrencyFromColumn',
  'currencyUnknown',
] as const;
export type SheetProblemCode = (typeof SHEET_PROBLEM_CODES)[number];

export interface SheetProblem {
  code: SheetProblemCode;
  /** The column at fault, named in the reader's language when shown. */
  column?: ColumnKey;
  /** The cell text (or the slug, the currency…) at fault. */
  value?: string;
  /** A second value: the other period, or a reader's reason (in English). */
  detail?: string;
  /** What the budget or period text parser was unsure of, told in the reader's language. */
  notes?: ParseNote[];
}

/** The sentences of one language, one per code; the column name is put in front by the caller. */
export type SheetProblemMessages = Record<
  SheetProblemCode,
  (p: { value: string; detail: string }) => string
>;

/** The column's header as the export writes it in that language (English for any other). */
export function columnHeader(column: ColumnKey, language: string): string {
  const c = PROJECT_COLUMNS.find((col) => col.key === column);
  if (!c) return column;
  return language === 'ru' ? c.headerRu : c.header;
}

/** The sentences of one language for the problems and for the parsers' notes inside them. */
export interface SheetProblemCatalogue {
  problems: SheetProblemMessages;
  parseNotes: ParseNoteMessages;
}

/** The problem as a sentence, "Country: "Atlantis" is not…"; a stored plain string is kept. */
export function sheetProblemText(
  problem: SheetProblem | string,
  catalogue: SheetProblemCatalogue,
  language: string,
): string {
  if (typeof problem === 'string') return problem;
  const detail = problem.notes
    ? problem.notes.map((n) => parseNoteText(n, catalogue.parseNotes)).join('; ')
    : (problem.detail ?? '');
  const text = catalogue.problems[problem.code]({ value: problem.value ?? '', detail });
  return problem.column ? `${columnHeader(problem.column, language)}: ${text}` : text;
}
