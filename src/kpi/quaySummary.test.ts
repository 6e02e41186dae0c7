import { describe, expect, it } from 'vitest';
import type { BerthPlan } from './berthPlan';
import type { CallKpis, KpiSeries } from './kpis';
import { mostCranesAtOnce, quaySummary } from './quaySummary';

const plan: BerthPlan = {
  quayLengthM: 1000,
  berths: [],
  calls: [],
  craneSpans: [
    { crane: 'QC1', call: 'A', fromS: 0, toS: 100 },
    { crane: 'QC2', call: 'A', fromS: 50, toS: 200 },
    { crane: 'QC3', call: 'A', fromS: 100, toS: 150 }, // starts as QC1 ends: two at once, not three
    { crane: 'QC1', call: 'B', fromS: 300, toS: null },
  ],
};
const call = (id: string, over: Partial<CallKpis>): CallKpis => ({ call: id, arrivalS: 0, berthS: 0, departS: 3600, cranes: [], moves: 100, craneCycles: 100, craneRate: null, berthRate: null, vesselTurnaroundH: null, inPortH: 0, berthWaitH: 0, movesLeft: 0, ...over }) as CallKpis;

describe('the quay summary', () => {
  it('counts the most cranes a call had at once from the crane spans', () => {
    expect(mostCranesAtOnce(plan, 'A')).toBe(2);
    expect(mostCranesAtOnce(plan, 'B')).toBe(1);
    expect(mostCranesAtOnce(plan, 'C')).toBe(0);
  });

  it('groups the berth rate by cranes per call and measures dual cycling and the berth queue', () => {
    const calls = [call('A', { berthS: 0, departS: 7200, moves: 300, craneCycles: 240 }), call('B', { berthS: 300, departS: 3900, moves: 90, craneCycles: 90 })];
    const series = { callsWaiting: [2, 2, 0, null] } as unknown as KpiSeries;
    const q = quaySummary(plan, calls, series, 0, ['QC1', 'QC2', 'QC3', 'QC4']);
    expect(q.cranesWorked).toBe(3);
    expect(q.berthRateByCranes).toEqual([
      { cranes: 1, calls: 1, berthRate: 90 },
      { cranes: 2, calls: 1, berthRate: 150 },
    ]);
    expect(q.largestCalls[0]).toEqual({ call: 'A', moves: 300, cranes: 2 });
    // only A dual-cycled: 240 cycles for 300 moves
    expect(q.dualCycleSaving).toBeCloseTo(0.2, 12);
    expect([q.callsWaitingFirstHalf, q.callsWaitingSecondHalf]).toEqual([2, 0]);
  });
});
