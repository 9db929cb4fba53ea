import { Worker } from 'node:worker_threads';
import { IatiReadError, type IatiReadProblem } from '../../interchange/iati/iati-reader.ts';
import type { MappingContext } from '../../interchange/iati/iati-to-project.ts';
import type { ReadActivity } from './activity-mapping.ts';

/** What the reading thread is given (structured-clonable: the type map as entries). */
export interface ReaderSetup {
  path: string;
  batchSize: number;
  mapping: Omit<MappingContext, 'typesByDacCode'> & {
    typesByDacCode: [string, readonly string[]][];
  };
}

/** What the reading thread posts: batches (each acknowledged), then the end or the failure;
 * each with the activities parsed and the bytes read so far. */
export type ReaderMessage =
  | { kind: 'batch'; items: ReadActivity[]; read: number; bytes: number }
  | { kind: 'end'; read: number; bytes: number }
  | {
      kind: 'error';
      read: number;
      bytes: number;
      message: string;
      problem: {
        problem: IatiReadProblem;
        reason: string;
        line: number | null;
        column: number | null;
      } | null;
    };

/** Told the activities parsed and the bytes read so far, as they grow. */
export type ReadProgress = (activities: number, bytes: number) => void;

/**
 * Reads and maps an IATI file in a worker thread while the caller writes: batches arrive as the
 * caller asks for them (the thread stays two batches ahead at most). A read error is thrown as
 * the IatiReadError the thread met; leaving the loop early stops the thread.
 */
export async function* readInThread(
  path: string,
  mapping: MappingContext,
  batchSize: number,
  progress: ReadProgress,
): AsyncGenerator<ReadActivity[], void, undefined> {
  const setup: ReaderSetup = {
    path,
    batchSize,
    mapping: { ...mapping, typesByDacCode: [...mapping.typesByDacCode] },
  };
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: { ...setup, module: new URL('./iati-read.worker.ts', import.meta.url).href },
    // It holds a chunk and up to three batches of at most MAX_BATCH_BYTES of the file each; a
    // cap keeps V8 from letting garbage pile up, with room for batches of large activities.
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  const queue: ReaderMessage[] = [];
  let failure: Error | null = null;
  let exited = false;
  let notify: (() => void) | null = null;
  const wake = () => {
    notify?.();
    notify = null;
  };
  worker.on('message', (m: ReaderMessage) => {
    queue.push(m);
    wake();
  });
  worker.on('error', (error) => {
    failure = error;
    wake();
  });
  worker.on('exit', () => {
    exited = true;
    wake();
  });
  try {
    for (;;) {
      while (queue.length === 0 && !failure && !exited) {
        await new Promise<void>((resolve) => (notify = resolve));
      }
      const message = queue.shift();
      if (!message) throw failure ?? new Error('the import reader thread stopped unexpectedly');
      progress(message.read, message.bytes);
      if (message.kind === 'end') return;
      if (message.kind === 'error') {
        const p = message.problem;
        throw p
          ? new IatiReadError(p.problem, p.reason, p.line, p.column)
          : new Error(message.message);
      }
      // Acknowledged before it is written, so the thread reads the next batch meanwhile.
      worker.postMessage('next');
      yield message.items;
    }
  } finally {
    await worker.terminate();
  }
}
