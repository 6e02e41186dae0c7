/**
 * Main-thread work per animation frame: what the frame callback takes plus what the handlers of
 * worker answers took since the previous frame (mapping a snapshot into the view happens there).
 * Kept for the last frames so `npm run bench:render` and the page can read median and p95.
 */
export class FrameMeter {
  private readonly samples: Float64Array;
  private count = 0;
  private pendingMs = 0;

  constructor(capacity = 600) {
    this.samples = new Float64Array(capacity);
  }

  /** Work done outside the frame callback (a worker answer's handler), added to the next frame. */
  addWork(ms: number): void {
    this.pendingMs += ms;
  }

  /**
   * Closes a frame whose callback took `ms`. A callback that drew nothing (the view had not changed)
   * is no frame: its work is carried into the next one that draws, so idle callbacks do not pull
   * the median down.
   */
  frame(ms: number, drew = true): void {
    if (!drew) {
      this.pendingMs += ms;
      return;
    }
    this.samples[this.count % this.samples.length] = ms + this.pendingMs;
    this.pendingMs = 0;
    this.count++;
  }

  reset(): void {
    this.count = 0;
    this.pendingMs = 0;
  }

  /** Median and 95th percentile of the frames kept, ms. */
  summary(): { frames: number; medianMs: number; p95Ms: number } {
    const n = Math.min(this.count, this.samples.length);
    const sorted = Float64Array.from(this.samples.subarray(0, n)).sort();
    const at = (q: number) => (n === 0 ? NaN : sorted[Math.min(n - 1, Math.floor(q * n))]);
    return { frames: n, medianMs: at(0.5), p95Ms: at(0.95) };
  }
}
