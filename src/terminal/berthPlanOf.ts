import type { BerthPlan } from '../kpi/berthPlan';
import type { Terminal } from './model';

const orNull = (x: number) => (Number.isNaN(x) ? null : x);

/** The berth plan of the calls arrived by `endS`, as it stands at `endS` (see BerthPlan). */
export function berthPlanOf(t: Terminal, endS: number): BerthPlan {
  const quayXs = Array.from(t.layout.quay.line).filter((_, i) => i % 2 === 0);
  return {
    quayLengthM: Math.max(...quayXs) - Math.min(...quayXs),
    berths: t.quay.berths.map((b) => ({ id: b.id, fromM: b.fromM, toM: b.toM })),
    calls: t.calls
      .filter((c) => c.arrivalS < endS)
      .map((c) => ({
        id: c.id,
        service: c.service,
        arrivalS: c.arrivalS,
        berthS: orNull(c.berthS),
        departS: orNull(c.departS),
        fromM: orNull(c.fromM),
        toM: orNull(c.toM),
        lengthM: c.plan.lengthM,
        windowStartS: orNull(c.windowStartS),
        windowEndS: orNull(c.windowEndS),
        moves: c.plan.discharge.length + c.plan.loadMoves,
        movesLeft: Number.isNaN(c.berthS) ? c.plan.discharge.length + c.plan.loadMoves : c.remainingMoves,
      })),
    craneSpans: t.craneSpans
      .filter((s) => s.fromS <= endS)
      .map((s) => ({ crane: t.cranes[s.crane].id, call: t.calls[s.call].id, fromS: s.fromS, toS: Number.isNaN(s.toS) || s.toS > endS ? null : s.toS })),
  };
}
