import type { ImportProgress } from '../services/import/iati-import.service.ts';

const MIN_INTERVAL_MS = 100;

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** "CD.xml  12,345 activities  45.2 MB/s  34%  ETA 0:12": one line, redrawn in place. */
export function progressText(file: string, p: ImportProgress, elapsedSeconds: number): string {
  const mbPerSecond = elapsedSeconds > 0 ? p.bytesRead / 1e6 / elapsedSeconds : 0;
  const parts = [
    file,
    `${p.activities.toLocaleString('en')} activities`,
    `${mbPerSecond.toFixed(1)} MB/s`,
  ];
  if (p.totalBytes && p.totalBytes > 0) {
    const share = Math.min(1, p.bytesRead / p.totalBytes);
    parts.push(`${Math.floor(share * 100)}%`);
    if (share > 0 && elapsedSeconds > 0.5)
      parts.push(`ETA ${duration((elapsedSeconds / share) * (1 - share))}`);
  }
  return parts.join('  ');
}

/**
 * A progress line on a terminal, redrawn at most ten times a second; on anything else
 * (a pipe, a log file) it writes nothing, so reports stay clean.
 */
export class ProgressLine {
  private started = 0;
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly now: () => number = () => performance.now(),
  ) {}

  start() {
    this.started = this.now();
    this.lastDraw = -Infinity;
  }

  update(file: string, progress: ImportProgress) {
    if (!this.stream.isTTY) return;
    const now = this.now();
    if (now - this.lastDraw < MIN_INTERVAL_MS) return;
    this.lastDraw = now;
    const text = progressText(file, progress, (now - this.started) / 1000);
    const width = this.stream.columns ?? 100;
    this.stream.write(`\r${text.slice(0, Math.max(10, width - 1))}\x1b[K`);
    this.drawn = true;
  }

  /** Removes the line, so the report that follows starts on a clean line. */
  clear() {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }
}
