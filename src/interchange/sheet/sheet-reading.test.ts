import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CsvReadError, detectDelimiter, readCsv } from './csv-reader.ts';
import { cellValue, matchHeaders, splitValues } from './sheet-headers.ts';
import { readSheet, sheetFormatOf } from './sheet-reader.ts';
import { readXlsx, XlsxReadError } from './xlsx-reader.ts';

describe('readCsv', () => {
  it('reads quotes, doubled quotes, line breaks in cells, CRLF and a BOM', () => {
    expect(readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('detects semicolons and tabs, and drops empty lines', () => {
    expect(detectDelimiter('a;b;"c,d"\n')).toBe(';');
    expect(readCsv('a;b\n\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(readCsv('a\tb\n1\t2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('names the line of a quote that never closes', () => {
    expect(() => readCsv('a\n1\n"open\n\n')).toThrow(CsvReadError);
    expect(() => readCsv('a\n1\n"open\n\n')).toThrow('line 3');
  });
});

describe('headers and cells', () => {
  it('matches export headers, seed labels and Russian labels case-insensitively', () => {
    const columns = matchHeaders([
      'TITLE',
      'type of project',
      'Страна',
      'Implementing organisation:',
      'Permalink',
      'Title',
      'Colour',
    ]);
    expect(columns.map((c) => [c.key, c.status])).toEqual([
      ['title', 'matched'],
      ['type', 'matched'],
      ['country', 'matched'],
      ['implementer', 'matched'],
      ['permalink', 'read-only'],
      ['title', 'duplicate'],
      [null, 'unmatched'],
    ]);
  });

  it('splits values on semicolons and line breaks, and undoes the formula guard', () => {
    expect(
      splitValues('Ministry of Justice (Courts; Bar)\n"Smith; Jones LLP"; «Фонд; Развитие»; UNDP'),
    ).toEqual([
      'Ministry of Justice (Courts; Bar)',
      '"Smith; Jones LLP"',
      '«Фонд; Развитие»',
      'UNDP',
    ]);
    expect(splitValues('Open (never closed; UNDP')).toEqual(['Open (never closed', 'UNDP']);
    expect(splitValues('Kazakhstan; Kyrgyz Republic\nUzbekistan;;')).toEqual([
      'Kazakhstan',
      'Kyrgyz Republic',
      'Uzbekistan',
    ]);
    expect(cellValue("'+7 701 000")).toBe('+7 701 000');
    expect(cellValue("'tis")).toBe("'tis");
  });

  it('tells XLSX from CSV by content', () => {
    expect(sheetFormatOf(new Uint8Array([0x50, 0x4b, 3, 4]))).toBe('xlsx');
    expect(sheetFormatOf(new TextEncoder().encode('Title\n'))).toBe('csv');
  });
});

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads the first sheet in tab order as cell texts, whatever the cell kinds', async () => {
    const data = await workbookBytes((wb) => {
      const other = wb.addWorksheet('Stored first');
      other.addRow(['not', 'this']);
      const main = wb.addWorksheet('Shown first');
      // The tab order, which exceljs' typings leave out.
      (main as unknown as { orderNo: number }).orderNo = 0;
      (other as unknown as { orderNo: number }).orderNo = 1;
      main.addRow(['Title', 'Start', 'Budget', 'Link', 'Error', 'End', 'Lookup', 'Joined']);
      main.addRow([
        { richText: [{ text: 'Legal ', font: { bold: true } }, { text: 'aid' }] },
        new Date(Date.UTC(2015, 2, 1)),
        1234.5,
        { text: 'Site', hyperlink: 'https://example.org' },
        { error: '#N/A' },
        { formula: 'DATE(2016,1,31)', result: new Date(Date.UTC(2016, 0, 31)) },
        { formula: 'VLOOKUP(1,Z1:Z2,1)', result: { error: '#N/A' } },
        { formula: '"a"&"b"', result: 'ab' },
      ]);
      main.getCell('F2').numFmt = 'yyyy-mm-dd';
      main.addRow([]);
      main.addRow(['', '  ']);
      main.addRow(['Last', null, 3]);
    });
    expect(await readXlsx(data)).toEqual([
      ['Title', 'Start', 'Budget', 'Link', 'Error', 'End', 'Lookup', 'Joined'],
      ['Legal aid', '2015-03-01', '1234.5', 'Site', '', '2016-01-31', '', 'ab'],
      ['Last', '', '3'],
    ]);
  });

  it('gives no rows for a workbook whose first sheet is empty', async () => {
    const data = await workbookBytes((wb) => wb.addWorksheet('Empty'));
    expect(await readXlsx(data)).toEqual([]);
  });

  it('keeps Cyrillic text whole across the inflater chunks of a large inline-string sheet', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
    const sheet = wb.addWorksheet('Projects');
    const text = (i: number) => `Проект ${i}: доступ к юридической помощи`.repeat(3);
    for (let i = 0; i < 3000; i++) sheet.addRow([text(i), i]).commit();
    sheet.commit();
    await wb.commit();
    const rows = await readXlsx(new Uint8Array(Buffer.concat(chunks)));
    expect(rows).toHaveLength(3000);
    expect(rows.every((row, i) => row[0] === text(i) && row[1] === String(i))).toBe(true);
  });

  it('names what is wrong with a file that is not a whole workbook', async () => {
    const data = await workbookBytes((wb) => wb.addWorksheet('A').addRow(['Title']));
    await expect(readXlsx(new TextEncoder().encode('PK but not a zip'))).rejects.toThrow(
      /not a readable XLSX workbook: the zip archive is damaged \(no central directory/,
    );
    await expect(readXlsx(data.subarray(0, data.length - 30))).rejects.toThrow(XlsxReadError);
    await expect(readSheet(data.subarray(0, 100))).rejects.toThrow(XlsxReadError);
  });

  it('fails, rather than waits forever, on damaged compressed data', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('A');
    for (let i = 0; i < 2000; i++) sheet.addRow([`row ${i} ${'x'.repeat(i % 50)}`, i]);
    const good = new Uint8Array(await wb.xlsx.writeBuffer());
    // Every damaged copy must settle: read or rejected with XlsxReadError, none left pending.
    const outcomes = await Promise.all(
      [0.02, 0.04, 0.06, 0.3, 0.5].map(async (at) => {
        const bad = good.slice();
        const from = Math.floor(good.length * at);
        for (let i = 0; i < 8; i++) bad[from + i]! ^= 0xa5;
        return readXlsx(bad).then(
          () => 'read',
          (e: unknown) => (e instanceof XlsxReadError ? 'error' : `other: ${e}`),
        );
      }),
    );
    expect(outcomes.filter((o) => o !== 'read' && o !== 'error')).toEqual([]);
    expect(outcomes).toContain('error');
  });
});
