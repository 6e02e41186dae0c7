export const HOUR_S = 3600;

/**
 * Sums of one quantity per hour after the warm-up: bucket k covers
 * [warmUpS + k·3600, warmUpS + (k+1)·3600). Anything before the warm-up or after the end is left
 * out (a drive or a charge may be recorded whole when it starts), which is how every KPI excludes
 * the warm-up; the total is the sum of the buckets.
 */
export class HourlySums {
  values: Float64Array;

  constructor(
    readonly warmUpS: number,
    readonly endS: number,
  ) {
    this.values = new Float64Array(Math.max(1, Math.ceil((endS - warmUpS) / HOUR_S)));
  }

  /** An amount at one instant (a move, a retrieval). */
  add(t: number, amount: number): void {
    if (t < this.warmUpS || t >= this.endS) return;
    this.values[this.bucket(Math.floor((t - this.warmUpS) / HOUR_S))] += amount;
  }

  /** A rate held over [t0, t1), spread over the hours it covers. */
  addSpan(t0: number, t1: number, ratePerS: number): void {
    let a = Math.max(t0, this.warmUpS);
    t1 = Math.min(t1, this.endS);
    if (!(t1 > a) || ratePerS === 0) return;
    let k = Math.floor((a - this.warmUpS) / HOUR_S);
    while (a < t1) {
      const end = Math.min(t1, this.warmUpS + (k + 1) * HOUR_S);
      this.values[this.bucket(k)] += (end - a) * ratePerS;
      a = end;
      k++;
    }
  }

  total(): number {
    let s = 0;
    for (let k = 0; k < this.values.length; k++) s += this.values[k];
    return s;
  }

  private bucket(k: number): number {
    if (k >= this.values.length) {
      const grown = new Float64Array(Math.max(k + 1, this.values.length * 2));
      grown.set(this.values);
      this.values = grown;
    }
    return k;
  }
}

/** A level that changes at instants (boxes in the yard, vehicles queuing): its time integral per hour. */
export class LevelIntegral {
  private value = 0;
  private since = 0;

  constructor(readonly sums: HourlySums) {}

  set(t: number, value: number): void {
    this.sums.addSpan(this.since, t, this.value);
    this.value = value;
    this.since = t;
  }

  change(t: number, delta: number): void {
    this.set(t, this.value + delta);
  }

  get current(): number {
    return this.value;
  }
}
