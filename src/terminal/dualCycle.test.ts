import { describe, expect, it } from 'vitest';
import { runSimulation } from '../run/runSimulation';
import { workSequences } from './workSequence';
import { microScenario } from './testing/microTerminal';
import type { Box } from './boxes';

const box = (id: number): Box => ({ id, name: `B${id}`, feet: 40, flow: 'export', reefer: false, weightClass: 0, destination: 0, fromCall: -1, toCall: 0, direct: false, dwellS: 0, truckSecondOfDay: 0, deliveryDay: 0, pickupKnown: false, pickupS: NaN, place: 'vessel', holder: 0 });

describe('dual cycles', () => {
  it('alternate only in the hold: the deck is discharged first and loaded last', () => {
    const d = [1, 2, 3, 4].map(box);
    const l = [5, 6, 7, 8].map(box);
    const order = (deckShare: number) => workSequences(13, 1, d, l, true, () => 'art', deckShare)[0].map((m) => `${m.kind[0]}${m.box.id}`).join(' ');
    expect(order(0)).toBe('d1 l5 d2 l6 d3 l7 d4 l8');
    expect(order(0.5)).toBe('d1 d2 d3 l5 d4 l6 l7 l8');
    expect(workSequences(13, 1, d, l, false, () => 'art')[0].map((m) => m.kind[0]).join('')).toBe('ddddllll');
  });

  it('on a micro terminal: one combined cycle for a load and the discharge after it, counted once in QC-bound', () => {
    // one bay, 10 discharges and 10 loads in the hold: d1 l1 d2 l2 … d10 l10; single cycles of 50 s,
    // combined cycles of 70 s. Each of the 9 pairs (l_k, d_k+1) takes 70 s, 35 s each, or, when the
    // load is only taken over the lane, the single trip out (25 s) and a quarter of 70 s back: 42.5 s
    const loaded = microScenario(10, 10, (s) => {
      s.vessels.calls = [{ id: 'V1', arrivalS: 0, lengthM: 13, dischargeMoves: 10, loadMoves: 10, cranes: 1 }];
      s.quayCranes = { cycleTimeS: { dist: 'constant', value: 50 }, dualCycleTimeS: { dist: 'constant', value: 70 }, deckShare: 0, workWindow: 1, dualCycling: true };
    });
    const cycles: { kind: string; cycleS: number; dual: boolean }[] = [];
    const { result } = runSimulation(loaded, { strategy: 'dual-cycle', trace: (r) => void (r.event === 'craneHandover' && cycles.push({ kind: r.kind as string, cycleS: r.cycleS as number, dual: r.dual === true })) });
    expect(cycles.map((c) => c.kind[0]).join('')).toBe('dl'.repeat(10));
    const singles = cycles.filter((c) => !c.dual);
    expect(singles.map((c) => c.cycleS)).toEqual([50, 50]); // d1 and l10
    const lateLoads = cycles.filter((c) => c.dual && c.kind === 'load' && c.cycleS === 42.5).length;
    const earlyLoads = cycles.filter((c) => c.dual && c.kind === 'load' && c.cycleS === 35).length;
    expect(lateLoads + earlyLoads).toBe(9);
    expect(cycles.filter((c) => c.dual && c.kind === 'discharge').every((c) => c.cycleS === 35)).toBe(true);
    const totalS = 2 * 50 + 9 * 70 + lateLoads * 7.5;
    expect(result.perCrane[0].craneCycles).toBe(11);
    expect(result.kpis.qcBound).toBeCloseTo((3600 * 20) / totalS, 9);
    // against 20 single cycles of 50 s: 45% fewer cycles, and a bound above the single-cycling 72 moves/h
    expect(result.kpis.qcBound!).toBeGreaterThan(90);
  });
});
