import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { IatiReadError, readIatiActivities } from '../../interchange/iati/iati-reader.ts';
import type { MappingContext } from '../../interchange/iati/iati-to-project.ts';
import { mapActivity, type ReadActivity } from './activity-mapping.ts';
import { isBatchFull } from './batch-limits.ts';
import type { ReaderMessage, ReaderSetup } from './iati-read.thread.ts';

// The reading thread of an import: parses and maps the file and posts batches of ReadActivity.
// It stays at most AHEAD batches ahead of the writer (who acknowledges each), so memory holds a
// few batches, not the file.

const AHEAD = 2;
const setup = workerData as ReaderSetup;
const port = parentPort!;
const mapping: MappingContext = {
  ...setup.mapping,
  typesByDacCode: new Map(setup.mapping.typesByDacCode),
};

let credits = AHEAD;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits++;
  wake?.();
});
const send = async (message: ReaderMessage) => {
  while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
  wake = null;
  credits--;
  port.postMessage(message);
};

let bytes = 0;
let batchStart = 0;
let read = 0;
try {
  let batch: ReadActivity[] = [];
  const input = createReadStream(setup.path, { highWaterMark: 1 << 20 });
  for await (const activity of readIatiActivities(input, { onBytes: (b) => (bytes = b) })) {
    read++;
    batch.push(mapActivity(activity, mapping));
    if (isBatchFull(batch.length, bytes - batchStart, setup.batchSize)) {
      await send({ kind: 'batch', items: batch, read, bytes });
      batch = [];
      batchStart = bytes;
    }
  }
  await send({ kind: 'batch', items: batch, read, bytes });
  port.postMessage({ kind: 'end', read, bytes } satisfies ReaderMessage);
} catch (error) {
  const e = error as Error;
  port.postMessage({
    kind: 'error',
    read,
    bytes,
    message: e.message,
    problem:
      error instanceof IatiReadError
        ? { problem: error.problem, reason: error.reason, line: error.line, column: error.column }
        : null,
  } satisfies ReaderMessage);
}
