import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvEncodingError, CsvReadError, csvRows, csvUtf8Bytes, readCsv } from './csv-reader.ts';

/**
 * The reader as it was before it read bytes: the whole file decoded into one string, cells
 * built a character at a time. The byte reader must read every file exactly as it did.
 */
function referenceReadCsv(input: string): string[][] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let toggled = false;
  for (const ch of text) {
    if (ch === '"') toggled = !toggled;
    else if (!toggled && (ch === '\n' || ch === '\r')) break;
    else if (!toggled && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let sep = ',';
  for (const [d, n] of counts) if (n > counts.get(sep)!) sep = d;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let line = 1;
  let quoteLine = 0;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' && cell === '' && quoteLine === 0) quoteLine = line;
    else if (quoteLine !== 0 && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (quoteLine !== 0 && ch === '"') quoteLine = 0;
    else if (quoteLine !== 0) {
      if (ch === '\n') line += 1;
      cell += ch;
    } else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      line += 1;
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else cell += ch;
  }
  if (quoteLine !== 0) throw new CsvReadError('a quoted cell is never closed', quoteLine);
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

const outcome = (read: () => string[][]) => {
  try {
    return read();
  } catch (error) {
    return (error as Error).message;
  }
};

// Every character the reader treats specially, a Cyrillic letter, a euro sign and a BOM, and
// quotes opening a cell (so that quoted cells, closed or not, are common).
const csvChar = fc.constantFrom(
  ...['a', 'ж', '€', ',', ';', '\t', '"', '\r', '\n', ' ', '\uFEFF'],
  ...[',"', '\n"', '"\n'],
);
// Bytes of the same, plus pieces of UTF-8 characters and bytes that are never UTF-8.
const csvByte = fc.constantFrom(
  0x61,
  0x2c,
  0x3b,
  0x09,
  0x22,
  0x0d,
  0x0a,
  0xd0,
  0xb6,
  0xe2,
  0x82,
  0xac,
  0x80,
  0xff,
);

describe('csvRows', () => {
  it('reads any text exactly as the string reader did', () => {
    fc.assert(
      fc.property(fc.string({ unit: csvChar, maxLength: 80 }), (text) => {
        expect(outcome(() => readCsv(text))).toEqual(outcome(() => referenceReadCsv(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any UTF-8 bytes as decoding the whole file first did, and refuses any other bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.array(csvByte, { maxLength: 80 }), (bytes) => {
        const data = Uint8Array.from(bytes);
        let whole: string | null = null;
        try {
          whole = strict.decode(data);
        } catch {}
        const read = () => [...csvRows(data)];
        if (whole !== null) {
          const text = whole;
          expect(outcome(read)).toEqual(outcome(() => referenceReadCsv(text)));
          return;
        }
        // Broken UTF-8 is refused: as not UTF-8, unless an unclosed quote was met first.
        expect(read).toThrow(CsvReadError);
        const lossy = new TextDecoder('utf-8').decode(data);
        if (Array.isArray(outcome(() => referenceReadCsv(lossy))))
          expect(read).toThrow(CsvEncodingError);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a Windows-1251 or Latin-1 file, naming the line, instead of reading U+FFFD', () => {
    // Excel's plain "CSV" in Russian is Windows-1251, where А–я are 0xC0–0xFF.
    const cp1251 = (text: string) =>
      Uint8Array.from(
        [...text].map((ch) => (/[А-я]/.test(ch) ? ch.charCodeAt(0) - 0x350 : ch.charCodeAt(0))),
      );
    const russian = cp1251('Title;Country\nПроект;Казахстан\n');
    expect(new TextDecoder('windows-1251').decode(russian)).toBe(
      'Title;Country\nПроект;Казахстан\n',
    );
    const rows = csvRows(russian);
    expect(rows.next().value).toEqual(['Title', 'Country']);
    expect(() => rows.next()).toThrow(CsvEncodingError);
    expect(() => [...csvRows(russian)]).toThrow('line 2: the file is not UTF-8 text');
    // "Café" in Latin-1 (é is 0xE9), in a quoted cell and then a plain one.
    const latin1 = Uint8Array.from(
      [...'Title\n"Caf\u00e9, bar"\nCaf\u00e9\n'].map((c) => c.charCodeAt(0)),
    );
    expect(() => [...csvRows(latin1)]).toThrow('line 2: the file is not UTF-8 text');
    expect(() => [...csvRows(latin1.subarray(20))]).toThrow('line 1: the file is not UTF-8 text');
  });

  it("reads UTF-16 with a byte order mark, little- and big-endian, as Excel's Unicode text", () => {
    const text = 'Title\tCountry\r\n"Проект, ""суды"""\tКазахстан\r\nCafé 👍\tKG\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const expected = [
      ['Title', 'Country'],
      ['Проект, "суды"', 'Казахстан'],
      ['Café 👍', 'KG'],
    ];
    expect([...csvRows(le)]).toEqual(expected);
    expect([...csvRows(be)]).toEqual(expected);
    expect(csvUtf8Bytes(le)).toEqual(new TextEncoder().encode(text));
    // A lone surrogate is not UTF-16 text.
    const broken = Buffer.from([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x41, 0]);
    expect(() => [...csvRows(broken)]).toThrow('the file is not UTF-16 text');
  });

  it('reads rows one at a time, so a read error comes only when reading reaches it', () => {
    const rows = csvRows(new TextEncoder().encode('a,b\n"1\r\n1",2\n"open\n'));
    expect(rows.next().value).toEqual(['a', 'b']);
    expect(rows.next().value).toEqual(['1\r\n1', '2']);
    expect(() => rows.next()).toThrow('line 4: a quoted cell is never closed');
  });

  it('refuses a delimiter that is not one ASCII character', () => {
    expect(() => readCsv('a;b', ';;')).toThrow('one ASCII character');
    expect(() => readCsv('a§b', '§')).toThrow('one ASCII character');
  });

  it('keeps each cell as a flat string of its own: the rows take about the size of the file', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const cell = 'rule of law training for courts, prosecutors and ministries. '.repeat(40);
    const record = `Title ${'x'.repeat(20)},"${cell}","${cell.replaceAll('courts', '""courts""')}"\n`;
    const data = new TextEncoder().encode(`Title,Description,Summary\n${record.repeat(2000)}`);
    gc();
    const before = process.memoryUsage().heapUsed;
    const rows = [...csvRows(data)];
    gc();
    const held = process.memoryUsage().heapUsed - before;
    expect(rows).toHaveLength(2001);
    expect(rows[1]![2]).toContain('"courts"');
    // 10 MB of text; a cell built a character at a time held ~30 bytes per character.
    expect(data.length).toBeGreaterThan(9_000_000);
    expect(held).toBeLessThan(2 * data.length);
  });
});
