import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MemoryOutput } from '../csv/memory-output.ts';
import { projectStream, sampleProject } from '../csv/project.fixture.ts';
import { EXPORT_HEADERS } from '../csv/project-columns.ts';
import { writeProjectsXlsx } from './xlsx-writer.ts';

const ctx = { publicUrl: 'https://projects.example.org', today: '2026-11-28' };

describe('writeProjectsXlsx', () => {
  it('writes a workbook Excel (and exceljs) can read back, header first', async () => {
    const out = new MemoryOutput();
    const long = 'x'.repeat(40_000);
    const result = await writeProjectsXlsx(
      projectStream([sampleProject(), sampleProject({ id: 2, slug: 'two', description: long })]),
      out,
      ctx,
    );
    expect(result.rows).toBe(2);
    expect(out.writableEnded).toBe(false);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(out.buffer() as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Projects')!;
    expect(sheet.rowCount).toBe(3);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...EXPORT_HEADERS]);
    const row = sheet.getRow(2);
    const col = (name: string) => row.getCell(EXPORT_HEADERS.indexOf(name) + 1).value;
    expect(col('Title')).toBe('Judicial reform support');
    expect(col('Country')).toBe('Kazakhstan; Kyrgyz Republic; Central Asia (regional)');
    expect(col('Description')).toBe('First paragraph, with a comma.\n\n- one\n- two');
    const cut = String(sheet.getRow(3).getCell(EXPORT_HEADERS.indexOf('Description') + 1).value);
    expect(cut.length).toBe(32_767);
    expect(cut.endsWith('[…]')).toBe(true);
  });

  it('fails, and does not hang, when the client goes away while the workbook is finished', async () => {
    // The client closes the connection once every row has been given: while exceljs writes
    // the rest of the archive.
    let allGiven = false;
    const out = new Writable({
      highWaterMark: 16,
      write(_chunk, _encoding, done) {
        done();
        if (allGiven) this.destroy();
      },
    });
    async function* projects() {
      for (let i = 0; i < 50; i++)
        yield sampleProject({ id: i + 1, slug: `p${i}`, description: 'y'.repeat(20_000) });
      allGiven = true;
    }
    const outcome = await Promise.race([
      writeProjectsXlsx(projects(), out, ctx).then(
        () => 'finished',
        () => 'failed',
      ),
      new Promise((resolve) => setTimeout(() => resolve('hung'), 5_000)),
    ]);
    expect(outcome).toBe('failed');
  });
});
