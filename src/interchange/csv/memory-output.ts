import { Writable } from 'node:stream';

/** A Writable that keeps what it is given, for tests; `firstWriteAt` is when bytes first came. */
export class MemoryOutput extends Writable {
  readonly chunks: Buffer[] = [];
  firstWriteAt: number | null = null;

  override _write(chunk: Buffer | string, _enc: BufferEncoding, done: (error?: Error) => void) {
    this.firstWriteAt ??= performance.now();
    this.chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    done();
  }

  buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }

  text(): string {
    return this.buffer().toString('utf8');
  }
}
