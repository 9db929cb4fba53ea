import { type ColumnKey, PROJECT_COLUMNS } from '../csv/project-columns.ts';

/** A header as compared: lower case, single spaces, no trailing colon, asterisk or dots. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_]+/g, ' ')
    .replace(/[\s:*.]+$/, '')
    .trim();
}

const BY_HEADER = new Map<string, ColumnKey>();
for (const c of PROJECT_COLUMNS) {
  for (const h of [c.header, c.headerRu, ...c.aliases]) BY_HEADER.set(normaliseHeader(h), c.key);
}
const READ_ONLY = new Set(PROJECT_COLUMNS.filter((c) => c.readOnly).map((c) => c.key));

export type ColumnStatus = 'matched' | 'read-only' | 'duplicate' | 'unmatched';

/** What became of one column of the sheet. */
export interface SheetColumn {
  index: number;
  header: string;
  key: ColumnKey | null;
  status: ColumnStatus;
}

/**
 * Matches a header row to our columns by the export's headers, the seed page's labels and
 * their Russian forms, case-insensitively. Read-only columns (Permalink, Status…) are known
 * but not imported; a second column for the same field is not used.
 */
export function matchHeaders(headers: readonly string[]): SheetColumn[] {
  const seen = new Set<ColumnKey>();
  return headers.map((header, index) => {
    const key = BY_HEADER.get(normaliseHeader(header)) ?? null;
    if (!key) return { index, header, key: null, status: 'unmatched' };
    if (seen.has(key)) return { index, header, key, status: 'duplicate' };
    seen.add(key);
    return { index, header, key, status: READ_ONLY.has(key) ? 'read-only' : 'matched' };
  });
}

// The CSV export puts an apostrophe before cells a spreadsheet would run as formulas.
const DEFUSED = /^'(?=[=+@\t\r-])/;

/** A cell's text as entered: the export's formula guard removed, ends trimmed. */
export function cellValue(raw: string | undefined): string {
  return (raw ?? '').replace(DEFUSED, '').trim();
}

/** Several values of one cell, separated by ";" or line breaks. */
export function splitValues(cell: string): string[] {
  return cell
    .split(/[;\r\n]+/)
    .map((v) => v.trim())
    .filter(Boolean);
}
