import { describe, expect, it } from 'vitest';
import { distanceToPolylineM } from '../layout/polyline';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { inspect } from './inspect';
import { startRun } from './session';
import { vehicleTrajectory } from './trajectory';

const demo = () => readScenarioFile('scenarios/demo-small.json');

describe("a vehicle's trail and its inspector", () => {
  it('follows the drives of the last minutes, ending where the vehicle is now', () => {
    const session = startRun(demo(), { durationS: 86400 });
    session.advanceTo(5 * 3600 + 11);
    const latest = session.terminal.drives.all().reduce((a, d) => (d.t0 > a.t0 ? d : a));
    const v = latest.vehicle;
    const since = session.timeS - 30 * 60;
    const trail = vehicleTrajectory(session, v, since, 2);
    expect(trail.length).toBe(2 * (Math.floor((session.timeS - since) / 2) + 2));
    const drives = session.terminal.drives.recent(v).filter((d) => d.t1 >= since - 3600);
    // every point lies on one of its recent drives
    for (let k = 0; k < trail.length; k += 2) expect(Math.min(...drives.map((d) => distanceToPolylineM(d.path, trail[k], trail[k + 1])))).toBeLessThan(0.05);
    const last = drives.at(-1)!;
    expect(last.t0).toBeLessThanOrEqual(session.timeS);
  });

  it('inspects a vehicle, a quay crane and a yard crane as plain data, and names a missing one', () => {
    const session = startRun(demo(), { durationS: 86400 });
    session.advanceTo(4 * 3600);
    const t = session.terminal;
    const busy = t.vehicles.find((v) => v.job !== null)!;
    const vehicle = inspect(session, { kind: 'vehicle', index: busy.index });
    expect(vehicle).toMatchObject({ kind: 'vehicle', id: busy.id, state: busy.state, job: { id: busy.job!.id, crane: busy.job!.crane.id } });
    expect(structuredClone(vehicle)).toEqual(vehicle);
    const crane = inspect(session, { kind: 'quayCrane', index: 0 });
    expect(crane).toMatchObject({ kind: 'quayCrane', id: t.cranes[0].id, kpis: session.kpisNow().perCrane[0] });
    expect(inspect(session, { kind: 'yardCrane', index: 1 })).toMatchObject({ kind: 'yardCrane', id: t.yardCranes.flat()[1].id });
    expect(() => inspect(session, { kind: 'vehicle', index: 99 })).toThrow('no vehicle 99: the run has 12 (0-based)');
  });
});
