import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import type { Kpis } from '../kpi/kpis';
import { kpisWith } from '../kpi/testing/kpisFixture';
import type { RunRecord } from './runRecord';
import { summarizeRuns, summaryCsvText } from './summary';
import { strategyPlan } from './testing/strategyPlan';

/** t(0.975, 2) and t(0.975, 1) from a table of Student's t */
const T2 = 4.30265272975;
const T1 = 12.7062047362;

const plan = strategyPlan(['a', 'b'], { name: 'known numbers', replications: 3 });

function kpis(craneRate: number, loaded: number | null = null): Kpis {
  return kpisWith({ craneRate, vehicleStateShares: { loaded, empty: null, waitQuay: null, waitYard: null, toCharger: null, charging: null, idle: null } });
}

function record(config: 'a' | 'b', replication: number, k: Kpis | string, hash = 'h'): RunRecord {
  const base = { config: `strategy=${config}`, replication, seed: plan.seeds[replication - 1], factors: { strategy: config }, provenance: { experimentHash: hash, scenario: 'S', scenarioHash: 'x', durationS: 86400, warmUpS: 0, version: '0' } };
  return typeof k === 'string' ? { ...base, status: 'failed', error: k } : { ...base, status: 'ok', kpis: k };
}

describe('summarizeRuns', () => {
  it('gives mean, sd and the Student-t 95% half-width per configuration, and the difference to the baseline paired by replication', () => {
    // a: 10, 12, 14 · b: 11, 14, 14 → differences 1, 2, 0
    const records = [record('b', 2, kpis(14)), record('a', 1, kpis(10)), record('a', 2, kpis(12)), record('a', 3, kpis(14)), record('b', 1, kpis(11)), record('b', 3, kpis(14))];
    const { rows, missing, failed } = summarizeRuns(plan, records);
    const a = rows.find((r) => r.config === 'strategy=a' && r.kpi === 'craneRate')!;
    const b = rows.find((r) => r.config === 'strategy=b' && r.kpi === 'craneRate')!;
    expect(a.estimate).toMatchObject({ n: 3, mean: 12, sd: 2 });
    expect(a.estimate!.halfWidth).toBeCloseTo((T2 * 2) / Math.sqrt(3), 9);
    expect(a.difference).toBeNull(); // the baseline itself
    expect(b.estimate!.mean).toBeCloseTo(13, 12);
    expect(b.estimate!.sd).toBeCloseTo(Math.sqrt(3), 12);
    expect(b.difference).toMatchObject({ n: 3, mean: 1, sd: 1 });
    expect(b.difference!.halfWidth).toBeCloseTo(T2 / Math.sqrt(3), 9);
    // unpaired, the same numbers would give a far wider interval: pairing is what CRN buys
    expect(b.difference!.halfWidth!).toBeLessThan(b.estimate!.halfWidth!);
    expect(missing).toEqual([]);
    expect(failed).toEqual([]);
    expect(rows.map((r) => r.kpi).slice(0, 3)).toEqual(['moves', 'craneRate', 'berthRate']);
  });

  it('leaves out failed and missing replications, pairs only what both have, and ignores other experiments', () => {
    const records = [record('a', 1, kpis(10)), record('a', 2, kpis(12)), record('a', 3, kpis(14)), record('b', 1, kpis(11)), record('b', 2, 'it threw'), record('b', 3, kpis(99), 'other')];
    const { rows, missing, failed } = summarizeRuns(plan, records);
    const b = rows.find((r) => r.config === 'strategy=b' && r.kpi === 'craneRate')!;
    expect(b.estimate).toEqual({ n: 1, mean: 11, sd: null, halfWidth: null, level: 0.95 });
    expect(b.difference).toEqual({ n: 1, mean: 1, sd: null, halfWidth: null, level: 0.95 });
    expect(missing).toEqual(['strategy=b #2', 'strategy=b #3']);
    expect(failed.map((f) => [f.config, f.replication, f.seed, f.error])).toEqual([['strategy=b', 2, 12, 'it threw']]);
  });

  it('counts a success after a failure of the same replication (a retry) and not the failure', () => {
    const records = [record('a', 1, kpis(10)), record('a', 2, 'flaky'), record('a', 2, kpis(12)), record('a', 2, 'later failure is not kept over a success')];
    const a = summarizeRuns(plan, records).rows.find((r) => r.config === 'strategy=a' && r.kpi === 'craneRate')!;
    expect(a.estimate).toMatchObject({ n: 2, mean: 11 });
  });

  it('writes summary.csv with one row per configuration × KPI, numbers exact, the difference marked significant when its CI excludes 0', () => {
    const records = [record('a', 1, kpis(10, 0.5)), record('a', 2, kpis(12, 0.5)), record('b', 1, kpis(20, 0.25)), record('b', 2, kpis(23, 0.75))];
    const two = { ...plan, replications: 2, seeds: [11, 12] };
    const csv = summaryCsvText(two, summarizeRuns(two, records));
    const rows = csvParse(csv);
    expect(rows.columns).toEqual(['config', 'factors.strategy', 'kpi', 'n', 'mean', 'sd', 'ci95', 'baseline', 'diff.n', 'diff.mean', 'diff.sd', 'diff.ci95', 'diff.significant']);
    expect(rows.length).toBe(2 * 30); // 23 scalar KPIs and 7 vehicle state shares
    const rate = rows.find((r) => r.config === 'strategy=b' && r.kpi === 'craneRate')!;
    // b: 20, 23 → mean 21.5, sd 3/√2; differences 10, 11 → mean 10.5, sd 1/√2, ci t(0.975,1)·0.5
    expect(Number(rate.mean)).toBe(21.5);
    expect(Number(rate.sd)).toBeCloseTo(3 / Math.SQRT2, 12);
    expect(Number(rate['diff.mean'])).toBe(10.5);
    expect(Number(rate['diff.ci95'])).toBeCloseTo(T1 * 0.5, 8);
    expect(rate['diff.significant']).toBe('true');
    const loaded = rows.find((r) => r.config === 'strategy=b' && r.kpi === 'vehicleStateShares.loaded')!;
    expect([loaded.mean, loaded['diff.mean'], loaded['diff.significant']]).toEqual(['0.5', '0', 'false']);
    const baseline = rows.find((r) => r.config === 'strategy=a' && r.kpi === 'craneRate')!;
    expect([baseline.baseline, baseline['diff.mean'], baseline['diff.significant']]).toEqual(['strategy=a', '', '']);
    const noData = rows.find((r) => r.config === 'strategy=a' && r.kpi === 'berthRate')!;
    expect([noData.n, noData.mean, noData.ci95]).toEqual(['0', '', '']);
    expect(csv.endsWith('\n')).toBe(true);
  });
});
