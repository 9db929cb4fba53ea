import type { SheetColumn } from '../../interchange/sheet/sheet-headers.ts';
import type { SheetFormat } from '../../interchange/sheet/sheet-reader.ts';
import type { NewOrganisation } from './row-to-input.ts';
import type { FieldChange } from './sheet-changes.ts';
import type { SheetProblem } from './sheet-problem.ts';

export type RowAction = 'create' | 'update' | 'unchanged' | 'error';

/** One data row of the sheet and what importing it would do. */
export interface SheetRowPreview {
  /** The row's number in the spreadsheet (the header is row 1). */
  line: number;
  action: RowAction;
  slug: string | null;
  title: string | null;
  errors: SheetProblem[];
  warnings: SheetProblem[];
  /** The fields the row changes, from what to what (for a new project: what it sets). */
  changes: FieldChange[];
  /** Organisations the row names that are not stored yet: importing creates them. */
  newOrganisations: NewOrganisation[];
}

/** Everything the import would do, before it does it. */
export interface SheetPreview {
  file: string;
  format: SheetFormat | null;
  columns: SheetColumn[];
  /** Headers no field was found for: their cells are not imported. */
  unmatchedColumns: string[];
  rows: SheetRowPreview[];
  /** Why the file as a whole cannot be read, if it cannot. */
  fileError: SheetProblem | null;
  counts: Record<RowAction, number>;
}

export interface SheetImportReport extends SheetPreview {
  /** True when the valid rows were written (all in one transaction); false for a dry run or an error. */
  committed: boolean;
}

/** Counts of every action at zero. */
export const EMPTY_COUNTS = (): Record<RowAction, number> => ({
  create: 0,
  update: 0,
  unchanged: 0,
  error: 0,
});
