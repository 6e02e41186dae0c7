import { describe, expect, it } from 'vitest';
import type { KpiResult } from '../kpi/computeKpis';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { runSimulation } from './runSimulation';
import { startRun } from './session';
import type { MotionLog } from '../terminal/motionLog';

const demo = () => readScenarioFile('scenarios/demo-small.json');
const DAY_S = 86400;
/** Every record pushed to a log from now on, in a list of the test's own. */
function everyRecord<R extends { t0: number; t1: number }>(log: MotionLog<R>): R[] {
  const seen: R[] = [];
  const push = log.push.bind(log);
  log.push = (r: R) => {
    seen.push(r);
    push(r);
  };
  return seen;
}
const kpiPart = ({ kpis, perCrane, perCall, series, berthPlan, traffic }: KpiResult): KpiResult => ({ kpis, perCrane, perCall, series, berthPlan, traffic });

describe('a run session', () => {
  it('ends where one call to runSimulation ends, however the run is cut into steps', () => {
    const whole = JSON.stringify(runSimulation(demo(), { durationS: DAY_S }).result);
    const session = startRun(demo(), { durationS: DAY_S });
    // uneven steps, a repeated time, a step back (clamped: nothing happens) and one past the end
    for (const t of [0, 1e-3, 17, 17, 900.5, 300, 3600, 3600.25, 40000, 40001, 66666.6, 2 * DAY_S]) session.advanceTo(t);
    expect(session.timeS).toBe(DAY_S);
    expect(session.finished).toBe(true);
    expect(JSON.stringify(session.finish())).toBe(whole);
  });

  it('ends the same when the live KPIs were looked at on the way', () => {
    const whole = JSON.stringify(runSimulation(demo(), { durationS: DAY_S }).result);
    const session = startRun(demo(), { durationS: DAY_S });
    for (let t = 0; t < DAY_S; t += 2777) {
      session.advanceTo(t);
      session.kpisNow();
    }
    expect(JSON.stringify(session.finish())).toBe(whole);
  });

  it('gives live KPIs at the end equal to the final ones', () => {
    const session = startRun(demo(), { durationS: DAY_S / 2 });
    session.advanceTo(DAY_S);
    const live = session.kpisNow();
    const result = session.finish();
    expect(live).toEqual(kpiPart(result));
    expect(session.kpisNow()).toEqual(live);
  });

  it('counts only the past part of the drives, charges and yard crane moves under way', () => {
    const atS = 100_150; // on the second day, with charges, drives and yard crane moves under way
    const session = startRun(demo(), { durationS: 2 * DAY_S });
    const t = session.terminal;
    // the logs keep only recent motions: every one is caught here as it is recorded
    const drives = everyRecord(t.drives);
    const yardMoves = everyRecord(t.yardMoves);
    session.advanceTo(atS);
    expect(t.vehicles.some((v) => v.state === 'charging')).toBe(true);
    expect(drives.some((d) => d.t0 < atS && d.t1 > atS)).toBe(true);
    expect(yardMoves.some((m) => m.t0 < atS && m.t1 > atS)).toBe(true);
    expect(drives.length).toBeGreaterThan(t.drives.all().length);
    const { kpis } = session.kpisNow();
    const warmUpS = t.scenario.run.warmUpS;
    const pastS = (t0: number, t1: number) => Math.max(0, Math.min(t1, atS) - Math.max(t0, warmUpS));

    // a vehicle is in the charging state exactly while it holds a plug
    const plugs = t.chargers.reduce((a, c) => a + c.plugs.capacity, 0);
    expect(kpis.chargerUtilisation! * plugs).toBeCloseTo(kpis.vehicleStateShares.charging! * t.vehicles.length, 12);
    // distances and yard crane time so far, from the records clipped to [warm-up, now]
    const metres = { empty: 0, loaded: 0 };
    for (const d of drives) if (d.t1 > d.t0) metres[d.loaded ? 'loaded' : 'empty'] += (d.lengthM * pastS(d.t0, d.t1)) / (d.t1 - d.t0);
    expect(kpis.emptyTravelRatio!).toBeCloseTo(metres.empty / (metres.empty + metres.loaded), 12);
    const busyS = yardMoves.reduce((a, m) => a + pastS(m.t0, m.t1), 0);
    expect(kpis.yardCraneUtilisation!).toBeCloseTo(busyS / (t.yardCranes.flat().length * (atS - warmUpS)), 12);
  });

  it('shares a vehicle time that adds up to one mid-run, and keeps utilisations within [0, 1]', () => {
    const session = startRun(demo(), { durationS: DAY_S });
    session.advanceTo(7.5 * 3600);
    const { kpis, series } = session.kpisNow();
    const shares = Object.values(kpis.vehicleStateShares) as number[];
    expect(shares.reduce((a, s) => a + s, 0)).toBeCloseTo(1, 12);
    expect(kpis.chargerUtilisation!).toBeLessThanOrEqual(1);
    expect(kpis.yardCraneUtilisation!).toBeLessThanOrEqual(1);
    expect(series.startS).toEqual([3600, 7200, 10800, 14400, 18000, 21600, 25200]);
  });

  it('runs another fleet size when asked, and refuses a fleet of none', () => {
    const session = startRun(demo(), { durationS: DAY_S, fleet: 3 });
    expect(session.terminal.vehicles.length).toBe(3);
    const fewer = session.finish();
    const all = runSimulation(demo(), { durationS: DAY_S }).result;
    expect(fewer.kpis.craneRate!).toBeLessThan(all.kpis.craneRate! - 5);
    expect(() => startRun(demo(), { fleet: 0 })).toThrow('fleet must be a whole number of vehicles from 1 to 2000; got 0');
  });

  it('stays broken after a strategy throws, with the same error', () => {
    const session = startRun(demo(), {
      durationS: DAY_S,
      strategy: {
        name: 'throws',
        decide() {
          throw new Error('no idea');
        },
      },
    });
    expect(() => session.advanceTo(DAY_S)).toThrow(/strategy "throws".*no idea/);
    const timeS = session.timeS;
    expect(() => session.advanceTo(DAY_S)).toThrow(/no idea/);
    expect(() => session.finish()).toThrow(/no idea/);
    expect(session.timeS).toBe(timeS);
  });
});
