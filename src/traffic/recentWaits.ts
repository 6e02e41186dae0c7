/** The window of the congestion a view shows: how long vehicles waited for each resource lately, s. */
export const CONGESTION_WINDOW_S = 600;

/**
 * The waits of recent trips, each resource's wait as an interval of time, kept as long as it may
 * reach into the last `windowS` of a run that only moves forward. Waits are booked when a trip is
 * planned, so a wait may end after the time it is asked about: only the part up to then counts.
 * A record for views only: nothing in the simulation reads it.
 */
export class RecentWaits {
  private resource = new Int32Array(64);
  private fromS = new Float64Array(64);
  private toS = new Float64Array(64);
  private size = 0;
  /** size after the last pruning: the list is pruned again once it has doubled */
  private kept = 32;

  constructor(readonly windowS = CONGESTION_WINDOW_S) {}

  /** Books a wait for `resource` over [fromS, toS], planned at `nowS` (the run's time only grows). */
  add(resource: number, fromS: number, toS: number, nowS: number): void {
    if (!(toS > fromS)) return;
    if (this.size >= 2 * this.kept) this.prune(nowS);
    if (this.size === this.resource.length) this.grow();
    this.resource[this.size] = resource;
    this.fromS[this.size] = fromS;
    this.toS[this.size] = toS;
    this.size++;
  }

  /** How many waits are held now (for tests: the list stays short however long the run). */
  get length(): number {
    return this.size;
  }

  /**
   * Per resource, into `out` (zeroed first): vehicles waiting for it on average over the window
   * [nowS - windowS, nowS], that is the seconds waited in it ÷ its length. 1 is a vehicle
   * standing there the whole time; a queue of three the whole time is 3.
   */
  levels(nowS: number, out: Float32Array): Float32Array {
    out.fill(0);
    const start = nowS - this.windowS;
    const acc = new Float64Array(out.length);
    for (let k = 0; k < this.size; k++) {
      const overlap = Math.min(this.toS[k], nowS) - Math.max(this.fromS[k], start);
      if (overlap > 0) acc[this.resource[k]] += overlap;
    }
    for (let r = 0; r < out.length; r++) out[r] = acc[r] / this.windowS;
    return out;
  }

  /** Drops the waits that ended before the window of any later time can begin. */
  private prune(nowS: number): void {
    const before = nowS - this.windowS;
    let n = 0;
    for (let k = 0; k < this.size; k++) {
      if (this.toS[k] < before) continue;
      this.resource[n] = this.resource[k];
      this.fromS[n] = this.fromS[k];
      this.toS[n] = this.toS[k];
      n++;
    }
    this.size = n;
    this.kept = Math.max(32, n);
  }

  private grow(): void {
    const n = this.resource.length * 2;
    const resource = new Int32Array(n);
    const fromS = new Float64Array(n);
    const toS = new Float64Array(n);
    resource.set(this.resource);
    fromS.set(this.fromS);
    toS.set(this.toS);
    this.resource = resource;
    this.fromS = fromS;
    this.toS = toS;
  }
}
