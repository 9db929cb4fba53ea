import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Db } from '../../db/database.ts';
import { saveProject } from '../../db/project-write.repository.ts';
import { nowIso } from '../../db/time.ts';
import { inTransaction } from '../../db/transaction.ts';
import { ValidationError } from '../../domain/errors.ts';
import { emptyProjectInput } from '../../domain/projects/empty-project.ts';
import type { ProjectInput, PublicationState } from '../../domain/projects/project.ts';
import { isValidSlug } from '../../domain/projects/slug.ts';
import { isKnownCurrency } from '../../domain/vocabularies/codelists.ts';
import type { ColumnKey } from '../../interchange/csv/project-columns.ts';
import { CsvEncodingError } from '../../interchange/sheet/csv-reader.ts';
import {
  cellValue,
  matchHeaders,
  repeatedColumn,
  type SheetColumn,
} from '../../interchange/sheet/sheet-headers.ts';
import { readSheet, type SheetFormat } from '../../interchange/sheet/sheet-reader.ts';
import { projectsChanged } from '../project-changes.ts';
import { newProjectSlugs } from './new-slugs.ts';
import { type RowCells, rowToInput } from './row-to-input.ts';
import type { SheetProblem } from './sheet-problem.ts';
import { existingByTitle, type Holder, holdersBy, liveId, storedInputs } from './stored-matches.ts';
import { loadVocabulary, type Vocabulary } from './vocabulary-match.ts';

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

/**
 * What writes one planned row: nothing comes back when it was written, a problem when it was
 * refused (the row is then reported as an error).
 */
type RowWriter = (
  line: number,
  input: ProjectInput,
  action: 'create' | 'update',
) => Promise<SheetProblem | undefined>;

/** What the first reading of the sheet found: enough to match each row to a stored project. */
interface Matched {
  preview: SheetPreview;
  rows: Iterable<string[]>;
  cellsOf: (row: string[]) => RowCells;
  /** The stored project each data row would update, in row order (undefined: it creates one). */
  ids: (number | undefined)[];
  /** The slug of each row that creates a project and names none (`newProjectSlugs`). */
  newSlugs: (string | undefined)[];
  /** The stored projects, deleted ones too, holding a slug or an IATI identifier the sheet names. */
  slugHolders: Map<string, Holder>;
  iatiHolders: Map<string, Holder>;
  vocabulary: Vocabulary;
  /** The stored projects that more than one row matches, read before any row is written. */
  shared: Map<number, ProjectInput>;
}

// Data rows planned at a time: their stored projects are read together.
const ROWS_AT_A_TIME = 500;

const EMPTY_COUNTS = (): Record<RowAction, number> => ({
  create: 0,
  update: 0,
  unchanged: 0,
  error: 0,
});

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

/**
 * Reads the sheet once for its header and each row's slug, IATI identifier and title (nothing
 * else of a row is kept), and finds the stored projects they name. A file that cannot be read,
 * or has no title column, comes back with the preview's `fileError` set.
 */
