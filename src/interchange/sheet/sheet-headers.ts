import { type ColumnKey, PROJECT_COLUMNS } from '../csv/project-columns.ts';

/**
 * A header as compared: lower case, hyphens and underscores as spaces, single spaces, no
 * trailing colon, asterisk or dots.
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s_-]+/g, ' ')
    .replace(/[\s:*.]+$/, '')
    .trim();
}

/**
 * More headers people write, beyond the export's own and its aliases: the labels of the
 * editor's form and of the project page in both languages (a test holds them to the message
 * catalogues), and the usual Russian names of the export's English headers.
 */
const MORE_HEADERS: Partial<Record<ColumnKey, readonly string[]>> = {
  title: ['название проекта'],
  country: ['countries and regions', 'region', 'regions', 'страны и регионы', 'регион', 'регионы'],
  type: ['types of project', 'типы проекта', 'типы', 'сектор'],
  period: ['срок', 'продолжительность', 'даты'],
  donor: ['организация донор', 'финансирующая организация', 'донор проекта'],
  budget: [
    'budget as published',
    'бюджет в опубликованном виде',
    'текст бюджета',
    'бюджет проекта',
  ],
  beneficiary: ['целевая группа'],
  description: ['подробное описание'],
  implementer: [
    'implementing organisations',
    'implementing organizations',
    'организация исполнитель',
    'организации исполнители',
    'исполняющие организации',
    'реализующая организация',
    'исполнитель проекта',
  ],
  slug: ['address (slug)', 'адрес (slug)'],
  summary: ['аннотация', 'краткое содержание'],
  contact: ['контактное лицо', 'контактная информация'],
  beneficiaryCountries: ['страна бенефициар'],
  budgetLines: ['строки бюджета'],
  currency: ['валюта бюджета', 'budget currency'],
  start: ['дата начала', 'начало проекта', 'period start'],
  end: ['дата окончания', 'окончание проекта', 'конец', 'period end'],
  updated: ['последнее обновление', 'изменен', 'дата обновления'],
  permalink: ['постоянная ссылка'],
};

const BY_HEADER = new Map<string, ColumnKey>();
for (const c of PROJECT_COLUMNS) {
  for (const h of [c.header, c.headerRu, ...c.aliases, ...(MORE_HEADERS[c.key] ?? [])])
    BY_HEADER.set(normaliseHeader(h), c.key);
}

/** The field a header names, if any (as `matchHeaders` reads it). */
export function columnOfHeader(header: string): ColumnKey | undefined {
  return BY_HEADER.get(normaliseHeader(header));
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
    const key = columnOfHeader(header) ?? null;
    if (!key) return { index, header, key: null, status: 'unmatched' };
    if (seen.has(key)) return { index, header, key, status: 'duplicate' };
    seen.add(key);
    return { index, header, key, status: READ_ONLY.has(key) ? 'read-only' : 'matched' };
  });
}

/**
 * The first column of a field the sheet has twice, and its second one: which of the two to
 * import would be a guess. Read-only columns are not imported, so two of them do no harm.
 */
export function repeatedColumn(
  columns: readonly SheetColumn[],
): { first: SheetColumn; second: SheetColumn } | undefined {
  const second = columns.find((c) => c.status === 'duplicate' && !READ_ONLY.has(c.key!));
  if (!second) return undefined;
  return { first: columns.find((c) => c.key === second.key)!, second };
}

// The CSV export puts an apostrophe before cells a spreadsheet would run as formulas.
const DEFUSED = /^'(?=[=+@\t\r-])/;

/** A cell's text as entered: the export's formula guard removed, ends trimmed. */
export function cellValue(raw: string | undefined): string {
  return (raw ?? '').replace(DEFUSED, '').trim();
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '"': '"', '“': '”', '«': '»' };

/**
 * Several values of one cell, separated by ";" or line breaks, but never inside parentheses,
 * brackets or quotes: "Ministry of Justice (Department of Courts; Bar)" is one organisation.
 * An opener never closed does not hold the rest of the cell together.
 */
export function splitValues(cell: string): string[] {
  const values: string[] = [];
  let start = 0;
  const closers: string[] = [];
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (closers.length > 0 && ch === closers.at(-1)) closers.pop();
    else if (ch in OPENERS && cell.indexOf(OPENERS[ch]!, i + 1) !== -1) closers.push(OPENERS[ch]!);
    else if (closers.length === 0 && (ch === ';' || ch === '\n' || ch === '\r')) {
      values.push(cell.slice(start, i));
      start = i + 1;
    }
  }
  values.push(cell.slice(start));
  return values.map((v) => v.trim()).filter(Boolean);
}
