import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { BOX_PLACES } from '../terminal/boxes';
import { runSimulation } from './runSimulation';

const demo = () => readScenarioFile('scenarios/demo-small.json');

describe('runSimulation on demo-small', () => {
  it('gives byte-identical JSON for the same seed, and other results for another seed', () => {
    const a = JSON.stringify(runSimulation(demo(), { durationS: 86400 }).result);
    const b = JSON.stringify(runSimulation(demo(), { durationS: 86400 }).result);
    const c = JSON.stringify(runSimulation(demo(), { durationS: 86400, seed: 2 }).result);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('conserves every container over a seeded week (invariants are checked at the end of the run)', () => {
    const { result, terminal } = runSimulation(demo(), { durationS: 7 * 86400 });
    const { containers } = result.counts;
    expect(BOX_PLACES.reduce((sum, p) => sum + containers[p], 0)).toBe(containers.created);
    // every flow happened: vessels worked and left, trucks came and went, boxes left by gate and by ship
    expect(result.perCall.filter((c) => c.departS !== null).length).toBeGreaterThanOrEqual(4);
    expect(containers.gone).toBeGreaterThan(1000);
    expect(result.counts.externalTrucks).toBeGreaterThan(1000);
    expect(result.kpis.rehandlesPerRetrieval).toBeGreaterThan(0);
    const departedLoads = terminal.calls.filter((c) => c.departS <= 7 * 86400).reduce((s, c) => s + c.loaded.length, 0);
    expect(departedLoads).toBeGreaterThan(0);
  });
});
