/** A CSV file that cannot be read, with the line where reading stopped. */
export class CsvReadError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvReadError';
  }
}

const DELIMITERS = [',', ';', '\t'] as const;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

const hasBom = (data: Uint8Array) => BOM.every((b, i) => data[i] === b);

/** The delimiter of the header line of UTF-8 bytes, from `start`. */
function delimiterOf(data: Uint8Array, start: number): string {
  const counts = new Map<number, number>(DELIMITERS.map((d) => [d.charCodeAt(0), 0]));
  let quoted = false;
  for (let i = start; i < data.length; i++) {
    const b = data[i]!;
    if (b === QUOTE) quoted = !quoted;
    else if (!quoted && (b === LF || b === CR)) break;
    else if (!quoted && counts.has(b)) counts.set(b, counts.get(b)! + 1);
  }
  let best = ','.charCodeAt(0);
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return String.fromCharCode(best);
}

/**
 * The delimiter of the header line: a comma, or the semicolon that Excel writes where the
 * decimal mark is a comma, or a tab; quoted text is not counted.
 */
export function detectDelimiter(text: string): string {
  return delimiterOf(new TextEncoder().encode(text), 0);
}

/**
 * The rows of a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes,
 * CRLF or LF) as cells, one row at a time, read straight from its UTF-8 bytes. A BOM is
 * dropped; the delimiter is detected when not given. Rows that are wholly empty are dropped.
 * An unterminated quote is an error naming its line, thrown when reading reaches it.
 *
 * Why bytes: the delimiters, quotes and line breaks are ASCII, which never occurs inside a
 * multi-byte UTF-8 character, so each cell is found in the bytes and decoded on its own. No
 * string of the whole file is made, and each cell is one flat string of its own; a cell built
 * up a character at a time is a chain of one string per character, some 30 bytes each (the
 * rows of a 35 MB file took 1 GB of heap that way).
 */
export function* csvRows(data: Uint8Array, delimiter?: string): Generator<string[]> {
  const start = hasBom(data) ? BOM.length : 0;
  const sepText = delimiter ?? delimiterOf(data, start);
  if (sepText.length !== 1 || sepText.charCodeAt(0) > 0x7f)
    throw new Error(`a CSV delimiter is one ASCII character, not "${sepText}"`);
  const sep = sepText.charCodeAt(0);
  // ignoreBOM: a cell that starts with U+FEFF keeps it; only the file's own BOM is dropped.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const text = (from: number, to: number) =>
    from === to ? '' : decoder.decode(data.subarray(from, to));
  const n = data.length;
  /** Where the unquoted text from `i` ends: at a delimiter, a line break or the end. */
  const plainEnd = (i: number) => {
    let j = i;
    while (j < n && data[j] !== sep && data[j] !== CR && data[j] !== LF) j += 1;
    return j;
  };
  let line = 1;
  let row: string[] = [];
  let i = start;
  for (;;) {
    let cell: string;
    if (data[i] === QUOTE) {
      const quoteLine = line;
      let close = i + 1;
      let doubled = false;
      for (;;) {
        if (close >= n) throw new CsvReadError('a quoted cell is never closed', quoteLine);
        const b = data[close];
        if (b === QUOTE && data[close + 1] === QUOTE) {
          doubled = true;
          close += 2;
          continue;
        }
        if (b === QUOTE) break;
        if (b === LF) line += 1;
        close += 1;
      }
      const quoted = text(i + 1, close);
      // Text after the closing quote, up to the delimiter, is kept as written.
      const end = plainEnd(close + 1);
      cell = (doubled ? quoted.replaceAll('""', '"') : quoted) + text(close + 1, end);
      i = end;
    } else {
      const end = plainEnd(i);
      cell = text(i, end);
      i = end;
    }
    row.push(cell);
    if (i < n && data[i] === sep) {
      i += 1;
      continue;
    }
    if (row.length > 1 || row[0] !== '') yield row;
    row = [];
    if (i >= n) return;
    line += 1;
    i += data[i] === CR && data[i + 1] === LF ? 2 : 1;
    if (i >= n) return;
  }
}

/** Reads CSV text into rows of cells, as `csvRows` does its bytes. */
export function readCsv(input: string, delimiter?: string): string[][] {
  return [...csvRows(new TextEncoder().encode(input), delimiter)];
}
