import { describe, expect, it } from 'vitest';
import { runSimulation } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { microScenario } from './testing/microTerminal';

describe('yard cranes in the terminal', () => {
  it('craneSharing "zones" with serviceRule "quay-first" is the model as it was: demo-small for a seeded day, to the figures printed before', () => {
    const loaded = readScenarioFile('scenarios/demo-small.json');
    loaded.scenario.yard.craneSharing = 'zones';
    loaded.scenario.yard.serviceRule = 'quay-first';
    const { kpis } = runSimulation(loaded, { durationS: 86400 }).result;
    // the KPI table of `zhigang run scenarios/demo-small.json --duration 24h` before cranes shared blocks
    expect(kpis.moves).toBe(360);
    expect(kpis.craneRate!.toFixed(2)).toBe('26.87');
    expect(kpis.qcWaitShare!.toFixed(3)).toBe('0.319');
    expect(kpis.rehandlesPerRetrieval!.toFixed(2)).toBe('1.67');
    expect(kpis.yardCraneUtilisation!.toFixed(3)).toBe('0.207');
    expect(kpis.externalTurnTimeMin!.toFixed(2)).toBe('10.09');
    expect(kpis.truckTurnWithin60Share!.toFixed(3)).toBe('0.968');
    expect(kpis.yardCraneInterferenceShare).toBe(0);
  });

  it('under "shared" two cranes of a ten-bay block never come within the separation in a run (moves recorded by the terminal)', () => {
    const loaded = microScenario(6, 60, (s) => {
      s.yard.cranesPerBlock = 2;
      s.yard.craneSharing = 'shared';
    });
    const { terminal: t, result } = runSimulation(loaded);
    expect(result.kpis.moves).toBe(60);
    const [west, east] = [0, 1].map((c) => t.yardMoves.recent(c));
    expect(west.length + east.length).toBeGreaterThanOrEqual(60); // every store, in legs, and the pushes
    for (const a of west)
      for (const b of east) if (Math.min(a.t1, b.t1) - Math.max(a.t0, b.t0) > 1e-9) expect(a.hiBay + 2, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBeLessThanOrEqual(b.loBay);
  });
});
