/**
 * The reservation table: for each resource the intervals of time vehicles hold it, as committed by
 * their trip plans, in time order and never overlapping (the planner fits a trip into the gaps).
 * Stored flat per resource (start, end, owner, ...) and pruned of the past as it is read.
 */
export class ReservationTable {
  private readonly lists: number[][];

  constructor(readonly resourceCount: number) {
    this.lists = Array.from({ length: resourceCount }, () => []);
  }

  /** The resource's reservations that end after `now`: flat start, end, owner triples in time order. */
  current(resource: number, now: number): readonly number[] {
    const list = this.lists[resource];
    let drop = 0;
    while (drop < list.length && list[drop + 1] <= now) drop += 3;
    if (drop > 0) list.splice(0, drop);
    return list;
  }

  /**
   * The first reservation of `resource` by another vehicle than `owner` that overlaps [from, to),
   * as its index in current(), or -1.
   */
  firstConflict(resource: number, from: number, to: number, owner: number, now: number): number {
    const list = this.current(resource, now);
    for (let k = 0; k < list.length; k += 3) {
      if (list[k] >= to - EPS) return -1; // in time order: nothing later can overlap
      if (list[k + 1] > from + EPS && list[k + 2] !== owner) return k;
    }
    return -1;
  }

  /** Commits [from, to) of `resource` to `owner`; throws if it overlaps another vehicle's hold. */
  reserve(resource: number, from: number, to: number, owner: number): void {
    const list = this.lists[resource];
    let k = list.length;
    while (k > 0 && list[k - 3] > from) k -= 3;
    const before = k - 3;
    if ((before >= 0 && list[before + 1] > from + EPS && list[before + 2] !== owner) || (k < list.length && list[k] < to - EPS && list[k + 2] !== owner)) {
      throw new Error(`traffic control: resource ${resource} reserved twice over [${from.toFixed(2)}, ${to.toFixed(2)}) s`);
    }
    list.splice(k, 0, from, to, owner);
  }

  /** Every reservation held at time t: [resource, owner] pairs (a check, not a hot path). */
  heldAt(t: number): [number, number][] {
    const out: [number, number][] = [];
    this.lists.forEach((list, resource) => {
      for (let k = 0; k < list.length; k += 3) if (list[k] <= t && t < list[k + 1]) out.push([resource, list[k + 2]]);
    });
    return out;
  }
}

/** Times closer than this (s) count as equal: a hold may start at the instant the previous one ends. */
export const EPS = 1e-6;
