import type { Db } from '../../db/database.ts';
import type { ProjectInput } from '../../domain/projects/project.ts';
import type { ColumnKey } from '../../interchange/csv/project-columns.ts';
import { CsvEncodingError } from '../../interchange/sheet/csv-reader.ts';
import {
  cellValue,
  matchHeaders,
  repeatedColumn,
  type SheetColumn,
} from '../../interchange/sheet/sheet-headers.ts';
import { readSheet } from '../../interchange/sheet/sheet-reader.ts';
import { newProjectSlugs } from './new-slugs.ts';
import type { RowCells } from './row-to-input.ts';
import { EMPTY_COUNTS, type SheetPreview } from './sheet-preview.ts';
import { existingByTitle, type Holder, holdersBy, liveId, storedInputs } from './stored-matches.ts';
import { loadVocabulary, type Vocabulary } from './vocabulary-match.ts';

/** What the first reading of the sheet found: enough to match each row to a stored project. */
export interface Matched {
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

/**
 * Reads the sheet once for its header and each row's slug, IATI identifier and title (nothing
 * else of a row is kept), and finds the stored projects they name. A file that cannot be read,
 * or has no title column, comes back with the preview's `fileError` set.
 */
export async function matchRows(
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
