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

/**
 * A CSV file that is not UTF-8 (nor UTF-16 with a byte order mark): most often one that Excel
 * saved as plain "CSV", in the computer's legacy code page (Windows-1251, Windows-1252…).
 * Its bytes cannot be told apart reliably, so the file is refused rather than guessed at.
 */
export class CsvEncodingError extends CsvReadError {
  constructor(line: number, encoding = 'UTF-8') {
    super(`the file is not ${encoding} text`, line);
    this.name = 'CsvEncodingError';
  }
}

const DELIMITERS = [',', ';', '\t'] as const;
const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

const hasBom = (data: Uint8Array) => BOM.every((b, i) => data[i] === b);

/**
 * The file as UTF-8 bytes: UTF-16 (little- or big-endian, as Excel's "Unicode text" writes it)
 * when it starts with its byte order mark, decoded and encoded again; anything else as it is.
 * Only a UTF-16 file is copied: UTF-8 is read in place, and checked as its cells are decoded.
 */
export function csvUtf8Bytes(data: Uint8Array): Uint8Array {
  const encoding =
    data[0] === 0xff && data[1] === 0xfe
      ? 'utf-16le'
      : data[0] === 0xfe && data[1] === 0xff
        ? 'utf-16be'
        : null;
  if (!encoding) return data;
  let text: string;
  try {
    // The BOM is dropped by the decoder.
    text = new TextDecoder(encoding, { fatal: true }).decode(data);
  } catch {
    throw new CsvEncodingError(1, 'UTF-16');
  }
  return new TextEncoder().encode(text);
}

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
 * CRLF or LF) as cells, one row at a time, read straight from its UTF-8 bytes (UTF-16 with a
 * BOM is converted first, `csvUtf8Bytes`). A BOM is dropped; the delimiter is detected when not
 * given. Rows that are wholly empty are dropped. An unterminated quote, or bytes that are not
 * UTF-8 (`CsvEncodingError`), is an error naming its line, thrown when reading reaches it.
 *
 * Why bytes: the delimiters, quotes and line breaks are ASCII, which never occurs inside a
 * multi-byte UTF-8 character, so each cell is found in the bytes and decoded on its own. No
 * string of the whole file is made, and each cell is one flat string of its own; a cell built
 * up a character at a time is a chain of one string per character, some 30 bytes each (the
 * rows of a 35 MB file took 1 GB of heap that way). For the same reason the bytes between
 * cells are ASCII, so decoding every cell strictly (`fatal`) checks the whole file is UTF-8, at
 * no extra pass.
 */
export function* csvRows(file: Uint8Array, delimiter?: string): Generator<string[]> {
  const data = csvUtf8Bytes(file);
  const start = hasBom(data) ? BOM.length : 0;
  const sepText = delimiter ?? delimiterOf(data, start);
  if (sepText.length !== 1 || sepText.charCodeAt(0) > 0x7f)
    throw new Error(`a CSV delimiter is one ASCII character, not "${sepText}"`);
  const sep = sepText.charCodeAt(0);
  // ignoreBOM: a cell that starts with U+FEFF keeps it; only the file's own BOM is dropped.
  // fatal: bytes that are not UTF-8 (a Windows-1251 or Latin-1 file) are refused, not read as
  // U+FFFD.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
  let line = 1;
  const text = (from: number, to: number) => {
    if (from === to) return '';
    try {
      return decoder.decode(data.subarray(from, to));
    } catch {
      throw new CsvEncodingError(line);
    }
  };
  const n = data.length;
  /** Where the unquoted text from `i` ends: at a delimiter, a line break or the end. */
  const plainEnd = (i: number) => {
    let j = i;
    while (j < n && data[j] !== sep && data[j] !== CR && data[j] !== LF) j += 1;
    return j;
  };
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
