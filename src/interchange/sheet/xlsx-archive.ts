import { Readable } from 'node:stream';

/** A file that is not a readable XLSX workbook, with what is wrong with it. */
export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxReadError';
  }
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;

/**
 * The entries of a zip archive by name, each as its whole stored record (local header,
 * compressed data and any data descriptor), read from the central directory at the end of the
 * file. No data is inflated or copied: the records are views of `data`.
 */
export function zipRecords(data: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const corrupt = (what: string) =>
    new XlsxReadError(`not a readable XLSX workbook: the zip archive is damaged (${what})`);

  // The end-of-directory record is the last 22 bytes, unless a comment (≤ 64 KiB) follows it.
  let end = -1;
  for (let at = data.length - 22; at >= Math.max(0, data.length - 22 - 0xffff); at--) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt('no central directory: the file is cut short or is not a zip');
  let count = u16(end + 10);
  let directory = u32(end + 16);
  if (
    (count === 0xffff || directory === 0xffffffff) &&
    end >= 20 &&
    u32(end - 20) === ZIP64_LOCATOR
  ) {
    const zip64End = u64(end - 12);
    if (zip64End + 56 > data.length || u32(zip64End) !== ZIP64_END)
      throw corrupt('zip64 directory');
    count = u64(zip64End + 32);
    directory = u64(zip64End + 48);
  }

  const starts: { name: string; offset: number }[] = [];
  let at = directory;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || u32(at) !== CENTRAL_HEADER) throw corrupt('directory entry');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const name = new TextDecoder().decode(data.subarray(at + 46, at + 46 + nameLength));
    let offset = u32(at + 42);
    if (offset === 0xffffffff) offset = zip64Offset(at, nameLength, extraLength);
    if (offset + 30 > directory || u32(offset) !== LOCAL_HEADER) throw corrupt(`entry ${name}`);
    starts.push({ name, offset });
    at += 46 + nameLength + extraLength + u16(at + 32);
  }

  // A record runs to the next one (data descriptors included); the last one to the directory.
  starts.sort((a, b) => a.offset - b.offset);
  const records = new Map<string, Uint8Array>();
  for (const [i, { name, offset }] of starts.entries()) {
    records.set(name, data.subarray(offset, starts[i + 1]?.offset ?? directory));
  }
  return records;

  /** The local header's offset from the zip64 extra field, after the sizes it also holds. */
  function zip64Offset(header: number, nameLength: number, extraLength: number): number {
    let field = header + 46 + nameLength;
    const fieldsEnd = field + extraLength;
    while (field + 4 <= fieldsEnd) {
      if (u16(field) === 0x0001) {
        const skip =
          (u32(header + 24) === 0xffffffff ? 8 : 0) + (u32(header + 20) === 0xffffffff ? 8 : 0);
        return u64(field + 4 + skip);
      }
      field += 4 + u16(field + 2);
    }
    throw corrupt('zip64 entry');
  }
}

/**
 * Chosen records one after the other, as a zip stream that a streaming unzipper reads in this
 * order (it stops at the end of the stream; it needs no central directory).
 */
export function zipStreamOf(records: Uint8Array[]): Readable {
  return Readable.from(
    records.map((r) => Buffer.from(r.buffer, r.byteOffset, r.byteLength)),
    {
      objectMode: false,
    },
  );
}

/** A stored (uncompressed) zip record named `name` holding `content`, whose CRC-32 is `crc`. */
export function storedRecord(name: string, content: string, crc: number): Uint8Array {
  const nameBytes = Buffer.from(name, 'utf8');
  const body = Buffer.from(content, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0
  header.writeUInt16LE(0x0800, 6); // UTF-8 name
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(body.length, 18);
  header.writeUInt32LE(body.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, body]);
}
