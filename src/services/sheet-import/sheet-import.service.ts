import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { insertAuditEntry } from '../../db/audit.repository.ts';
import type { Db } from '../../db/database.ts';
import { findOrganisationBySlug, upsertOrganisation } from '../../db/organisations.repository.ts';
import { saveProject } from '../../db/project-write.repository.ts';
import { nowIso } from '../../db/time.ts';
import { inTransaction } from '../../db/transaction.ts';
import { ValidationError } from '../../domain/errors.ts';
import { emptyProjectInput } from '../../domain/projects/empty-project.ts';
import type { ProjectInput, PublicationState } from '../../domain/projects/project.ts';
import { isValidSlug } from '../../domain/projects/slug.ts';
import { isKnownCurrency } from '../../domain/vocabularies/codelists.ts';
import { keepBaseline } from '../editing/project-store.ts';
import { recordImportRevisions } from '../import/import-revisions.ts';
import { projectsChanged } from '../project-changes.ts';
import { type NewOrganisation, type RowCells, rowToInput } from './row-to-input.ts';
import { fieldChanges } from './sheet-changes.ts';
import type {
  RowAction,
  SheetImportReport,
  SheetPreview,
  SheetRowPreview,
} from './sheet-preview.ts';
import type { SheetProblem } from './sheet-problem.ts';
import { type Matched, matchRows } from './sheet-row-matching.ts';
import { storedInputs } from './stored-matches.ts';

export type {
  RowAction,
  SheetImportReport,
  SheetPreview,
  SheetRowPreview,
} from './sheet-preview.ts';

export interface SheetImportOptions {
  /** An empty cell clears its field (default: it keeps the stored value). */
  clearEmpty?: boolean;
  /** State of the projects the import creates (default draft); updated ones keep theirs. */
  state?: PublicationState;
  /** Language of new projects' texts (default en). */
  language?: string;
  /** Who imports (the upload page), named by the revisions and the audit log. */
  actorId?: number | null;
  /** The editor's import run, named by each revision ("spreadsheet x.xlsx, row 7, run 3"). */
  runId?: number | null;
}

// Revisions are written for this many rows at once: one read of their projects.
const REVISIONS_AT_A_TIME = 500;

/**
 * What writes one planned row: nothing comes back when it was written, a problem when it was
 * refused (the row is then reported as an error).
 */
type RowWriter = (
  line: number,
  input: ProjectInput,
  action: 'create' | 'update',
  newOrganisations: readonly NewOrganisation[],
) => Promise<SheetProblem | undefined>;

// Data rows planned at a time: their stored projects are read together.
const ROWS_AT_A_TIME = 500;

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
    const row: SheetRowPreview = {
      line,
      action,
      slug: input.slug || null,
      title: input.title || null,
      errors,
      warnings: reading.warnings,
      changes:
        action === 'create' || action === 'update'
          ? fieldChanges(base, input, vocabulary.nameOf)
          : [],
      newOrganisations: reading.newOrganisations,
    };
    preview.rows.push(row);
    const refused =
      write && (action === 'create' || action === 'update')
        ? await write(line, input, action, reading.newOrganisations)
        : undefined;
    if (refused) {
      row.action = 'error';
      errors.push(refused);
    }
    // Given only when the row is not refused: a later row may still give it then.
    if (newIatiId && row.action !== 'error') givenIatiIds.add(newIatiId);
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
      let pending: { id: number; line: number }[] = [];
      // New organisations this import made: rows naming one again need no look-up.
      const madeOrganisations = new Set<string>();
      const at = nowIso();
      const flushRevisions = async () => {
        const lines = new Map(pending.map((w) => [w.id, w.line]));
        await recordImportRevisions(
          trx,
          { ids: pending.map((w) => w.id), replaced: [] },
          {
            actorId: options.actorId ?? null,
            at,
            origin: (p) => ({
              kind: 'sheet',
              file,
              row: lines.get(p.id)!,
              run: options.runId ?? null,
            }),
          },
        );
        pending = [];
      };
      // Each valid row is written as soon as it is planned, so no more than a chunk of rows
      // and their projects is ever held.
      await planRows(trx, matched, options, async (line, input, action, organisations) => {
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
          // Created before the project that names them; an earlier row may have made them.
          for (const org of organisations) {
            if (madeOrganisations.has(org.slug)) continue;
            // Free when the sheet was read; checked again, so one made meanwhile is not written over.
            if (!(await findOrganisationBySlug(trx, org.slug)))
              await upsertOrganisation(trx, {
                ...org,
                iatiIdentifier: null,
                iatiType: null,
                website: null,
              });
            madeOrganisations.add(org.slug);
          }
          // The version this row replaces stays restorable: the import can be undone.
          if (action === 'update') await keepBaseline(trx, input.slug);
          const { id } = await saveProject(trx, input, { isKnownCurrency });
          written.push(id);
          pending.push({ id, line });
          if (pending.length >= REVISIONS_AT_A_TIME) await flushRevisions();
          return undefined;
        } catch (error) {
          if (error instanceof ValidationError)
            throw new ValidationError(
              error.issues.map((i) => ({ ...i, field: `row ${line}: ${i.field}` })),
            );
          throw error;
        }
      });
      await flushRevisions();
      await insertAuditEntry(trx, {
        action: 'sheet_imported',
        actorId: options.actorId ?? null,
        subjectType: 'file',
        subjectId: file,
        details: {
          ...matched.preview.counts,
          written: written.length,
          ...(options.runId ? { run: options.runId } : {}),
        },
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
