import { HourlySums } from './hourly';
import { ratio } from './kpis';
import type { CraneMove } from './recorder';

/** Moves, working time and wait of quay cranes on vessels, after the warm-up. */
export interface CraneTotals {
  moves: number;
  /** moves × crane rate summed over (crane, call) pairs, for the moves-weighted mean */
  weightedRate: number;
  workingS: number;
  waitS: number;
  /** the cycle times drawn for those moves: QC-bound is 3600 ÷ their mean */
  cycleS: number;
}

const empty = (): CraneTotals => ({ moves: 0, weightedRate: 0, workingS: 0, waitS: 0, cycleS: 0 });

/**
 * Crane rate per (crane, call): moves ÷ (end of its last move − start of its first), counting
 * the moves that start after the warm-up. Totals are then gathered by crane, by call and overall.
 */
export function craneTotals(moves: readonly CraneMove[], warmUpS: number, cranes: number, calls: number) {
  const pairs = new Map<number, { crane: number; call: number; n: number; first: number; last: number; waitS: number; cycleS: number }>();
  for (const m of moves) {
    if (m.t0 < warmUpS) continue;
    const key = m.call * cranes + m.crane;
    const p = pairs.get(key);
    if (p === undefined) pairs.set(key, { crane: m.crane, call: m.call, n: 1, first: m.t0, last: m.t1, waitS: m.waitS, cycleS: m.cycleS });
    else {
      p.n++;
      p.cycleS += m.cycleS;
      p.first = Math.min(p.first, m.t0);
      p.last = Math.max(p.last, m.t1);
      p.waitS += m.waitS;
    }
  }
  const byCrane = Array.from({ length: cranes }, empty);
  const byCall = Array.from({ length: calls }, empty);
  const all = empty();
  for (const p of [...pairs.values()].sort((a, b) => a.call - b.call || a.crane - b.crane)) {
    const spanS = p.last - p.first;
    const rate = spanS > 0 ? (3600 * p.n) / spanS : 0;
    for (const tot of [byCrane[p.crane], byCall[p.call], all]) {
      tot.moves += p.n;
      tot.weightedRate += p.n * rate;
      tot.workingS += spanS;
      tot.waitS += p.waitS;
      tot.cycleS += p.cycleS;
    }
  }
  return { byCrane, byCall, all };
}

export const craneRateOf = (t: CraneTotals) => ratio(t.weightedRate, t.moves);
/** The crane rate had the cranes never waited: 3600 ÷ the mean cycle time of the same moves. */
export const qcBoundOf = (t: CraneTotals) => ratio(3600 * t.moves, t.cycleS);
export const gapOf = (t: CraneTotals) => {
  const rate = craneRateOf(t);
  const bound = qcBoundOf(t);
  return rate === null || bound === null ? null : 1 - rate / bound;
};

/** Hourly moves, crane working time and crane wait: each move's time spread over the hours it spans. */
export function craneSeries(moves: readonly CraneMove[], warmUpS: number, endS: number) {
  const count = new HourlySums(warmUpS, endS);
  const working = new HourlySums(warmUpS, endS);
  const wait = new HourlySums(warmUpS, endS);
  const cycle = new HourlySums(warmUpS, endS);
  for (const m of moves) {
    if (m.t0 < warmUpS) continue;
    count.add(m.t1, 1);
    cycle.add(m.t1, m.cycleS);
    working.addSpan(m.t0, m.t1, 1);
    wait.addSpan(m.handoverS - m.waitS, m.handoverS, 1);
  }
  return { count, working, wait, cycle };
}
