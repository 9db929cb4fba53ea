import type { Connection, Pool, PoolClient } from 'pg';
import type { Row } from './export-rows.ts';

/**
 * How a column crosses in binary COPY: the select list casts every column to the type its kind
 * names, so the decoder never depends on the schema's own types.
 */
export const ColumnKind = {
  /** `::text`, decoded as UTF-8. */
  Text: 0,
  /** `::int4`, a 32-bit integer. */
  Int4: 1,
  /** `::int8`, a 64-bit integer (safe below 2^53, as the amounts in cents are). */
  Int8: 2,
  /** `::text`, then Number(): a real as PostgreSQL writes it, the value pg's parser would give. */
  Number: 3,
} as const;
export type ColumnKind = (typeof ColumnKind)[keyof typeof ColumnKind];

const CAST = ['text', 'int4', 'int8', 'text'] as const;

/** `"column"::type, …` for a COPY select list (names from the constant column lists only). */
export function castColumns(columns: readonly string[], kinds: readonly ColumnKind[]): string {
  return columns.map((c, i) => `"${c}"::${CAST[kinds[i]!]}`).join(', ');
}

/** An integer for the text of a COPY statement, which takes no bind parameters. */
export function sqlInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}

/**
 * `COPY (query) TO STDOUT` statements sent to a pg client as ONE simple query, as a pg
 * "submittable": PostgreSQL runs them in turn (each with its own snapshot, as separate queries
 * would) and ends each with CommandComplete, so one round trip and one connection serve every
 * child table of a chunk (the same queries on 11 connections at once cost PostgreSQL twice the
 * CPU).
 * pg hands each CopyData message to `handleCopyData`, whose bytes are appended to the current
 * statement's buffer (pg may reuse the memory a message points into, so they are copied at once).
 * Buffers given are filled first and grown by doubling, so a reader that passes back the buffers
 * of its last chunk allocates nothing after the first ones.
 */
class CopyOut {
  readonly done: Promise<CopyResult[]>;
  private resolve!: (results: CopyResult[]) => void;
  private reject!: (error: Error) => void;
  private readonly results: CopyResult[] = [];
  private buffer: Buffer;
  private used = 0;
  private settled = false;

  constructor(
    private readonly text: string,
    private readonly statements: number,
    private readonly buffers: (Buffer | undefined)[],
  ) {
    this.buffer = this.nextBuffer();
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
  }

  private nextBuffer(): Buffer {
    return this.buffers[this.results.length] ?? Buffer.allocUnsafe(1 << 16);
  }

  submit(connection: Connection) {
    connection.query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }) {
    const chunk = message.chunk;
    const need = this.used + chunk.length;
    if (need > this.buffer.length) {
      let size = Math.max(this.buffer.length * 2, 1 << 16);
      while (size < need) size *= 2;
      const grown = Buffer.allocUnsafe(size);
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
    // TypedArray#set, not Buffer#copy: with a message per row the call's own cost counts.
    this.buffer.set(chunk, this.used);
    this.used = need;
  }

  handleCommandComplete() {
    this.results.push({ bytes: this.buffer.subarray(0, this.used), buffer: this.buffer });
    if (this.results.length < this.statements) this.buffer = this.nextBuffer();
    this.used = 0;
  }

  handleReadyForQuery() {
    if (this.settled) return;
    this.settled = true;
    if (this.results.length === this.statements) this.resolve(this.results);
    else this.reject(new Error(`${this.results.length} of ${this.statements} COPY statements ran`));
  }

  handleError(error: Error) {
    if (this.settled) return;
    this.settled = true;
    this.reject(error);
  }

  // The other messages pg may route to the active query carry nothing a COPY needs.
  handleEmptyQuery() {}
  handleRowDescription() {}
  handleDataRow() {}
  handlePortalSuspended() {}
}

/** What one COPY gave: its bytes, and the whole buffer under them to pass to the next. */
export interface CopyResult {
  bytes: Buffer;
  buffer: Buffer;
}

