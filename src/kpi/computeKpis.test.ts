import { describe, expect, it } from 'vitest';
import { computeKpis, type KpiContext } from './computeKpis';
import { KpiRecorder } from './recorder';

const WARM_UP_S = 3600;
const END_S = 36_000;

/** A crane move of a 100 s cycle with no wait. */
const move = (crane: number, call: number, t0: number) => ({ crane, call, box: 0, kind: 'discharge' as const, t0, handoverS: t0 + 50, t1: t0 + 100, idleS: 0, waitS: 0, cycleS: 100, cycles: 1 });

function context(over: Partial<KpiContext> = {}): KpiContext {
  return {
    warmUpS: WARM_UP_S,
    endS: END_S,
    berthPlan: { quayLengthM: 100, berths: [], calls: [], craneSpans: [] },
    cranes: ['QC1', 'QC2'],
    calls: [
      { id: 'A', arrivalS: 4000, berthS: 5000, departS: 20_000, cranes: ['QC2'], moves: 300, movesLeft: 0 },
      { id: 'B', arrivalS: 6000, berthS: 21_000, departS: Infinity, cranes: ['QC1'], moves: 100, movesLeft: 50 },
      { id: 'C', arrivalS: 30_000, berthS: Infinity, departS: Infinity, cranes: [], moves: 0, movesLeft: 200 },
      { id: 'D', arrivalS: 1000, berthS: 2000, departS: 10_000, cranes: [], moves: 80, movesLeft: 0 },
    ],
    openPairs: [{ crane: 0, call: 1 }],
    trucksInside: 1,
    plugs: 1,
    slots: 1,
    yardCranes: 1,
    trafficWaits: null,
    ...over,
  };
}

describe('KPIs that cannot hide dead time (docs/kpis.md)', () => {
  const r = new KpiRecorder(WARM_UP_S, END_S);
  r.craneMoves.add(move(1, 0, 5000));
  r.craneMoves.add(move(1, 0, 5100));
  r.craneMoves.add(move(0, 1, 21_000));
  r.truckOut(10_000, 1200);
  r.truckOut(12_000, 4000);
  const { kpis, perCrane, perCall } = computeKpis(r, context());

  it('counts a crane still working its call until the end: a stalled crane lowers the rate', () => {
    // QC2: 2 moves over 200 s = 36/h; QC1: 1 move from 21,000 s to the end = 3600/15,000 = 0.24/h
    expect(perCrane[1].craneRate).toBeCloseTo(36, 12);
    expect(perCrane[0].craneRate).toBeCloseTo(0.24, 12);
    expect(kpis.craneRate).toBeCloseTo((2 * 36 + 1 * 0.24) / 3, 12);
    // its wait since its last move up to the end is crane wait
    expect(perCrane[0].qcWaitShare).toBeCloseTo((END_S - 21_100) / (END_S - 21_000), 12);
    // had it finished, it would count only to its last move
    expect(computeKpis(r, context({ openPairs: [] })).perCrane[0].craneRate).toBeCloseTo(36, 12);
  });

  it('counts a call still at berth with its moves so far until the end, and calls before the warm-up not at all', () => {
    // A: 300 moves in 15,000 s; B: 100 moves from 21,000 s to the end
    expect(kpis.berthRate).toBeCloseTo(400 / (30_000 / 3600), 12);
    expect(perCall[1].berthRate).toBeCloseTo(100 / (15_000 / 3600), 12);
    expect(perCall[3].berthRate).toBeNull();
  });

  it('reports the calls not departed apart, with their time in port, and turnaround of departed calls only', () => {
    expect(kpis.vesselTurnaroundH).toBeCloseTo(16_000 / 3600, 12);
    expect(kpis.openCalls).toBe(2);
    expect(perCall[1]).toMatchObject({ departS: null, vesselTurnaroundH: null, movesLeft: 50 });
    expect(perCall[1].inPortH).toBeCloseTo(30_000 / 3600, 12);
    expect(perCall[2]).toMatchObject({ berthS: null, departS: null, movesLeft: 200 });
  });

  it('waits for a berth until the end for a call still waiting', () => {
    // A 1,000 s, B 15,000 s, C still waiting: 6,000 s so far; D arrived in the warm-up
    expect(kpis.berthWaitH).toBeCloseTo((1000 + 15_000 + 6000) / 3 / 3600, 12);
    expect(perCall[2].berthWaitH).toBeCloseTo(6000 / 3600, 12);
    expect(perCall[3].berthWaitH).toBeNull();
  });

  it('counts trucks still inside as not done within the hour', () => {
    // one of two trucks out within 60 min, one still inside
    expect(kpis.externalTurnTimeMin).toBeCloseTo((1200 + 4000) / 2 / 60, 12);
    expect(kpis.truckTurnWithin60Share).toBeCloseTo(1 / 3, 12);
    expect(computeKpis(r, context({ trucksInside: 0 })).kpis.truckTurnWithin60Share).toBeCloseTo(1 / 2, 12);
  });
});
