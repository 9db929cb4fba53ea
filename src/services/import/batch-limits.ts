// A batch of activities is written when it holds `batchSize` activities or when the file bytes
// read for it pass this many: publishers' activities range from 2 KB to several hundred, and a
// batch of 500 large ones would not fit the import's capped heap (or the reader thread's).
export const MAX_BATCH_BYTES = 8 << 20;

/** True when a batch of `count` activities, read from `bytes` bytes of the file, is full. */
export function isBatchFull(count: number, bytes: number, batchSize: number): boolean {
  return count >= batchSize || (count > 0 && bytes >= MAX_BATCH_BYTES);
}