/**
 * Runs `COPY (select) TO STDOUT (FORMAT binary)` for each select, in order, in one round trip
 * on a client of the pool, filling `buffers[i]` (when given) for the i-th.
 */
export async function copyOut(
  client: PoolClient,
  selects: readonly string[],
  buffers: (Buffer | undefined)[] = [],
): Promise<CopyResult[]> {
  const text = selects.map((s) => `copy (${s}) to stdout (format binary)`).join(';\n');
  const copy = new CopyOut(text, selects.length, buffers);
  client.query(copy);
  return copy.done;
}

/** Runs `use` with a client of the pool; a client that failed is closed rather than reused. */
export async function withClient<T>(pool: Pool, use: (client: PoolClient) => Promise<T>) {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    return await use(client);
  } catch (error) {
    failure = error as Error;
    throw error;
  } finally {
    client.release(failure);
  }
}

// Buffer#utf8Slice is what Buffer#toString('utf8', …) ends in, without its argument handling:
// for the ~25 fields of every project that is a tenth of the export's CPU (measured: 2.4 times
// faster a call). Node has it on every Buffer, but its types do not say so.
type Utf8Sliceable = Buffer & { utf8Slice(start: number, end: number): string };

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER_BYTES = SIGNATURE.length + 8;

/**
 * The rows of one binary COPY, decoded one at a time into tuples (PostgreSQL's binary COPY
 * format: a header, then per row a 16-bit field count and per field a 32-bit length, -1 for
 * NULL, and the bytes; a count of -1 ends it). Rows are decoded only when asked for, so the
 * strings of a chunk are made just before they are formatted and die young.
 */
export class BinaryCopyRows {
  private at: number;

  constructor(
    private readonly bytes: Buffer,
    private readonly kinds: readonly ColumnKind[],
  ) {
    if (bytes.length < HEADER_BYTES + 2 || !SIGNATURE.equals(bytes.subarray(0, SIGNATURE.length)))
      throw new Error('not a binary COPY');
    this.at = HEADER_BYTES + bytes.readInt32BE(SIGNATURE.length + 4);
  }

  /** True when every row has been read. */
  get done(): boolean {
    return this.bytes.readInt16BE(this.at) === -1;
  }

  /** The first column of the next row, an int4 (a project id), without reading the row. */
  peekFirst(): number {
    return this.bytes.readInt32BE(this.at + 6);
  }

  /** How many rows are left and the first column of the last one (an int4), reading nothing. */
  remaining(): { count: number; lastFirst: number } {
    const b = this.bytes;
    let at = this.at;
    let count = 0;
    let lastFirst = Number.NaN;
    for (let fields = b.readInt16BE(at); fields !== -1; fields = b.readInt16BE(at)) {
      lastFirst = b.readInt32BE(at + 6);
      at += 2;
      for (let i = 0; i < fields; i++) at += 4 + Math.max(0, b.readInt32BE(at));
      count++;
    }
    return { count, lastFirst };
  }

  /** The next row as a tuple in the column order of the COPY. */
  next(): Row {
    const b = this.bytes;
    const kinds = this.kinds;
    let at = this.at;
    const count = b.readInt16BE(at);
    at += 2;
    if (count !== kinds.length) throw new Error(`a COPY row of ${count} columns`);
    const row: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const length = b.readInt32BE(at);
      at += 4;
      if (length < 0) {
        row[i] = null;
        continue;
      }
      const kind = kinds[i];
      if (kind === ColumnKind.Int4) row[i] = b.readInt32BE(at);
      else if (kind === ColumnKind.Int8)
        row[i] = b.readInt32BE(at) * 2 ** 32 + b.readUInt32BE(at + 4);
      else {
        const text = (b as Utf8Sliceable).utf8Slice(at, at + length);
        row[i] = kind === ColumnKind.Number ? Number(text) : text;
      }
      at += length;
    }
    this.at = at;
    return row;
  }
}
