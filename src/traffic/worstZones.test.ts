import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { startRun } from '../run/session';
import { WORST_ZONES, worstZones } from './worstZones';
import { recordWaits } from './testing/recordWaits';

describe('the worst zones', () => {
  it('are the resources waited for longest, longest first, ties in network order, none that nobody waited for', () => {
    const names = ['zone A × B', 'L1 0–10 m', 'L1 10–20 m', 'zone C × D', 'L2 0–10 m', 'L2 10–20 m', 'L3 0–10 m'];
    const waited = Float64Array.of(3600, 0, 7200, 1800, 3600, 0.5, 0);
    expect(worstZones(names, waited)).toEqual([
      { name: 'L1 10–20 m', waitH: 2 },
      { name: 'zone A × B', waitH: 1 },
      { name: 'L2 0–10 m', waitH: 1 },
      { name: 'zone C × D', waitH: 0.5 },
      { name: 'L2 10–20 m', waitH: 0.5 / 3600 },
    ]);
    expect(worstZones(names, waited, 2).map((z) => z.name)).toEqual(['L1 10–20 m', 'zone A × B']);
    expect(worstZones(names, new Float64Array(7))).toEqual([]);
  });

  it('of a run looked at mid-way count the waits after the warm-up up to then, not those still to come', () => {
    // tianjin's first calls are at work five to seven hours in; the waits count from four hours on
    const warmUpS = 4 * 3600;
    const nowS = 6.5 * 3600;
    const session = startRun(readScenarioFile('scenarios/tianjin-c-section.json'), { durationS: 8 * 3600, warmUpS });
    const traffic = session.terminal.traffic!;
    const waits = recordWaits(traffic);
    session.advanceTo(nowS);
    const expected = new Float64Array(traffic.network.resourceCount);
    for (const w of waits) expected[w.resource] += Math.max(0, Math.min(w.toS, nowS) - Math.max(w.fromS, warmUpS));
    const seen = session.kpisNow().traffic!.worstZones;
    expect(seen).toHaveLength(WORST_ZONES);
    const want = worstZones(traffic.network.names, expected);
    expect(seen.map((z) => z.name)).toEqual(want.map((z) => z.name));
    seen.forEach((z, k) => expect(z.waitH).toBeCloseTo(want[k].waitH, 9));
    // planned waits reach past now: the run's booked totals are ahead of what has happened
    const booked = waits.reduce((a, w) => a + Math.max(0, w.toS - Math.max(w.fromS, warmUpS)), 0);
    expect(booked).toBeGreaterThan(expected.reduce((a, b) => a + b, 0) + 1);
  });
});
