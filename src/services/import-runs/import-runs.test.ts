import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportRunRecord } from '../../db/import-runs.repository.ts';
import { ForbiddenError, UnauthorizedError } from '../../domain/errors.ts';
import { requireImporter, runAsSeen } from './import-run.ts';
import { ProgressWriter, type RunProgress } from './progress-writer.ts';

const record = (over: Partial<ImportRunRecord>): ImportRunRecord => ({
  id: 1,
  kind: 'iati',
  fileName: 'a.xml',
  fileSize: 100,
  state: 'running',
  filesTotal: 1,
  filesDone: 0,
  recordsDone: 5,
  bytesRead: 50,
  options: {},
  report: null,
  actorId: null,
  actorName: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: null,
  heartbeatAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
const at = (iso: string) => Date.parse(iso);

describe('runAsSeen', () => {
  it('keeps a running run with a recent heartbeat', () => {
    const run = runAsSeen(record({}), {
      now: at('2026-01-01T00:00:30Z'),
      staleAfterMs: 60_000,
      local: false,
    });
    expect(run).toMatchObject({ state: 'running', active: true });
  });

  it('shows a run whose process went silent as failed, "stopped"', () => {
    const run = runAsSeen(record({}), {
      now: at('2026-01-01T00:02:00Z'),
      staleAfterMs: 60_000,
      local: false,
    });
    expect(run).toMatchObject({ state: 'failed', active: false });
    expect(run.report).toMatchObject({ kind: 'iati', files: [], error: { code: 'stopped' } });
  });

  it('never calls a run of this process stale, nor a spreadsheet waiting for its import', () => {
    const now = at('2026-01-02T00:00:00Z');
    expect(runAsSeen(record({}), { now, staleAfterMs: 1, local: true }).state).toBe('running');
    const waiting = runAsSeen(record({ kind: 'sheet', state: 'queued' }), {
      now,
      staleAfterMs: 1,
      local: false,
    });
    expect(waiting).toMatchObject({ state: 'queued', active: false });
  });
});

describe('requireImporter', () => {
  it('lets editors and admins import, not contributors or nobody', () => {
    expect(requireImporter({ id: 1, role: 'editor' }).id).toBe(1);
    expect(requireImporter({ id: 2, role: 'admin' }).id).toBe(2);
    expect(() => requireImporter({ id: 3, role: 'contributor' })).toThrow(ForbiddenError);
    expect(() => requireImporter(null)).toThrow(UnauthorizedError);
  });
});

describe('ProgressWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const p = (n: number): RunProgress => ({ filesDone: 0, recordsDone: n, bytesRead: n * 10 });

  it('writes at most every interval, one write at a time, always the newest progress', async () => {
    const writes: number[] = [];
    let release: () => void = () => {};
    const writer = new ProgressWriter(
      (progress) => {
        writes.push(progress.recordsDone);
        return new Promise<void>((r) => {
          release = r;
        });
      },
      p(0),
      { minIntervalMs: 500, heartbeatMs: 60_000 },
    );
    writer.update(p(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([1]);
    for (let i = 2; i <= 100; i++) writer.update(p(i));
    await vi.advanceTimersByTimeAsync(2000);
    // The first write has not finished: nothing else is sent meanwhile.
    expect(writes).toEqual([1]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([1, 100]);
    release();
    await writer.stop();
    expect(writer.current.recordsDone).toBe(100);
  });

  it('sends a heartbeat without news and stops cleanly', async () => {
    const write = vi.fn(async () => {});
    const writer = new ProgressWriter(write, p(0), { minIntervalMs: 500, heartbeatMs: 5000 });
    await vi.advanceTimersByTimeAsync(15_000);
    expect(write).toHaveBeenCalledTimes(3);
    await writer.stop();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(write).toHaveBeenCalledTimes(3);
  });
});
