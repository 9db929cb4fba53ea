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

/**
 * The delimiter of the header line: a comma, or the semicolon that Excel writes where the
 * decimal mark is a comma, or a tab; quoted text is not counted.
 */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or
 * LF) into rows of cells. A BOM is dropped; the delimiter is detected when not given. Rows
 * that are wholly empty are dropped. An unterminated quote is an error naming its line.
 */
export function readCsv(input: string, delimiter?: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = delimiter ?? detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let quoteLine = 0;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell === '' && quoteLine === 0) {
      quoteLine = line;
      i += 1;
      continue;
    }
    if (quoteLine !== 0) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoteLine = 0;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      cell += ch;
      i += 1;
      continue;
    }
    if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      line += 1;
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (quoteLine !== 0) throw new CsvReadError('a quoted cell is never closed', quoteLine);
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
