import { lanePoint, type LaneGraph, type LanePosition, type ParkingBay } from '../layout';

/** A standing position: where a vehicle stands off the lane, facing `headingRad` (the layout's bays have this shape). */
export type Bay = ParkingBay;

/**
 * Where vehicles stand while they wait or are served: bays beside the lane, off the road, so a
 * standing vehicle blocks no one. A place with bays from the layout (parkings, chargers) has exactly
 * those; any other place (under a quay crane, at a block's handover bay, at the unlocking station)
 * gets a row of bays beside its lane point, the first level with it and the rest back along the lane,
 * one vehicle length and gap apart: a queue drawn where it would form. Each bay holds one vehicle:
 * from the plan that sends it there until it pulls out again.
 */
export class StandingAreas {
  /** per place index: when each bay is free from (Infinity while held or promised) */
  private readonly freeFrom: number[][] = [];
  private readonly bays: Bay[][] = [];
  private readonly fixed = new Set<number>();
  private readonly fixedCount = new Map<number, number>();

  constructor(
    private readonly graph: LaneGraph,
    private readonly spacingM: number,
    private readonly sideM: number,
  ) {}

  /** Gives a place its own fixed bays (a parking's stalls, a charger's plug bays and queue). */
  fixBays(place: number, bays: readonly Bay[]): void {
    this.bays[place] = [...bays];
    this.freeFrom[place] = bays.map(() => -Infinity);
    this.fixed.add(place);
    this.fixedCount.set(place, bays.length);
  }

  /** How many bays the place has, Infinity where the row grows as needed. */
  capacity(place: number): number {
    return this.fixedCount.get(place) ?? Infinity;
  }

  /** Holds the lowest bay of the place free at `atS`; beyond a place's own bays, the queue grows beside its lane. */
  take(place: number, at: LanePosition, atS: number): number {
    const free = (this.freeFrom[place] ??= []);
    for (let k = 0; k < free.length; k++) {
      if (free[k] <= atS) {
        free[k] = Infinity;
        return k;
      }
    }
    // a row beside the lane, for a place without bays of its own, or when a charger's queue overflows its bays
    free.push(Infinity);
    this.bayAt(place, at, free.length - 1);
    return free.length - 1;
  }

  /** Holds bay k of a place (the fleet's start), which must be free. */
  hold(place: number, at: LanePosition, k: number): void {
    const free = (this.freeFrom[place] ??= []);
    if (this.isFixed(place) && k >= free.length) throw new Error(`place ${place} has no bay ${k}`);
    while (free.length <= k) {
      free.push(-Infinity);
      this.bayAt(place, at, free.length - 1);
    }
    if (free[k] === Infinity) throw new Error(`bay ${k} of place ${place} is already held`);
    free[k] = Infinity;
  }

  /** Moves a vehicle from bay k of a place to its lowest bay below `below` free at `atS` (a charger's queue to a plug); -1 if none is free. */
  moveDown(place: number, k: number, below: number, atS: number): number {
    const free = this.freeFrom[place];
    for (let j = 0; j < Math.min(below, free.length); j++) {
      if (j !== k && free[j] <= atS) {
        free[j] = Infinity;
        free[k] = atS;
        return j;
      }
    }
    return -1;
  }

  /** The vehicle in bay k pulls out at `atS`. */
  leave(place: number, k: number, atS: number): void {
    this.freeFrom[place][k] = atS;
  }

  /** How many of the place's bays are held at the moment. */
  held(place: number): number {
    let held = 0;
    for (const f of this.freeFrom[place] ?? []) if (f === Infinity) held++;
    return held;
  }

  bayAt(place: number, at: LanePosition, k: number): Bay {
    const list = (this.bays[place] ??= []);
    const own = this.fixedCount.get(place) ?? 0;
    // past its own bays a place queues beside the lane, from one spacing back (its own bays may stand level with it)
    while (list.length <= k) list.push(this.besideLane(at, list.length - own + (own > 0 ? 1 : 0)));
    return list[k];
  }

  private isFixed(place: number): boolean {
    return this.fixed.has(place);
  }

  /**
   * Bay k of a queue beside the lane at `at`, on the right of the direction of travel: the first level
   * with the place, then one spacing ahead, one behind, two ahead, … so a queue stays around its place
   * (a crane at the end of its lane still has its queue beside the lane).
   */
  private besideLane(at: LanePosition, index: number): Bay {
    const k = index % 2 === 1 ? -(index + 1) / 2 : index / 2;
    const g = this.graph;
    const [x, y] = lanePoint(g, at);
    const e = at.edge;
    const len = g.edgeLengthM[e];
    const dx = (g.nodeX[g.edgeTo[e]] - g.nodeX[g.edgeFrom[e]]) / len;
    const dy = (g.nodeY[g.edgeTo[e]] - g.nodeY[g.edgeFrom[e]]) / len;
    return { x: x - dx * k * this.spacingM + dy * this.sideM, y: y - dy * k * this.spacingM - dx * this.sideM, headingRad: Math.atan2(dy, dx) };
  }
}
