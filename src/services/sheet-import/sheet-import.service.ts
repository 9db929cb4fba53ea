import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Db } from '../../db/database.ts';
import { loadProjects } from '../../db/project-read.repository.ts';
import { saveProject } from '../../db/project-write.repository.ts';
import { nowIso } from '../../db/time.ts';
import { inTransaction } from '../../db/transaction.ts';
import { projectToInput } from '../../domain/editing/project-input.ts';
import { ValidationError } from '../../domain/errors.ts';
import { emptyProjectInput } from '../../domain/projects/empty-project.ts';
import type { ProjectInput, PublicationState } from '../../domain/projects/project.ts';
import { isValidSlug, slugify, uniqueSlug } from '../../domain/projects/slug.ts';
import { isKnownCurrency } from '../../domain/vocabularies/codelists.ts';
import type { ColumnKey } from '../../interchange/csv/project-columns.ts';
import {
  cellValue,
  matchHeaders,
  type SheetColumn,
} from '../../interchange/sheet/sheet-headers.ts';
import { readSheet, type SheetFormat } from '../../interchange/sheet/sheet-reader.ts';
import { projectsChanged } from '../project-changes.ts';
import { type RowCells, rowToInput } from './row-to-input.ts';
import type { SheetProblem } from './sheet-problem.ts';
import { loadVocabulary } from './vocabulary-match.ts';

export interface SheetImportOptions {
  /** An empty cell clears its field (default: it keeps the stored value). */
  clearEmpty?: boolean;
  /** State of the projects the import creates (default draft); updated ones keep theirs. */
  state?: PublicationState;
  /** Language of new projects' texts (default en). */
  language?: string;
}

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

interface Planned {
  preview: SheetPreview;
  inputs: Map<number, ProjectInput>;
}

const EMPTY_COUNTS = (): Record<RowAction, number> => ({
  create: 0,
  update: 0,
  unchanged: 0,
  error: 0,
});

async function existingBy(db: Db, column: 'slug' | 'iati_identifier' | 'title', values: string[]) {
  const unique = [...new Set(values.filter(Boolean))];
  const found = new Map<string, number>();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('projects')
      .select(['id', column])
      .where(column, 'in', unique.slice(i, i + 500))
      .where('deleted_at', 'is', null)
      .execute();
    for (const r of rows) found.set((r as Record<string, unknown>)[column] as string, r.id);
  }
  return found;
}

/**
 * Projects whose title is exactly one row's title, for rows that name no slug and no IATI
 * identifier: importing the same sheet twice then updates instead of duplicating. A title
 * that several projects share matches none of them.
 */
async function existingByTitle(db: Db, titles: string[]) {
  const found = await existingBy(db, 'title', titles);
  const unique = [...new Set(titles.filter(Boolean))];
  for (let i = 0; i < unique.length; i += 500) {
    const shared = await db
      .selectFrom('projects')
      .select('title')
      .where('title', 'in', unique.slice(i, i + 500))
      .where('deleted_at', 'is', null)
      .groupBy('title')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    for (const r of shared) found.delete(r.title);
  }
  return found;
}

function blankInput(options: SheetImportOptions, file: string): ProjectInput {
  return emptyProjectInput({
    language: options.language ?? 'en',
    provenance: {
      source: 'spreadsheet',
      iatiIdentifier: null,
      sourceFile: file,
      importedAt: nowIso(),
    },
    state: options.state ?? 'draft',
  });
}

const stable = (input: ProjectInput) =>
  JSON.stringify({ ...input, provenance: input.provenance.iatiIdentifier });

