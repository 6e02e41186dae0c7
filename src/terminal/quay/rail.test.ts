import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../run/runSimulation';
import { readScenarioFile } from '../../scenario/readScenarioFile';
import { RandomStreams } from '../../sim';
import { withoutTraffic } from '../../run/withoutTraffic';
import type { QuayCraneState } from '../model';
import { railTargets } from './rail';
import type { Rail } from './railTypes';
import type { GantryMotion } from './railTypes';

const rail = (n: number): Rail => ({ sepM: 30, speedMps: 0.75, minX: 0, maxX: 30 * n + 600, motions: [] });
const crane = (index: number, x: number, over: Partial<QuayCraneState> = {}) => ({ index, x, wantX: NaN, pinned: false, motion: null, ...over }) as QuayCraneState;

/** Where each crane is at `t` from its motions (piecewise linear), starting at `start`. */
function positionsAt(motions: GantryMotion[], start: number[], t: number): number[] {
  const x = [...start];
  for (const m of motions) {
    if (m.t0 > t) break;
    x[m.crane] = t >= m.t1 ? m.x1 : m.x0 + ((m.x1 - m.x0) * (t - m.t0)) / (m.t1 - m.t0);
  }
  return x;
}

describe('quay cranes on one rail', () => {
  it('are sent to targets in their order, a safety distance apart, within the rail, mid-cycle cranes left where they are (random states)', () => {
    const r = new RandomStreams(5).stream('rail');
    for (let k = 0; k < 500; k++) {
      const n = 2 + r.int(10);
      const R = rail(n);
      let x = r.random() * 50;
      const cranes = Array.from({ length: n }, (_, i) => {
        const c = crane(i, x);
        x += R.sepM + r.random() * 80;
        if (r.chance(0.5)) c.wantX = r.random() * R.maxX;
        if (r.chance(0.2)) {
          c.pinned = true;
          c.wantX = c.x;
        }
        return c;
      });
      if (x - R.sepM > R.maxX) continue; // the random cranes did not fit this rail
      const e = railTargets(cranes, R);
      for (let i = 0; i < n; i++) {
        expect(e[i]).toBeGreaterThanOrEqual(R.minX - 1e-9);
        expect(e[i]).toBeLessThanOrEqual(R.maxX + 1e-9);
        if (cranes[i].pinned) expect(e[i]).toBe(cranes[i].x);
        if (i > 0) expect(e[i] - e[i - 1]).toBeGreaterThanOrEqual(R.sepM - 1e-9);
      }
    }
  });

  it('never cross nor come nearer than the safety distance, in runs of random calls on tianjin-c-section', () => {
    // the cranes, not the road, are under test: the idealised road keeps 12 simulated days quick
    const base = withoutTraffic(readScenarioFile('scenarios/tianjin-c-section.json'));
    const r = new RandomStreams(9).stream('calls');
    for (let k = 0; k < 4; k++) {
      const calls = Array.from({ length: 8 }, (_, i) => ({ id: `R${i}`, arrivalS: i * 4 * 3600 + r.random() * 3600, lengthM: 120 + r.random() * 230, dischargeMoves: 200 + r.int(1200), loadMoves: 200 + r.int(1200) }));
      const scenario = { ...base.scenario, vessels: { ...base.scenario.vessels, services: undefined, calls } };
      const { terminal } = runSimulation({ ...base, scenario }, { seed: k + 1, durationS: 3 * 86400 });
      const R = terminal.rail!;
      const start = terminal.layout.quayCranes.map((c) => c.x);
      const motions = R.motions;
      expect(motions.length).toBeGreaterThan(20);
      // cranes move linearly between motion ends: their gaps are smallest at those instants
      const instants = [...new Set(motions.flatMap((m) => [m.t0, m.t1]))].sort((a, b) => a - b);
      let closest = Infinity;
      for (const t of instants) {
        const x = positionsAt(motions, start, t);
        for (let i = 1; i < x.length; i++) closest = Math.min(closest, x[i] - x[i - 1]);
      }
      expect(closest).toBeGreaterThanOrEqual(R.sepM - 1e-6);
      // every call alongside well before the end got cranes (none left without one)
      for (const c of terminal.calls) if (c.berthS < 2.5 * 86400) expect(c.cranes.length, c.id).toBeGreaterThan(0);
    }
  });
});
