import { InvariantError } from '../terminal/invariantError';
import { EPS } from './reservations';

/** One vehicle waiting for another over a stretch of time. */
interface WaitEdge {
  fromS: number;
  toS: number;
  blocker: number;
}

/**
 * Who waits for whom, and when: the run-time check that no cycle of waiting forms. A cycle of
 * vehicles each waiting for the next at one and the same moment is a deadlock: none would ever move
 * again. The reservation rule cannot form one (docs/model.md, Traffic); this check fails the run
 * loudly, naming the vehicles, if it ever does, whatever rule made the waits.
 */
export class WaitForGraph {
  private readonly edges: WaitEdge[][];

  constructor(
    vehicles: number,
    private readonly nameOf: (vehicle: number) => string,
  ) {
    this.edges = Array.from({ length: vehicles }, () => []);
  }

  /** `vehicle` waits for `blocker` over [fromS, toS); throws if that closes a cycle of waits. */
  add(vehicle: number, blocker: number, fromS: number, toS: number, now: number): void {
    const mine = this.edges[vehicle];
    while (mine.length > 0 && mine[0].toS <= now) mine.shift();
    mine.push({ fromS, toS, blocker });
    const cycle = this.cycleBack(blocker, fromS, toS, [vehicle], now);
    if (cycle !== null) {
      const names = cycle.map((v) => this.nameOf(v));
      throw new InvariantError(Math.max(now, fromS), `deadlock: ${[...names, names[0]].join(' waits for ')}, all at once from ${fromS.toFixed(1)} s; no vehicle of the cycle can ever move`);
    }
  }

  /** Whether someone waits now: for tests and the stall report. */
  waiting(vehicle: number, t: number): number {
    for (const e of this.edges[vehicle]) if (e.fromS <= t && t < e.toS) return e.blocker;
    return -1;
  }

  /** A chain of waits from `blocker` back to the chain's first vehicle, all overlapping [lo, hi), or null. */
  private cycleBack(blocker: number, lo: number, hi: number, chain: number[], now: number): number[] | null {
    if (blocker === chain[0]) return chain;
    if (chain.includes(blocker) || chain.length > this.edges.length) return null;
    for (const e of this.edges[blocker]) {
      if (e.toS <= now) continue;
      const a = Math.max(lo, e.fromS);
      const b = Math.min(hi, e.toS);
      if (b - a <= EPS) continue;
      const found = this.cycleBack(e.blocker, a, b, [...chain, blocker], now);
      if (found !== null) return found;
    }
    return null;
  }
}