async function plan(
  db: Db,
  file: string,
  data: Uint8Array,
  options: SheetImportOptions,
): Promise<Planned> {
  const preview: SheetPreview = {
    file,
    format: null,
    columns: [],
    unmatchedColumns: [],
    rows: [],
    fileError: null,
    counts: EMPTY_COUNTS(),
  };
  const inputs = new Map<number, ProjectInput>();
  let rows: string[][];
  try {
    const sheet = await readSheet(data);
    preview.format = sheet.format;
    rows = sheet.rows;
  } catch (error) {
    preview.fileError = {
      code: 'fileUnreadable',
      detail: (error as Error).message,
    };
    return { preview, inputs };
  }
  const [header = [], ...body] = rows;
  preview.columns = matchHeaders(header);
  preview.unmatchedColumns = preview.columns
    .filter((c) => c.status === 'unmatched')
    .map((c) => c.header || `(column ${c.index + 1}, no header)`);
  const used = preview.columns.filter((c) => c.status === 'matched');
  if (!used.some((c) => c.key === 'title' || c.key === 'slug')) {
    preview.fileError = { code: 'noTitleColumn' };
    return { preview, inputs };
  }
  const cellsOf = (row: string[]) => {
    const cells: RowCells = {};
    for (const c of used) cells[c.key as ColumnKey] = cellValue(row[c.index]);
    return cells;
  };
  const allCells = body.map(cellsOf);
  const [bySlug, byIatiId, byTitle, vocabulary] = await Promise.all([
    existingBy(
      db,
      'slug',
      allCells.map((c) => c.slug ?? ''),
    ),
    existingBy(
      db,
      'iati_identifier',
      allCells.map((c) => c.iatiIdentifier ?? ''),
    ),
    existingByTitle(
      db,
      allCells.filter((c) => !c.slug && !c.iatiIdentifier).map((c) => c.title ?? ''),
    ),
    loadVocabulary(db),
  ]);
  const existingIds = [...new Set([...bySlug.values(), ...byIatiId.values(), ...byTitle.values()])];
  const stored = new Map<number, ProjectInput>();
  for (let i = 0; i < existingIds.length; i += 500) {
    for (const p of await loadProjects(db, existingIds.slice(i, i + 500)))
      stored.set(p.id, projectToInput(p));
  }
  const takenSlugs = new Set<string>();
  const newSlugTaken = async (slug: string) => takenSlugs.has(slug) || bySlug.has(slug);

  for (const [i, cells] of allCells.entries()) {
    const line = i + 2;
    const errors: SheetProblem[] = [];
    const id =
      (cells.slug && bySlug.get(cells.slug)) ||
      (cells.iatiIdentifier && byIatiId.get(cells.iatiIdentifier)) ||
      (!cells.slug && !cells.iatiIdentifier && cells.title && byTitle.get(cells.title)) ||
      undefined;
    const base = id !== undefined ? stored.get(id)! : blankInput(options, file);
    if (cells.slug && id === undefined && !isValidSlug(cells.slug)) {
      errors.push({ code: 'slugInvalid', column: 'slug', value: cells.slug });
    }
    const reading = rowToInput(cells, base, vocabulary, options.clearEmpty ?? false);
    errors.push(...reading.errors);
    const input = reading.input;
    if (id === undefined) {
      const wanted = cells.slug || slugify(input.title || 'project');
      if (!cells.slug) {
        // Slugs are checked in bulk above only for the sheet's own; a generated one is checked here.
        const taken = new Set((await existingBy(db, 'slug', [wanted])).keys());
        input.slug = uniqueSlug(wanted, (s) => takenSlugs.has(s) || taken.has(s) || bySlug.has(s));
      } else input.slug = wanted;
      if (cells.slug && (await newSlugTaken(input.slug)))
        errors.push({ code: 'slugTwice', column: 'slug', value: input.slug });
    } else if (takenSlugs.has(input.slug)) {
      errors.push({ code: 'slugTwice', column: 'slug', value: input.slug });
    }
    takenSlugs.add(input.slug);
    const action: RowAction =
      errors.length > 0
        ? 'error'
        : id === undefined
          ? 'create'
          : stable(input) === stable(base)
            ? 'unchanged'
            : 'update';
    preview.counts[action] += 1;
    preview.rows.push({
      line,
      action,
      slug: input.slug || null,
      title: input.title || null,
      errors,
      warnings: reading.warnings,
    });
    if (action === 'create' || action === 'update') inputs.set(line, input);
  }
  return { preview, inputs };
}

/** What importing the sheet would do, row by row, with every error; writes nothing. */
export async function previewSheet(
  db: Db,
  file: string,
  data: Uint8Array,
  options: SheetImportOptions = {},
): Promise<SheetPreview> {
  return (await plan(db, file, data, options)).preview;
}

/**
 * Imports the valid rows of a CSV or XLSX sheet in one transaction (creating, or updating by
 * slug or IATI identifier); rows with errors are reported and left out. If a write fails,
 * nothing of the sheet is written and the report says why.
 */
export async function importSheet(
  db: Db,
  file: string,
  data: Uint8Array,
  options: SheetImportOptions = {},
): Promise<SheetImportReport> {
  const { preview, inputs } = await plan(db, file, data, options);
  if (preview.fileError || inputs.size === 0) return { ...preview, committed: false };
  try {
    await inTransaction(db, async (trx) => {
      const written: number[] = [];
      for (const [line, input] of inputs) {
        try {
          written.push((await saveProject(trx, input, { isKnownCurrency })).id);
        } catch (error) {
          if (error instanceof ValidationError)
            throw new ValidationError(
              error.issues.map((i) => ({ ...i, field: `row ${line}: ${i.field}` })),
            );
          throw error;
        }
      }
      // The search index follows in the same transaction, as for every other writer.
      await projectsChanged(trx, written);
    });
  } catch (error) {
    return {
      ...preview,
      fileError: { code: 'importFailed', detail: (error as Error).message },
      committed: false,
    };
  }
  return { ...preview, committed: true };
}

/** The same for a file on disk; `dryRun` only previews. For `projectory import sheet.csv|.xlsx`. */
export async function importSheetFile(
  db: Db,
  path: string,
  options: SheetImportOptions & { dryRun?: boolean } = {},
): Promise<SheetImportReport> {
  const data = await readFile(path);
  const file = basename(path);
  if (options.dryRun) return { ...(await previewSheet(db, file, data, options)), committed: false };
  return importSheet(db, file, data, options);
}
