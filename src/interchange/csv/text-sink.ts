import type { Writable } from 'node:stream';

/** Writes to `out`, resolving when it can take more: waits for 'drain', fails if it closes first. */
export function writeWithBackpressure(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (out.destroyed || out.writableEnded) {
    return Promise.reject(new Error('the output was closed before the export finished'));
  }
  if (out.write(chunk)) return Promise.resolve();
  return waitForDrain(out);
}

/** Resolves on the next 'drain'; rejects if the stream closes or fails first. */
export function waitForDrain(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      out.off('error', onError);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(new Error('the output was closed before the export finished'));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    out.on('drain', onDrain);
    out.on('close', onClose);
    out.on('error', onError);
  });
}

/** Ends `out` and resolves once everything written has been flushed. */
export function endStream(out: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.writableFinished) return resolve();
    out.once('error', reject);
    out.end(() => {
      out.off('error', reject);
      resolve();
    });
  });
}

// Writing row by row costs a syscall-sized overhead each; 64 KiB chunks keep MB/s high.
const CHUNK_SIZE = 64 * 1024;

/**
 * Collects small strings into chunks of about 64 KiB before writing them, so a stream of
 * many short rows is not one write per row. `flush` sends what is held at once (the header,
 * so the first byte leaves before the first database round trip).
 */
export class TextSink {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly out: Writable) {}

  async push(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_SIZE) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await writeWithBackpressure(this.out, chunk);
  }
}
