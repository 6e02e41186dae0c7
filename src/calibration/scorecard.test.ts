import { describe, expect, it } from 'vitest';
import { kpisWith } from '../kpi/testing/kpisFixture';
import type { Kpis } from '../kpi/kpis';
import type { Targets } from './loadTargets';
import { chargingHoursPer12hWork, measureOf, type RunFigures } from './measures';
import { bandText, estimateText, scoreRuns, verdictText } from './scorecard';
import type { Target } from './targetsSchema';

const target = (id: string, measure: Target['measure'], band: Target['band'], unit = ''): Target => ({ id, label: id, kind: 'published', measure, published: '…', unit, band, source: { title: 's' } });
const targets = (...ts: Target[]): Targets => ({ file: 't.json', name: 'T', targets: ts });
const run = (over: Partial<Kpis>, vehicles = 92, quayCranes = 12): RunFigures => ({ kpis: kpisWith(over), vehicles, quayCranes });
const shares = (charging: number, working: number, idle: number) => ({ loaded: working / 2, empty: working / 4, waitQuay: working / 8, waitYard: working / 16, toCharger: working / 16, charging, idle });

describe('the scorecard', () => {
  it('passes a line whose mean over the seeds lies inside its band, bounds included, and gives the Student-t interval', () => {
    // berth rates 1…5 above 100: mean 103, s = √2.5, half-width t(0.975, 4)·s/√5 = 1.96324
    const runs = [101, 102, 103, 104, 105].map((b) => run({ berthRate: b }));
    const s = scoreRuns(targets(target('in', 'berthRate', { min: 103, max: 140 }), target('above', 'berthRate', { max: 102.9 }), target('edge', 'berthRate', { min: 103 })), runs);
    const [inside, above, edge] = s.lines;
    expect(inside.values).toEqual([101, 102, 103, 104, 105]);
    expect(inside.estimate).toMatchObject({ n: 5, mean: 103 });
    expect(inside.estimate!.halfWidth).toBeCloseTo(1.96324, 5);
    expect([inside.pass, above.pass, edge.pass]).toEqual([true, false, true]);
    // every interval here reaches past a bound: the verdict stands, but more seeds could change it
    expect(s.lines.map(verdictText)).toEqual(['PASS*', 'FAIL*', 'PASS*']);
    expect(s.failing).toEqual(['above']);
    expect(s.runs).toBe(5);
  });

  it('does not flag an interval that stays on one side of every bound', () => {
    const s = scoreRuns(targets(target('far', 'craneRate', { min: 30, max: 36 }), target('out', 'craneRate', { max: 20 })), [32, 33, 34].map((c) => run({ craneRate: c })));
    expect(s.lines.map(verdictText)).toEqual(['PASS', 'FAIL']);
  });

  it('fails a line with no data, and scores one run without an interval', () => {
    const s = scoreRuns(targets(target('turn', 'externalTurnTimeMin', { max: 20 }, 'min'), target('rate', 'craneRate', { min: 30 }, 'moves/h')), [run({ craneRate: 31 })]);
    expect(s.lines[0]).toMatchObject({ estimate: null, pass: false });
    expect(estimateText(s.lines[0])).toBe('no data');
    expect(s.lines[1]).toMatchObject({ pass: true, estimate: { n: 1, mean: 31, halfWidth: null } });
    expect(estimateText(s.lines[1])).toBe('31.0 moves/h');
    expect(s.failing).toEqual(['turn']);
  });

  it('leaves out a seed without data and scores the others', () => {
    const s = scoreRuns(targets(target('r', 'rehandlesPerImportRetrieval', { max: 1 })), [run({ rehandlesPerImportRetrieval: 0.8 }), run({}), run({ rehandlesPerImportRetrieval: 1.0 })]);
    expect(s.lines[0]).toMatchObject({ values: [0.8, null, 1.0], pass: true, estimate: { n: 2 } });
    expect(s.lines[0].estimate!.mean).toBeCloseTo(0.9, 12);
  });

  it('writes bands and figures in their units, shares as percentages', () => {
    expect(bandText(target('a', 'berthRate', { min: 103.7, max: 140.3 }, 'moves/h'))).toBe('103.7–140.3 moves/h');
    expect(bandText(target('b', 'truckTurnWithin60Share', { min: 0.95 }, '%'))).toBe('≥ 95.0%');
    expect(bandText(target('c', 'rehandlesPerExportRetrieval', { max: 0.3 }, 'boxes'))).toBe('≤ 0.30 boxes');
    const s = scoreRuns(targets(target('b', 'truckTurnWithin60Share', { min: 0.95 }, '%')), [run({ truckTurnWithin60Share: 0.96 }), run({ truckTurnWithin60Share: 0.98 })]);
    expect(estimateText(s.lines[0])).toMatch(/^97\.0% ± \d+\.\d%$/);
  });
});

describe('derived measures', () => {
  it('charging hours per 12 h of work: 12 × charging ÷ the working states, idle left out', () => {
    expect(chargingHoursPer12hWork(shares(0.05, 0.6, 0.35))).toBeCloseTo(1, 12);
    expect(chargingHoursPer12hWork(shares(0.1, 0.6, 0.3))).toBeCloseTo(2, 12);
    // more idle time, the same work and charging: the same figure
    expect(chargingHoursPer12hWork({ ...shares(0.05, 0.6, 0.35), idle: 0.9 })).toBeCloseTo(1, 12);
    expect(chargingHoursPer12hWork({ ...shares(0.05, 0.6, 0.35), charging: null })).toBeNull();
    expect(chargingHoursPer12hWork(shares(0.05, 0, 0.95))).toBeNull();
  });

  it('vehicles per quay crane is the fleet over the cranes, the same every seed', () => {
    expect(measureOf(run({}, 92, 12), 'vehiclesPerQuayCrane')).toBeCloseTo(7.667, 3);
    const s = scoreRuns(targets(target('arts', 'vehiclesPerQuayCrane', { min: 6.3, max: 10.8 })), [run({}), run({})]);
    expect(s.lines[0]).toMatchObject({ pass: true, estimate: { halfWidth: 0 } });
    expect(scoreRuns(targets(target('arts', 'vehiclesPerQuayCrane', { min: 6.3, max: 10.8 })), [run({}, 60, 12)]).lines[0].pass).toBe(false);
  });
});
