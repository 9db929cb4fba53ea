import { describe, expect, it } from 'vitest';
import { CsvReadError, detectDelimiter, readCsv } from './csv-reader.ts';
import { cellValue, matchHeaders, splitValues } from './sheet-headers.ts';
import { sheetFormatOf } from './sheet-reader.ts';

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
