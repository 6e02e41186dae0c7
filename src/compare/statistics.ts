import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** A mean with its Student-t confidence interval; the half-width is null with fewer than two values. */
export interface Estimate {
  n: number;
  mean: number;
  sd: number | null;
  halfWidth: number | null;
  level: number;
}

/**
 * Mean and confidence interval of independent replications: mean ± t(1 − α/2, n − 1) · s / √n.
 * Null values (a KPI with no data in that run) are left out and n says how many remained.
 */
export function estimate(values: readonly (number | null)[], level = 0.95): Estimate | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return null;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, sd: null, halfWidth: null, level };
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return { n, mean, sd, halfWidth: tQuantile(1 - (1 - level) / 2, n - 1) * (sd / Math.sqrt(n)), level };
}

/**
 * Paired differences a_i − b_i over the same seeds (common random numbers): the variance of the
 * difference, not of each side, sets the interval, so small real differences show. Pairs with a
 * missing side are left out.
 */
export function pairedDifference(a: readonly (number | null)[], b: readonly (number | null)[], level = 0.95): Estimate | null {
  if (a.length !== b.length) throw new RangeError(`paired samples differ in length: ${a.length} and ${b.length}`);
  const d = a.map((x, i) => (x === null || b[i] === null ? null : x - b[i]!));
  return estimate(d, level);
}

/** Whether the interval excludes zero: the difference is significant at its level. */
export function excludesZero(e: Estimate | null): boolean {
  return e !== null && e.halfWidth !== null && Math.abs(e.mean) > e.halfWidth;
}
