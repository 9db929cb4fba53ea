/** Progress of a run: files finished, records processed, bytes read (of all files). */
export interface RunProgress {
  filesDone: number;
  recordsDone: number;
  bytesRead: number;
}

export interface ProgressWriterOptions {
  /** Least time between two writes (default 500 ms). */
  minIntervalMs?: number;
  /** A write at least this often even without news, so others see the run is alive (5 s). */
  heartbeatMs?: number;
}

/**
 * Passes a run's progress to `write` at most every `minIntervalMs`, one write at a time, plus a
 * heartbeat. The importer reports progress for every chunk it reads; writing each would cost
 * more than the import, and a slow write (or, on SQLite, one queued behind the import's own
 * transaction) must never pile up others behind it. Write failures are ignored: progress is a
 * courtesy, the final state is written by the run itself.
 */
export class ProgressWriter {
  private latest: RunProgress;
  private dirty = false;
  private lastWrite = 0;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly heartbeat: ReturnType<typeof setInterval>;
  private readonly minIntervalMs: number;
  private stopped = false;

  constructor(
    private readonly write: (progress: RunProgress) => Promise<void>,
    initial: RunProgress,
    options: ProgressWriterOptions = {},
  ) {
    this.latest = { ...initial };
    this.minIntervalMs = options.minIntervalMs ?? 500;
    this.heartbeat = setInterval(() => this.flush(true), options.heartbeatMs ?? 5000);
    this.heartbeat.unref?.();
  }

  /** The newest progress known. */
  get current(): RunProgress {
    return this.latest;
  }

  /** Takes new progress; it is written now or after the interval, whichever comes later. */
  update(progress: RunProgress): void {
    this.latest = { ...progress };
    this.dirty = true;
    this.schedule();
  }

  /** Stops writing and waits for a write under way, so a final write comes after it. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeat);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.inFlight;
  }

  private schedule() {
    if (this.stopped || this.timer || this.inFlight) return;
    const wait = Math.max(0, this.lastWrite + this.minIntervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush(false);
    }, wait);
    this.timer.unref?.();
  }

  private flush(force: boolean) {
    if (this.stopped || this.inFlight || (!this.dirty && !force)) return;
    this.dirty = false;
    this.lastWrite = Date.now();
    this.inFlight = this.write({ ...this.latest })
      .catch(() => {})
      .finally(() => {
        this.inFlight = null;
        if (this.dirty) this.schedule();
      });
  }
}
