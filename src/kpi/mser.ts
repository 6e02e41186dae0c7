/** Observations per batch of the MSER-5 rule. */
export const MSER_BATCH = 5;

export interface MserResult {
  /** observations to drop from the start (a multiple of the batch size) */
  truncate: number;
  /** MSER statistic at that truncation */
  statistic: number;
  /** true when the minimum is at the largest truncation tried (half the series): the run is too short to tell */
  atLimit: boolean;
}

/**
 * The MSER-5 warm-up rule (White 1997; White, Cobb & Spratt 2000): average the series in batches of
 * five, then drop the first d batches for the d that minimises the squared standard error of the
 * mean of what is left, Σ (b_j − b̄_d)² ÷ (k − d)², d from 0 to half the batches. A start-up
 * transient inflates that error; dropping it lowers it, dropping steady-state data raises it again.
 * Returns null for a series of fewer than two batches.
 */
export function mser5(values: readonly number[]): MserResult | null {
  const k = Math.floor(values.length / MSER_BATCH);
  if (k < 2) return null;
  const batches = Array.from({ length: k }, (_, j) => {
    let s = 0;
    for (let i = 0; i < MSER_BATCH; i++) s += values[j * MSER_BATCH + i];
    return s / MSER_BATCH;
  });
  const limit = Math.floor(k / 2);
  let best = { d: 0, statistic: Infinity };
  for (let d = 0; d <= limit; d++) {
    const rest = batches.slice(d);
    const mean = rest.reduce((a, b) => a + b, 0) / rest.length;
    const statistic = rest.reduce((a, b) => a + (b - mean) ** 2, 0) / rest.length ** 2;
    if (statistic < best.statistic) best = { d, statistic };
  }
  return { truncate: best.d * MSER_BATCH, statistic: best.statistic, atLimit: best.d === limit };
}
