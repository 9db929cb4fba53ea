import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MappingContext } from '../../interchange/iati/iati-to-project.ts';
import { MAX_BATCH_BYTES } from './batch-limits.ts';
import { readHere } from './iati-import.service.ts';
import { readInThread } from './iati-read.thread.ts';

// Twelve activities of ~1 MB each: in batches of 500 by count they would be one batch of the
// whole file, which with large real activities does not fit the import's 128 MB heap.
const ACTIVITIES = 12;
const mapping: MappingContext = {
  typesByDacCode: new Map(),
  sourceFile: 'big.xml',
  importedAt: '2026-11-28T00:00:00.000Z',
  state: 'published',
};

describe('import batches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'projectory-batches-'));
  const file = join(dir, 'big.xml');
  beforeAll(() => {
    const text = 'justice reform '.repeat(Math.ceil(MAX_BATCH_BYTES / 8 / 15));
    let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">\n';
    for (let i = 0; i < ACTIVITIES; i++) {
      xml += `<iati-activity xml:lang="en" default-currency="USD"><iati-identifier>XM-BIG-${i}</iati-identifier><reporting-org ref="XM-D" type="10"><narrative>D</narrative></reporting-org><title><narrative>Big ${i}</narrative></title><description type="1"><narrative>${text}</narrative></description></iati-activity>\n`;
    }
    writeFileSync(file, `${xml}</iati-activities>\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const sizes = async (batches: AsyncIterable<unknown[]>) => {
    const out: number[] = [];
    for await (const batch of batches) if (batch.length > 0) out.push(batch.length);
    return out;
  };

  it('close a batch at MAX_BATCH_BYTES of the file, whatever the count', async () => {
    const here = await sizes(readHere(file, mapping, 500, () => {}));
    expect(here.reduce((a, b) => a + b, 0)).toBe(ACTIVITIES);
    expect(here.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...here)).toBeLessThanOrEqual(10);
  });

  it('do the same in the reader thread', async () => {
    const threaded = await sizes(readInThread(file, mapping, 500, () => {}));
    expect(threaded.reduce((a, b) => a + b, 0)).toBe(ACTIVITIES);
    expect(threaded.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...threaded)).toBeLessThanOrEqual(10);
  });
});
