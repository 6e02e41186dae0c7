import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../sim';
import { mser5 } from './mser';

describe('MSER-5', () => {
  it('finds a known start-up transient in a noisy series', () => {
    // 40 observations climbing from 0 to 30, then 360 around 30 (steady state), seeded noise
    const r = new RandomStreams(7).stream('noise');
    const series = Array.from({ length: 400 }, (_, i) => (i < 40 ? (30 * i) / 40 : 30) + 4 * (r.random() - 0.5));
    const found = mser5(series)!;
    expect(found.truncate % 5).toBe(0);
    expect(found.truncate).toBeGreaterThanOrEqual(30);
    expect(found.truncate).toBeLessThanOrEqual(50);
    expect(found.atLimit).toBe(false);
  });

  it('drops nothing from a series already in steady state, and says when the run is too short to tell', () => {
    const flat = Array(100).fill(10);
    expect(mser5(flat)).toEqual({ truncate: 0, statistic: 0, atLimit: false });
    // still rising at the end: the minimum sits at the largest truncation tried
    const rising = Array.from({ length: 100 }, (_, i) => i);
    expect(mser5(rising)!.atLimit).toBe(true);
  });

  it('computes the statistic by hand on batch means', () => {
    // batches of five: means 0, 10, 10, 10 → d = 1 leaves 10, 10, 10 with no spread
    const values = [...Array(5).fill(0), ...Array(15).fill(10)];
    expect(mser5(values)).toEqual({ truncate: 5, statistic: 0, atLimit: false });
    expect(mser5([1, 2, 3])).toBeNull();
  });
});
