import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../sim';
import { balancedBayRuns } from './bayPartition';

/** The busiest run of every way to cut `work` into `parts` contiguous runs, least of all: by brute force. */
function bestByHand(work: number[], parts: number): number {
  const n = work.length;
  let best = Infinity;
  const cut = (from: number, left: number, worst: number): void => {
    if (left === 1) {
      best = Math.min(best, Math.max(worst, work.slice(from).reduce((a, b) => a + b, 0)));
      return;
    }
    for (let end = from + 1; end <= n - left + 1; end++) cut(end, left - 1, Math.max(worst, work.slice(from, end).reduce((a, b) => a + b, 0)));
  };
  cut(0, parts, 0);
  return best;
}

describe('balanced contiguous bay runs (the quay crane split)', () => {
  it('splits a hand-made vessel as evenly as contiguous runs allow', () => {
    // 8 bays, 3 cranes: 100+100 | 50+50+100 | 100+60+60, busiest 220 (cutting 3 | 3 | 2 gives 250)
    const work = [100, 100, 50, 50, 100, 100, 60, 60];
    expect(balancedBayRuns(work, 3)).toEqual([0, 2, 5, 8]);
  });

  it('gives every run at least the bays asked for, and fewer runs when the bays do not allow as many', () => {
    // heavy bays at the west end would otherwise get a crane each
    const work = [300, 300, 300, 10, 10, 10, 10, 10, 10, 10];
    expect(balancedBayRuns(work, 3)).toEqual([0, 1, 2, 10]);
    expect(balancedBayRuns(work, 3, 3)).toEqual([0, 3, 6, 10]);
    expect(balancedBayRuns(work, 4, 3)).toEqual([0, 3, 6, 10]);
    expect(balancedBayRuns(work.slice(0, 5), 3, 3)).toEqual([0, 5]);
  });

  it('covers every bay once, in order, each run non-empty, and is as balanced as brute force finds (random vessels)', () => {
    const r = new RandomStreams(11).stream('bays');
    for (let k = 0; k < 200; k++) {
      const n = 1 + r.int(12);
      const parts = 1 + r.int(6);
      const work = Array.from({ length: n }, () => r.int(200));
      const starts = balancedBayRuns(work, parts);
      const runs = Math.min(parts, n);
      expect(starts.length).toBe(runs + 1);
      expect(starts[0]).toBe(0);
      expect(starts[runs]).toBe(n);
      for (let j = 0; j < runs; j++) expect(starts[j + 1]).toBeGreaterThan(starts[j]);
      const busiest = Math.max(...starts.slice(0, -1).map((s, j) => work.slice(s, starts[j + 1]).reduce((a, b) => a + b, 0)));
      expect(busiest).toBe(bestByHand(work, runs));
      // the split sums to the whole
      expect(starts.slice(0, -1).reduce((a, s, j) => a + work.slice(s, starts[j + 1]).reduce((x, y) => x + y, 0), 0)).toBe(work.reduce((a, b) => a + b, 0));
    }
  });
});
