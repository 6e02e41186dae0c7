import { describe, expect, it } from 'vitest';
import type { RunResult } from '../run/runSimulation';
import { summarizeComparison } from './comparison';
import { estimate, excludesZero, pairedDifference } from './statistics';

describe('confidence intervals (Student t)', () => {
  it('on known numbers: 1…5 has mean 3, s = 1.5811, half-width t(0.975, 4)·s/√5 = 1.9632', () => {
    const e = estimate([1, 2, 3, 4, 5])!;
    expect(e.n).toBe(5);
    expect(e.mean).toBe(3);
    expect(e.sd).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(e.halfWidth).toBeCloseTo(2.7764451051977987 * Math.sqrt(2.5 / 5), 10);
    expect(e.halfWidth).toBeCloseTo(1.96324, 5);
  });

  it('uses t with n − 1 degrees of freedom: 12.706 for two values, 2.262 for ten; other levels too', () => {
    expect(estimate([0, 2])!.halfWidth).toBeCloseTo(12.706204736174694 * (Math.SQRT2 / Math.SQRT2), 9);
    const ten = Array.from({ length: 10 }, (_, i) => i);
    expect(estimate(ten)!.halfWidth).toBeCloseTo(2.2621571627982 * (Math.sqrt(110 / 12) / Math.sqrt(10)), 9);
    expect(estimate([1, 2, 3, 4, 5], 0.9)!.halfWidth).toBeCloseTo(2.131846786326649 * Math.sqrt(0.5), 9);
  });

  it('has no interval for one value, and leaves out missing values', () => {
    expect(estimate([7])).toEqual({ n: 1, mean: 7, sd: null, halfWidth: null, level: 0.95 });
    expect(estimate([null, 4, null, 6])!.n).toBe(2);
    expect(estimate([null])).toBeNull();
  });

  it('pairs by seed: a constant shift is exact however noisy each side is', () => {
    const b = [10, 30, 20, 50];
    const a = b.map((x) => x + 2);
    const d = pairedDifference(a, b)!;
    expect(d.mean).toBe(2);
    expect(d.halfWidth).toBe(0);
    // unpaired, the same shift drowns in the seeds' spread
    expect(estimate(b)!.halfWidth!).toBeGreaterThan(20);
    expect(pairedDifference([3, 5, 4], [1, 2, 2])).toMatchObject({ mean: 7 / 3, n: 3 });
    expect(pairedDifference([3, null, 4], [1, 2, 2])).toMatchObject({ mean: 2, n: 2 });
    expect(() => pairedDifference([1], [1, 2])).toThrow(/differ in length/);
    expect(excludesZero(pairedDifference([3, 5, 4], [1, 2, 2]))).toBe(true);
    expect(excludesZero(pairedDifference([3, 1, 4], [1, 2, 2]))).toBe(false);
  });
});

/** A stand-in RunResult: only what a comparison reads. */
function fakeRun(strategy: string, seed: number, craneRate: number): RunResult {
  const kpis = { craneRate, qcBound: 40, gapToQcBound: 1 - craneRate / 40, qcWaitShare: 0.2, emptyTravelRatio: 0.4, energyPerMoveKWh: 5, vesselTurnaroundH: null, vehicleStateShares: { loaded: 0.3, empty: 0.2, waitQuay: 0.1, waitYard: 0.1, toCharger: 0, charging: 0.05, idle: 0.25 } };
  return { provenance: { scenario: 'x', scenarioHash: 'h', seed, strategy, durationS: 86400, warmUpS: 3600, version: '0' }, kpis } as unknown as RunResult;
}

describe('summarizeComparison', () => {
  it('gives each strategy its KPI intervals and its paired difference against the baseline', () => {
    const seeds = [1, 2, 3];
    const results = [
      [fakeRun('fcfs', 1, 20), fakeRun('fcfs', 2, 24), fakeRun('fcfs', 3, 22)],
      [fakeRun('pooled-lap', 1, 21), fakeRun('pooled-lap', 2, 26), fakeRun('pooled-lap', 3, 23)],
    ];
    const report = summarizeComparison(['fcfs', 'pooled-lap'], seeds, results, 'fcfs');
    expect(report.strategies[0].vsBaseline).toBeNull();
    expect(report.strategies[0].kpis.craneRate).toMatchObject({ n: 3, mean: 22, sd: 2 });
    expect(report.strategies[0].kpis.craneRate!.halfWidth).toBeCloseTo(4.302652729749464 * (2 / Math.sqrt(3)), 9);
    const diff = report.strategies[1].vsBaseline!.craneRate!;
    expect(diff.mean).toBeCloseTo(4 / 3, 12);
    expect(diff.sd).toBeCloseTo(Math.sqrt(1 / 3), 12);
    expect(report.strategies[1].kpis.vesselTurnaroundH).toBeNull();
    expect(report.strategies[1].vehicleStateShares.idle).toMatchObject({ mean: 0.25, halfWidth: 0 });
  });

  it('refuses a baseline not compared, and runs out of seed order', () => {
    const runs = [[fakeRun('fcfs', 1, 20)]];
    expect(() => summarizeComparison(['fcfs'], [1], runs, 'nearest')).toThrow(/baseline "nearest" is not among/);
    expect(() => summarizeComparison(['fcfs'], [2], runs, 'fcfs')).toThrow(/expected fcfs seed 2/);
  });
});