async function matchRows(
  db: Db,
  file: string,
  data: Uint8Array,
): Promise<Matched | { preview: SheetPreview }> {
  const preview: SheetPreview = {
    file,
    format: null,
    columns: [],
    unmatchedColumns: [],
    rows: [],
    fileError: null,
    counts: EMPTY_COUNTS(),
  };
  let rows: Iterable<string[]>;
  let columns: SheetColumn[] = [];
  let used: SheetColumn[] = [];
  const cellsOf = (row: string[]) => {
    const cells: RowCells = {};
    for (const c of used) cells[c.key as ColumnKey] = cellValue(row[c.index]);
    return cells;
  };
  const keys: Pick<RowCells, 'slug' | 'iatiIdentifier' | 'title'>[] = [];
  try {
    const sheet = await readSheet(data);
    preview.format = sheet.format;
    rows = sheet.rows;
    let header = true;
    for (const row of rows) {
      if (header) {
        columns = matchHeaders(row);
        // The read-only Currency column is read too: it names the currency of a bare amount.
        used = columns.filter(
          (c) => c.status === 'matched' || (c.status === 'read-only' && c.key === 'currency'),
        );
        header = false;
        continue;
      }
      const { slug, iatiIdentifier, title } = cellsOf(row);
      // The title matches a row that names no slug or IATI identifier, and names a new
      // project that names no slug; a row with a slug needs none.
      keys.push({ slug, iatiIdentifier, title: slug ? undefined : title });
    }
  } catch (error) {
    preview.fileError =
      error instanceof CsvEncodingError
        ? { code: 'fileNotUtf8', value: String(error.line) }
        : { code: 'fileUnreadable', detail: (error as Error).message };
    return { preview };
  }
  preview.columns = columns;
  preview.unmatchedColumns = columns
    .filter((c) => c.status === 'unmatched')
    .map((c) => c.header || `(column ${c.index + 1}, no header)`);
  if (!used.some((c) => c.key === 'title' || c.key === 'slug')) {
    preview.fileError = { code: 'noTitleColumn' };
    return { preview };
  }
  const twice = repeatedColumn(columns);
  if (twice) {
    const { first, second } = twice;
    preview.fileError = { code: 'duplicateColumn', value: second.header, detail: first.header };
    return { preview };
  }
  // Rows naming a slug or an IATI identifier are matched by it, the others by title.
  const byTitleOnly = (k: (typeof keys)[number]) => (k.slug || k.iatiIdentifier ? '' : k.title);
  const [slugHolders, iatiHolders, byTitle, vocabulary] = await Promise.all([
    holdersBy(
      db,
      'slug',
      keys.map((k) => k.slug ?? ''),
    ),
    holdersBy(
      db,
      'iati_identifier',
      keys.map((k) => k.iatiIdentifier ?? ''),
    ),
    existingByTitle(
      db,
      keys.map((k) => byTitleOnly(k) ?? ''),
    ),
    loadVocabulary(db),
  ]);
  const ids = keys.map((k) => {
    const title = byTitleOnly(k);
    return (
      (k.slug && liveId(slugHolders.get(k.slug))) ||
      (k.iatiIdentifier && liveId(iatiHolders.get(k.iatiIdentifier))) ||
      (title && byTitle.get(title)) ||
      undefined
    );
  });
  const newSlugs = await newProjectSlugs(db, keys, ids, slugHolders);
  // A second row matching a project is planned against the project as it was, not as the
  // first row's write left it: the same report as when nothing was written before planning.
  const seen = new Set<number>();
  const again = new Set<number>();
  for (const id of ids) if (id !== undefined) (seen.has(id) ? again : seen).add(id);
  const shared = await storedInputs(db, [...again]);
  return { preview, rows, cellsOf, ids, newSlugs, slugHolders, iatiHolders, vocabulary, shared };
}

/**
 * Reads the sheet again and works out each row's action, filling the preview; `write`, when
 * given, is called at once with each row to create or update. Only `ROWS_AT_A_TIME` rows and
 * their stored projects are held at a time. Rows are looked up as they were before any write
 * (`matchRows`), so writing along the way plans every row as a dry run would.
 */
