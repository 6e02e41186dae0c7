/**
 * The first `n` of `items` in the order of `compare`, a total order (ties broken down to a unique
 * key), so the answer is exactly that of sorting a copy and taking `n`. A decision usually has one
 * or two free vehicles for a hundred or more open jobs: keeping the best few in a short sorted list
 * is a single pass, where sorting every job at every epoch copies and compares them all.
 */
export function firstInOrder<T>(items: readonly T[], n: number, compare: (a: T, b: T) => number): T[] {
  if (n >= FEW) return [...items].sort(compare).slice(0, n);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === n && compare(item, best[n - 1]) >= 0) continue;
    let k = best.length < n ? best.length : n - 1;
    while (k > 0 && compare(item, best[k - 1]) < 0) {
      best[k] = best[k - 1];
      k--;
    }
    best[k] = item;
  }
  return best;
}

/** Beyond this many, a sort beats inserting into the sorted list (n comparisons an item at worst). */
const FEW = 16;

/** -1, 0 or 1 as `a` is below, equal to or above `b`: a sign that is always a small integer (a
 * comparator returning `a - b` boxes a heap number whenever the difference is fractional) and 0
 * for two equal infinities, as the NaN of `Infinity - Infinity` was read by `||`. */
export function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
