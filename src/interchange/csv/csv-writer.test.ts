import { describe, expect, it } from 'vitest';
import { readCsv } from '../sheet/csv-reader.ts';
import {
  csvField,
  csvRecord,
  maxCsvFieldBytes,
  projectCsvRecord,
  UTF8_BOM,
  writeCsvField,
  writeProjectsCsv,
} from './csv-writer.ts';
import { MemoryOutput } from './memory-output.ts';
import { projectStream, sampleProject } from './project.fixture.ts';
import { EXPORT_HEADERS, projectRow } from './project-columns.ts';

const ctx = { publicUrl: 'https://projects.example.org', today: '2026-11-28' };

async function csvOf(projects = [sampleProject()]) {
  const out = new MemoryOutput();
  const result = await writeProjectsCsv(projectStream(projects), out, ctx);
  return { text: out.text(), result };
}

describe('csvField', () => {
  it('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas, not Markdown lists', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+7 701 000')).toBe("'+7 701 000");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('- a list item')).toBe('- a list item');
  });
});

// The first version, regular expressions only: the fast path must agree with it on every text.
function referenceCsvField(value: string): string {
  const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\u00a0';
  const text = /^(?:[=+@\t\r]|-[^\s])/.test(value) ? `'${value}` : value;
  const quote = /[",\r\n]/.test(text) || isSpace(text[0]) || isSpace(text[text.length - 1]);
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

// Characters around which the field rules turn, and some that they must leave alone.
const ALPHABET = [
  'a',
  'я',
  '😀',
  ' ',
  '\t',
  '\u00a0',
  '\u2003',
  '"',
  ',',
  '\r',
  '\n',
  '=',
  '+',
  '@',
  '-',
  "'",
  '1',
];

/** `count` pseudo-random texts of up to `maxLength - 1` characters of ALPHABET. */
function randomTexts(count: number, maxLength: number, seed: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let k = 0; k < i % maxLength; k++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      text += ALPHABET[seed % ALPHABET.length];
    }
    texts.push(text);
  }
  return texts;
}

describe('csvField fast path', () => {
  it('agrees with the regular-expression version on edge cases and random texts', () => {
    const samples = ['', '-', '- ', '-\u2003x', '-\nx', '-x', ' ', '\u00a0', 'x\t', '"', '=', '@'];
    for (const text of [...samples, ...randomTexts(5_000, 7, 7)])
      expect([text, csvField(text)]).toEqual([text, referenceCsvField(text)]);
  });

  it('writes into a buffer the very bytes of csvField, within the room it asks for', () => {
    const samples = ['', '"', '""', '=1', '-1', '- x', ' x', 'x ', '\tx', '😀"😀', '"'.repeat(50)];
    const buffer = Buffer.alloc(1024, 0xff);
    for (const text of [...samples, ...randomTexts(5_000, 9, 11)]) {
      const end = writeCsvField(text, buffer, 7);
      expect(end - 7).toBeLessThanOrEqual(maxCsvFieldBytes(text.length));
      expect([text, buffer.toString('utf8', 7, end)]).toEqual([text, csvField(text)]);
    }
  });
});

describe('projectCsvRecord', () => {
  it("is the record of the project's row", () => {
    const projects = [
      sampleProject(),
      sampleProject({
        id: 2,
        slug: 'second',
        title: '=2+2',
        countries: [],
        regions: [],
        types: [],
      }),
      sampleProject({ id: 3, period: { start: null, end: null }, budgetLines: [], contacts: [] }),
    ];
    for (const p of projects) {
      expect(projectCsvRecord(p, ctx)).toBe(csvRecord(projectRow(p, ctx)));
    }
  });
});

describe('writeProjectsCsv', () => {
  it('starts with a BOM and the readable header row', async () => {
    const { text } = await csvOf([]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(readCsv(text)).toEqual([[...EXPORT_HEADERS]]);
    expect(EXPORT_HEADERS.slice(0, 9)).toEqual([
      'Title',
      'Country',
      'Type of project',
      'Period',
      'Donor',
      'Budget',
      'Beneficiary',
      'Description',
      'Implementing organisation',
    ]);
  });

  it('writes one row per project, values joined with "; ", readable back exactly', async () => {
    const { text, result } = await csvOf([
      sampleProject(),
      sampleProject({ id: 2, slug: 'second', title: 'Second' }),
    ]);
    expect(result.rows).toBe(2);
    const [header, first, second] = readCsv(text);
    const row = Object.fromEntries(header!.map((h, i) => [h, first![i]]));
    expect(row.Title).toBe('Judicial reform support');
    expect(row.Country).toBe('Kazakhstan; Kyrgyz Republic; Central Asia (regional)');
    expect(row['Type of project']).toBe('Anti-corruption; Judicial reform');
    expect(row.Period).toBe('January 2015 – December 2019');
    expect(row.Donor).toBe('United Nations Office on Drugs and Crime (UNODC); European Union (EU)');
    expect(row.Description).toBe('First paragraph, with a comma.\n\n- one\n- two');
    expect(row.Summary).toBe('Courts, "fair" trials, and training.');
    expect(row['Implementing organisation']).toBe('UNDP & partners <KG>');
    expect(row['Beneficiary countries']).toBe('Kazakhstan; Uzbekistan');
    expect(row['Budget lines']).toBe('Total: USD 70600000 (total); Sub-Programme 2: USD 18300000');
    expect(row.Currency).toBe('USD');
    expect(row.Start).toBe('2015-01');
    expect(row.End).toBe('2019-12');
    expect(row.Status).toBe('Completed');
    expect(row.Contact).toBe(
      'Ashita Mittal, Regional Representative, UNODC Regional Office for Central Asia, Tel: +(998-71) 120-80-50 Ext 101, Email: unodc@example.org, Address: 30a, Abdulla Kahhor Street Tashkent, 700100 Uzbekistan',
    );
    expect(row.Permalink).toBe('https://projects.example.org/projects/judicial-reform-support');
    expect(second![0]).toBe('Second');
  });

  it("writes exactly the rows' records across chunk edges, multi-byte text and huge rows", async () => {
    const projects = Array.from({ length: 1_200 }, (_, i) =>
      sampleProject({
        id: i + 1,
        slug: `p-${i}`,
        title: i % 3 === 0 ? `Проект «${i}» — 😀` : `Project ${i}`,
        description: i === 150 ? 'Длинное описание, '.repeat(20_000) : `Row ${i}`,
      }),
    );
    const out = new MemoryOutput();
    await writeProjectsCsv(projectStream(projects), out, ctx);
    const expected =
      UTF8_BOM + csvRecord(EXPORT_HEADERS) + projects.map((p) => projectCsvRecord(p, ctx)).join('');
    expect(out.chunks.length).toBeGreaterThan(3);
    expect(out.text()).toBe(expected);
  });

  it('ends every record with CRLF', async () => {
    const { text } = await csvOf();
    expect(text.endsWith('\r\n')).toBe(true);
  });
});
