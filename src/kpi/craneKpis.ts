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
  /** crane cycles those moves took: a combined dual cycle counts once for its two moves */
  cycles: number;
}


const empty = (): CraneTotals => ({ moves: 0, weightedRate: 0, workingS: 0, waitS: 0, cycleS: 0, cycles: 0 });

interface CranePair {
  crane: number;
  call: number;
  n: number;
  first: number;
  last: number;
  waitS: number;
  cycleS: number;
  cycles: number;
}

/** (call, crane) as one map key; a terminal has far fewer than this many quay cranes. */
const PAIR_KEY = 65536;

/**
 * Quay crane moves summed as they are made (a month of moves is too many to keep): per (crane,
 * call) pair its moves, first start, last end, wait and cycle time, and hourly counts, working
 * time, wait and cycle time. Only moves that start after the warm-up count.
 */
export class CraneMoveTally {
  private readonly pairs = new Map<number, CranePair>();
  readonly count: HourlySums;
  readonly working: HourlySums;
  readonly wait: HourlySums;
  readonly cycle: HourlySums;

  constructor(
    readonly warmUpS: number,
    endS: number,
  ) {
    this.count = new HourlySums(warmUpS, endS);
    this.working = new HourlySums(warmUpS, endS);
    this.wait = new HourlySums(warmUpS, endS);
    this.cycle = new HourlySums(warmUpS, endS);
  }

  add(m: CraneMove): void {
    if (m.t0 < this.warmUpS) return;
    const key = m.call * PAIR_KEY + m.crane;
    const p = this.pairs.get(key);
    // the wait before a pair's first move falls outside its working time
    if (p === undefined) this.pairs.set(key, { crane: m.crane, call: m.call, n: 1, first: m.t0, last: m.t1, waitS: m.waitS, cycleS: m.cycleS, cycles: m.cycles });
    else {
      p.n++;
      p.cycleS += m.cycleS;
      p.cycles += m.cycles;
      p.first = Math.min(p.first, m.t0);
      p.last = Math.max(p.last, m.t1);
      p.waitS += m.waitS + m.idleS;
    }
    // each move's time spread over the hours it spans
    this.count.add(m.t1, 1);
    this.cycle.add(m.t1, m.cycleS);
    const idleS = p === undefined ? 0 : m.idleS;
    this.working.addSpan(m.t0 - idleS, m.t1, 1);
    this.wait.addSpan(m.t0 - idleS, m.t0, 1);
    this.wait.addSpan(m.handoverS - m.waitS, m.handoverS, 1);
  }

  /**
   * Crane rate per (crane, call): moves ÷ (end of its last move − start of its first); a crane still
   * working its call at `endS` (`open`) counts until then, its wait since its last move included, so
   * a stalled crane lowers the rate instead of leaving it. Totals are then gathered by crane, by
   * call and overall (pairs in call, crane order, so sums are reproducible).
   */
  totals(cranes: number, calls: number, open: readonly OpenPair[] = [], endS = 0): { byCrane: CraneTotals[]; byCall: CraneTotals[]; all: CraneTotals } {
    const byCrane = Array.from({ length: cranes }, empty);
    const byCall = Array.from({ length: calls }, empty);
    const all = empty();
    const tails = new Map(open.map((o) => [o.call * PAIR_KEY + o.crane, o]));
    for (const p of [...this.pairs.values()].sort((a, b) => a.call - b.call || a.crane - b.crane)) {
      const tail = tails.has(p.call * PAIR_KEY + p.crane) ? Math.max(0, endS - p.last) : 0;
      const spanS = p.last + tail - p.first;
      const rate = spanS > 0 ? (3600 * p.n) / spanS : 0;
      for (const tot of [byCrane[p.crane], byCall[p.call], all]) {
        tot.moves += p.n;
        tot.weightedRate += p.n * rate;
        tot.workingS += spanS;
        tot.waitS += p.waitS + tail;
        tot.cycleS += p.cycleS;
        tot.cycles += p.cycles;
      }
    }
    return { byCrane, byCall, all };
  }

  /**
   * The hourly working time and wait with each open pair's wait since its last move (or, with no
   * move yet in the period, since `sinceS`) up to `endS` added: copies, the tally stays as it was.
   */
  withOpenTails(open: readonly OpenPair[], endS: number): { working: HourlySums; wait: HourlySums } {
    const working = copySums(this.working);
    const wait = copySums(this.wait);
    for (const o of open) {
      const p = this.pairs.get(o.call * PAIR_KEY + o.crane);
      if (p === undefined) continue; // no move in the period: no working time to speak of yet
      working.addSpan(p.last, endS, 1);
      wait.addSpan(p.last, endS, 1);
    }
    return { working, wait };
  }
}

/** A quay crane still working a call at the end of the period. */
export interface OpenPair {
  crane: number;
  call: number;
}

function copySums(s: HourlySums): HourlySums {
  const copy = new HourlySums(s.warmUpS, s.endS);
  copy.values = s.values.slice();
  return copy;
}

export const craneRateOf = (t: CraneTotals) => ratio(t.weightedRate, t.moves);
/** The crane rate had the cranes never waited: 3600 ÷ the mean cycle time of the same moves. */
export const qcBoundOf = (t: CraneTotals) => ratio(3600 * t.moves, t.cycleS);
export const gapOf = (t: CraneTotals) => {
  const rate = craneRateOf(t);
  const bound = qcBoundOf(t);
  return rate === null || bound === null ? null : 1 - rate / bound;
};
