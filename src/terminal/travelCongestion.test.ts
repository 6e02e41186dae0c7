import { describe, expect, it } from 'vitest';
import { startRun } from '../run/session';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { travelS } from './expectedFree';

/** demo-small six hours in, its vessel at work: the key point with the most delay seen on trips to it. */
function congested(seesCongestion: boolean) {
  const loaded = readScenarioFile('scenarios/demo-small.json');
  const scenario = { ...loaded.scenario, traffic: { ...loaded.scenario.traffic, dispatchSeesCongestion: seesCongestion } };
  const session = startRun({ ...loaded, scenario }, { durationS: 86400 });
  session.advanceTo(6 * 3600);
  const t = session.terminal;
  const n = t.layout.travel.ids.length;
  let worst = 0;
  for (let k = 1; k < n; k++) if (t.traffic!.expectedDelayS(k) > t.traffic!.expectedDelayS(worst)) worst = k;
  const from = worst === 0 ? 1 : 0;
  const alone = t.layout.travel.distanceM[from * n + worst] / t.scenario.vehicles.speedEmptyMps + t.scenario.vehicles.stopStartPenaltyS;
  return { seen: t.traffic!.expectedDelayS(worst), told: travelS(t, from, worst, false), alone };
}

describe('dispatch sees traffic', () => {
  it('adds the delay recently seen on trips to a place to the travel time strategies get, only when told to', () => {
    const on = congested(true);
    expect(on.seen).toBeGreaterThan(1);
    expect(on.told).toBeCloseTo(on.alone + on.seen, 9);
    const off = congested(false);
    expect(off.seen).toBeGreaterThan(1);
    expect(off.told).toBeCloseTo(off.alone, 9);
  });
});
