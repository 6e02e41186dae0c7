import type { BerthPlan } from './berthPlan';
import type { CallKpis, KpiSeries } from './kpis';

/** What the quay did, in the figures a planner checks first: see docs/kpis.md, *Quay summary*. */
export interface QuaySummary {
  /** quay cranes that worked a call after the warm-up, of all */
  cranesWorked: number;
  cranes: number;
  /** per number of cranes (most at once on the call): calls departed after the warm-up and their berth rate */
  berthRateByCranes: { cranes: number; calls: number; berthRate: number | null }[];
  /** the three largest departed calls with the most cranes they had at once */
  largestCalls: { call: string; moves: number; cranes: number }[];
  /** 1 − crane cycles ÷ moves over the calls that made dual cycles (null: none did) */
  dualCycleSaving: number | null;
  /** mean calls waiting for a berth in the first and the second half of the measured period */
  callsWaitingFirstHalf: number | null;
  callsWaitingSecondHalf: number | null;
}

/** The most cranes a call had at once, from the berth plan's crane spans. */
export function mostCranesAtOnce(plan: BerthPlan, call: string): number {
  const edges = plan.craneSpans.filter((s) => s.call === call).flatMap((s): [number, number][] => [[s.fromS, 1], [s.toS ?? Infinity, -1]]);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let most = 0;
  for (const [, d] of edges) most = Math.max(most, (now += d));
  return most;
}

export function quaySummary(plan: BerthPlan, perCall: CallKpis[], series: KpiSeries, warmUpS: number, cranes: string[]): QuaySummary {
  const worked = new Set(plan.craneSpans.filter((s) => s.toS === null || s.toS > warmUpS).map((s) => s.crane));
  const departed = perCall.filter((c) => c.departS !== null && c.berthS !== null && c.arrivalS >= warmUpS);
  const groups = new Map<number, { calls: number; moves: number; hours: number }>();
  for (const c of departed) {
    const n = mostCranesAtOnce(plan, c.call);
    const g = groups.get(n) ?? { calls: 0, moves: 0, hours: 0 };
    g.calls++;
    g.moves += c.moves;
    g.hours += (c.departS! - c.berthS!) / 3600;
    groups.set(n, g);
  }
  const dual = perCall.filter((c) => c.moves > 0 && c.craneCycles < c.moves);
  const dualMoves = dual.reduce((a, c) => a + c.moves, 0);
  const mean = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
  };
  const half = Math.floor(series.callsWaiting.length / 2);
  return {
    cranesWorked: worked.size,
    cranes: cranes.length,
    berthRateByCranes: [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([n, g]) => ({ cranes: n, calls: g.calls, berthRate: g.hours > 0 ? g.moves / g.hours : null })),
    largestCalls: [...departed].sort((a, b) => b.moves - a.moves).slice(0, 3).map((c) => ({ call: c.call, moves: c.moves, cranes: mostCranesAtOnce(plan, c.call) })),
    dualCycleSaving: dualMoves > 0 ? 1 - dual.reduce((a, c) => a + c.craneCycles, 0) / dualMoves : null,
    callsWaitingFirstHalf: mean(series.callsWaiting.slice(0, half)),
    callsWaitingSecondHalf: mean(series.callsWaiting.slice(half)),
  };
}
