/**
 * A one-line progress bar on stderr for --jsonl mode: lines done, rate, share
 * of the input read and ETA. Drawn only when stderr is a terminal.
 */
import type { WriteStream } from 'node:tty';

const REDRAW_MS = 100;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class Progress {
  private readonly started = performance.now();
  private lastDraw = 0;
  private shown = false;
  private lines = 0;
  private bytes = 0;

  /**
   * @param stream stderr, or null to stay silent.
   * @param totalBytes input size when known (a file), for the share and the ETA.
   */
  constructor(
    private readonly stream: WriteStream | null,
    private readonly totalBytes: number | null,
  ) {}

  /** One more line handled; `bytesDone` is the input offset just past it. */
  tick(bytesDone: number): void {
    this.lines += 1;
    this.bytes = bytesDone;
    if (this.stream === null) return;
    const now = performance.now();
    if (now - this.lastDraw >= REDRAW_MS) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Prints a message above the bar. */
  message(text: string, out: NodeJS.WritableStream): void {
    this.clear();
    out.write(text.endsWith('\n') ? text : `${text}\n`);
    if (this.stream !== null && this.lines > 0) this.draw(performance.now());
  }

  /** Removes the bar. */
  clear(): void {
    if (this.stream !== null && this.shown) {
      this.stream.write('\r\x1b[K');
      this.shown = false;
    }
  }

  private draw(now: number): void {
    if (this.stream === null) return;
    const elapsed = (now - this.started) / 1000;
    const rate = elapsed > 0 ? this.lines / elapsed : 0;
    const parts = [`${this.lines.toLocaleString('en-US')} lines`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`];
    if (this.totalBytes !== null && this.totalBytes > 0) {
      const share = Math.min(1, this.bytes / this.totalBytes);
      const width = 20;
      const filled = Math.round(share * width);
      parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}%`);
      parts.push(`ETA ${share > 0 ? clock((elapsed * (1 - share)) / share) : '?'}`);
    } else {
      parts.push(`${clock(elapsed)} elapsed`);
    }
    const columns = this.stream.columns || 80;
    this.stream.write(`\r${parts.join('  ').slice(0, Math.max(10, columns - 1))}\x1b[K`);
    this.shown = true;
  }
}
