import { InvariantError } from '../invariantError';
import type { RailCrane } from './craneJob';

/**
 * The non-passing rule's state for one block: each crane's claim (the interval of bays it may
 * occupy), in crane order with `sep` bays between neighbours, and which crane is being pushed aside
 * as its neighbour starts a leg (their claims overlap meanwhile). The scheduler changes the claims;
 * this says what they allow and checks that they keep the rule.
 */
export class RailClaims {
  readonly lo: number[];
  readonly hi: number[];
  /** a crane being pushed aside as the crane it names starts its leg (see BlockCranes.pushAlong), else -1 */
  readonly clearing: number[];
  private readonly n: number;

  constructor(
    readonly cranes: readonly RailCrane[],
    readonly bays: number,
    readonly sep: number,
  ) {
    this.n = cranes.length;
    this.lo = cranes.map((c) => c.bay);
    this.hi = cranes.map((c) => c.bay);
    this.clearing = cranes.map(() => -1);
  }

  /** Bays crane i can ever stand at: the others need room on either side. */
  reachLo(i: number): number {
    return i * this.sep;
  }
  reachHi(i: number): number {
    return this.bays - 1 - (this.n - 1 - i) * this.sep;
  }

  /** The bay nearest to `bay` that crane i can stand at. */
  intoReach(i: number, bay: number): number {
    return Math.min(Math.max(bay, this.reachLo(i)), this.reachHi(i));
  }

  /** Whether crane i can work bays lo…hi. */
  reaches(i: number, lo: number, hi: number): boolean {
    return lo >= this.reachLo(i) && hi <= this.reachHi(i);
  }

  /**
   * For crane i to hold bays lo…hi, the bay crane m must be beyond (east of it if m is east of i, west
   * if west), or NaN if m's claim is beyond it already.
   */
  wayBound(i: number, lo: number, hi: number, m: number): number {
    const bound = m > i ? hi + (m - i) * this.sep : lo - (i - m) * this.sep;
    return (m > i ? this.lo[m] >= bound : this.hi[m] <= bound) ? NaN : bound;
  }

  /** The crane whose home zone holds the bay: zone i is bays ⌊iB/n⌋ … ⌊(i+1)B/n⌋ − 1. */
  homeOf(bay: number): number {
    let i = 0;
    while (i < this.n - 1 && bay >= Math.floor(((i + 1) * this.bays) / this.n)) i++;
    return i;
  }

  /** Whether crane a on bays aLo…aHi and crane b on bLo…bHi keep the separation, in crane order. */
  apart(a: number, aLo: number, aHi: number, b: number, bLo: number, bHi: number): boolean {
    return a < b ? aHi + (b - a) * this.sep <= bLo : aLo >= bHi + (a - b) * this.sep;
  }

  /** The rule itself: each crane inside its claim on the rails, claims in order `sep` apart. Throws (naming the block) if broken. */
  check(nowS: number, block: string): void {
    for (let i = 0; i < this.n; i++) {
      const c = this.cranes[i];
      if (!(this.lo[i] <= c.bay && c.bay <= this.hi[i] && this.lo[i] >= 0 && this.hi[i] < this.bays))
        throw new InvariantError(nowS, `block ${block}: ${c.id} at bay ${c.bay} outside its claim ${this.lo[i]}–${this.hi[i]} or the rails`);
      if (i + 1 < this.n && this.clearing[i] !== i + 1 && this.clearing[i + 1] !== i && this.hi[i] + this.sep > this.lo[i + 1])
        throw new InvariantError(nowS, `block ${block}: ${c.id} holds bays up to ${this.hi[i]} and ${this.cranes[i + 1].id} from ${this.lo[i + 1]}, closer than ${this.sep} bays`);
    }
  }
}