async function planRows(
  db: Db,
  matched: Matched,
  options: SheetImportOptions,
  write?: RowWriter,
): Promise<void> {
  const { preview, ids, newSlugs, slugHolders, iatiHolders, vocabulary, shared } = matched;
  const file = preview.file;
  const takenSlugs = new Set<string>();
  // IATI identifiers that rows to be written give to their projects.
  const givenIatiIds = new Set<string>();

  const planRow = async (index: number, cells: RowCells, stored: Map<number, ProjectInput>) => {
    const line = index + 2;
    const errors: SheetProblem[] = [];
    const id = ids[index];
    const base = id !== undefined ? stored.get(id)! : blankInput(options, file);
    if (cells.slug && id === undefined && !isValidSlug(cells.slug)) {
      errors.push({ code: 'slugInvalid', column: 'slug', value: cells.slug });
    }
    const reading = rowToInput(cells, base, vocabulary, options.clearEmpty ?? false);
    errors.push(...reading.errors);
    const input = reading.input;
    if (id === undefined) {
      // A slug made from the title is free of every stored and every named slug (matchRows).
      input.slug = cells.slug || newSlugs[index]!;
      // A live project's slug would have matched: a stored one here is a deleted project's.
      if (cells.slug && slugHolders.has(cells.slug))
        errors.push({ code: 'slugDeleted', column: 'slug', value: cells.slug });
      else if (cells.slug && takenSlugs.has(input.slug))
        errors.push({ code: 'slugTwice', column: 'slug', value: input.slug });
    } else if (takenSlugs.has(input.slug)) {
      errors.push({ code: 'slugTwice', column: 'slug', value: input.slug });
    }
    takenSlugs.add(input.slug);
    // An identifier is unique across all stored projects: one another project holds cannot be
    // given to this one (the write would fail), nor one an earlier row gives.
    const iatiId = input.provenance.iatiIdentifier;
    const newIatiId = iatiId && iatiId !== base.provenance.iatiIdentifier ? iatiId : null;
    if (newIatiId) {
      const holder = iatiHolders.get(newIatiId);
      if (holder && holder.id !== id)
        errors.push({
          code: holder.deleted ? 'iatiIdentifierOfDeleted' : 'iatiIdentifierTaken',
          column: 'iatiIdentifier',
          value: newIatiId,
          detail: holder.slug,
        });
      else if (givenIatiIds.has(newIatiId))
        errors.push({ code: 'iatiIdentifierTwice', column: 'iatiIdentifier', value: newIatiId });
    }
    const action: RowAction =
      errors.length > 0
        ? 'error'
        : id === undefined
          ? 'create'
          : stable(input) === stable(base)
            ? 'unchanged'
            : 'update';
    if (newIatiId && action !== 'error') givenIatiIds.add(newIatiId);
    const row: SheetRowPreview = {
      line,
      action,
      slug: input.slug || null,
      title: input.title || null,
      errors,
      warnings: reading.warnings,
    };
    preview.rows.push(row);
    const refused =
      write && (action === 'create' || action === 'update')
        ? await write(line, input, action)
        : undefined;
    if (refused) {
      row.action = 'error';
      errors.push(refused);
    }
    preview.counts[row.action] += 1;
  };

  let chunk: RowCells[] = [];
  let first = 0;
  const planChunk = async () => {
    const wanted = ids.slice(first, first + chunk.length);
    const unshared = wanted.filter((id) => id !== undefined && !shared.has(id)) as number[];
    const stored = new Map([...shared, ...(await storedInputs(db, unshared))]);
    for (const [i, cells] of chunk.entries()) await planRow(first + i, cells, stored);
    first += chunk.length;
    chunk = [];
  };
  let header = true;
  for (const row of matched.rows) {
    if (header) {
      header = false;
      continue;
    }
    chunk.push(matched.cellsOf(row));
    if (chunk.length === ROWS_AT_A_TIME) await planChunk();
  }
  await planChunk();
}

/** What importing the sheet would do, row by row, with every error; writes nothing. */
export async function previewSheet(
  db: Db,
  file: string,
  data: Uint8Array,
  options: SheetImportOptions = {},
): Promise<SheetPreview> {
  const matched = await matchRows(db, file, data);
  if ('rows' in matched) await planRows(db, matched, options);
  return matched.preview;
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
  const matched = await matchRows(db, file, data);
  if (!('rows' in matched)) return { ...matched.preview, committed: false };
  const written: number[] = [];
  try {
    await inTransaction(db, async (trx) => {
      // Each valid row is written as soon as it is planned, so no more than a chunk of rows
      // and their projects is ever held.
      await planRows(trx, matched, options, async (line, input, action) => {
        // saveProject writes onto whatever project has the slug: a new project's slug was free
        // when planned, and is checked again here, so that no other project is ever overwritten
        // (say one created meanwhile in the editor).
        if (action === 'create') {
          const holder = await trx
            .selectFrom('projects')
            .select('id')
            .where('slug', '=', input.slug)
            .executeTakeFirst();
          if (holder) return { code: 'slugTaken', column: 'slug', value: input.slug };
        }
        try {
          written.push((await saveProject(trx, input, { isKnownCurrency })).id);
          return undefined;
        } catch (error) {
          if (error instanceof ValidationError)
            throw new ValidationError(
              error.issues.map((i) => ({ ...i, field: `row ${line}: ${i.field}` })),
            );
          throw error;
        }
      });
      // The search index follows in the same transaction, as for every other writer.
      if (written.length > 0) await projectsChanged(trx, written);
    });
  } catch (error) {
    // The rows after the failure were never planned: the report plans them all again, against
    // the database as the rollback left it (as it was before the import).
    return {
      ...(await previewSheet(db, file, data, options)),
      fileError: { code: 'importFailed', detail: (error as Error).message },
      committed: false,
    };
  }
  return { ...matched.preview, committed: written.length > 0 };
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
