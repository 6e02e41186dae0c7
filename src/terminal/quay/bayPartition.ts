/**
 * Splits bays 0…n−1 (with `work[b]` moves each) into `parts` contiguous runs, west to east, so the
 * busiest run has as few moves as possible: the balanced, non-crossing form of the quay crane
 * scheduling problem (each crane a contiguous bay range; ties go to the split that gives western
 * runs less). Returns each run's first bay, and n at the end: run k is [starts[k], starts[k+1]).
 * Every run has at least `minBays` bays (default 1), so neighbouring cranes can work a safety
 * distance apart; fewer runs than parts when the bays do not allow that many.
 */
export function balancedBayRuns(work: readonly number[], parts: number, minBays = 1): number[] {
  const n = work.length;
  // as many runs as fit with at least minBays each (one run takes everything)
  const k = Math.max(1, Math.min(parts, Math.floor(n / Math.max(1, minBays))));
  const least = k === 1 ? 1 : Math.max(1, minBays);
  const prefix = [0];
  for (const w of work) prefix.push(prefix[prefix.length - 1] + w);
  const sum = (a: number, b: number) => prefix[b] - prefix[a];
  // best[j][i]: least possible busiest run splitting the first i bays into j runs; cut[j][i]: where the last run starts
  const best = Array.from({ length: k + 1 }, () => new Float64Array(n + 1).fill(Infinity));
  const cut = Array.from({ length: k + 1 }, () => new Int32Array(n + 1));
  best[0][0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = j * least; i <= n; i++) {
      for (let s = (j - 1) * least; s <= i - least; s++) {
        const v = Math.max(best[j - 1][s], sum(s, i));
        if (v < best[j][i]) {
          best[j][i] = v;
          cut[j][i] = s;
        }
      }
    }
  }
  const starts = new Array<number>(k + 1);
  starts[k] = n;
  for (let j = k, i = n; j >= 1; j--) {
    starts[j - 1] = cut[j][i];
    i = cut[j][i];
  }
  return starts;
}
