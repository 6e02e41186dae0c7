import { describe, expect, it } from 'vitest';
import { CONGESTION_WINDOW_S, RecentWaits } from './recentWaits';

describe('recent waits', () => {
  it('averages the vehicles waiting for each resource over the window before now, counting only what has happened', () => {
    const log = new RecentWaits(600);
    log.add(0, 100, 400, 100); // 300 s, all of it before now
    log.add(1, 900, 1300, 900); // reaches 300 s past now: 100 s so far
    log.add(1, 1000, 1100, 1000); // a second vehicle queued behind the first
    log.add(2, 200, 300, 200); // over before the window opens
    log.add(3, 1200, 1500, 1200); // booked, not yet begun
    const out = log.levels(1000 + 300, new Float32Array(5));
    // window [700, 1300]: resource 0 ended at 400; 1 had 400 + 100 s
    expect(Array.from(out)).toEqual([0, 500 / 600, 0, 100 / 600, 0].map(Math.fround));
    // window [400, 1000]: the first vehicle has waited 100 s, the second not yet
    expect(Array.from(log.levels(1000, new Float32Array(5)))).toEqual([0, 100 / 600, 0, 0, 0].map(Math.fround));
    // a window reaching back over the first wait
    expect(log.levels(500, new Float32Array(5))[0]).toBeCloseTo(300 / 600, 6);
  });

  it('ignores empty waits and writes over what the array held', () => {
    const log = new RecentWaits();
    expect(log.windowS).toBe(CONGESTION_WINDOW_S);
    log.add(0, 50, 50, 50);
    expect(log.length).toBe(0);
    expect(Array.from(log.levels(100, Float32Array.of(7, 7)))).toEqual([0, 0]);
  });

  it('stays short however long the run, and answers as if it had kept everything', () => {
    const log = new RecentWaits(600);
    const all: [number, number, number][] = [];
    let maxLength = 0;
    for (let k = 0; k < 20_000; k++) {
      const now = k * 7;
      const resource = k % 13;
      const fromS = now + (k % 5) * 3;
      const toS = fromS + 5 + (k % 11) * 17;
      log.add(resource, fromS, toS, now);
      all.push([resource, fromS, toS]);
      maxLength = Math.max(maxLength, log.length);
      if (k % 997 === 0) {
        const expected = new Float64Array(13);
        for (const [r, a, b] of all) expected[r] += Math.max(0, Math.min(b, now) - Math.max(a, now - 600));
        expect(Array.from(log.levels(now, new Float32Array(13)))).toEqual(Array.from(expected, (s) => Math.fround(s / 600)));
      }
    }
    // about 600 / 7 waits reach into a window: the list holds a few times that, not 20,000
    expect(maxLength).toBeLessThan(1000);
  });
});
