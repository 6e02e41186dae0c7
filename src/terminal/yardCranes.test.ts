import { describe, expect, it } from 'vitest';
import { runSimulation } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { microScenario } from './testing/microTerminal';

/** moves, crane rate, QC wait share, export rehandles, yard crane utilisation, truck turn, trucks within an hour */
const PINNED: unknown[] = [358, '28.12', '0.286', '1.62', '0.195', '10.86', '0.965'];

describe('yard cranes in the terminal', () => {
  it('the earlier yard, by its policies\' names (zones, quay-first, planned-crane, call-weight, by-call, nearest), runs a seeded demo-small day to pinned figures', () => {
    const loaded = readScenarioFile('scenarios/demo-small.json');
    Object.assign(loaded.scenario.yard, { craneSharing: 'zones', serviceRule: 'quay-first', exportPlanning: 'planned-crane', exportStacking: 'call-weight', importStacking: 'by-call', rehandlePlacement: 'nearest', housekeeping: 'off' });
    const { kpis } = runSimulation(loaded, { durationS: 86400 }).result;
    // without category retrieval, loads are dug out; zones never interfere
    expect([kpis.moves, kpis.craneRate!.toFixed(2), kpis.qcWaitShare!.toFixed(3), kpis.rehandlesPerExportRetrieval!.toFixed(2), kpis.yardCraneUtilisation!.toFixed(3), kpis.externalTurnTimeMin!.toFixed(2), kpis.truckTurnWithin60Share!.toFixed(3)]).toEqual(PINNED);
    expect(kpis.rehandlesPerExportRetrieval!).toBeGreaterThan(1);
    expect(kpis.yardCraneInterferenceShare).toBe(0);
    expect(kpis.housekeepingMoves).toBe(0);
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
