import { lanePoint, type LaneGraph, type LanePosition, type Layout, type ParkingBay } from '../layout';
import { BayGrid, bayFootprint, shapeOf, strip, type Footprint, type Quad, type Shape } from './bayGrid';

/** A standing position: where a vehicle stands off the lane, facing `headingRad` (the layout's bays have this shape). */
export type Bay = ParkingBay;

/** Half a bay's width: an ART is 2.8 m wide, with half a metre of margin on each side. */
const BAY_HALF_WIDTH_M = 1.9;
/** Half a lane's width (3.5 m lanes). */
const LANE_HALF_WIDTH_M = 1.75;
/** Rows of bays on each side of a lane, and the distance between rows. */
const ROWS = 3;
const ROW_PITCH_M = 4.5;
/** A place that finds no clear spot this far out has run into something that is not a queue. */
const MAX_SPOTS = 2000;
/** How far beyond the quay line no bay may stand: further than any row reaches. */
const WATER_M = 100;

/**
 * Where vehicles stand while they wait or are served: bays off the road, so a standing vehicle blocks
 * no one. A place with bays from the layout (parkings, chargers) has exactly those; any other place
 * (under a quay crane, at a block's handover bay, at the unlocking station), and a charger whose
 * queue outgrows its bays, takes ground beside its lane point when a vehicle is sent there: the spot
 * nearest the place (level with it, then one vehicle length and gap ahead, behind, two ahead, …; at
 * each, rows on the right, the left, then further out) whose footprint overlaps no lane, no yard block,
 * no water and no bay held by another vehicle at any time from its arrival on. The ground is given
 * back when the vehicle pulls out, so a queue forms where it would and two places close together
 * queue one after the other rather than on top of each other. Each bay holds one vehicle: from the
 * plan that sends it there until it pulls out again.
 */
export class StandingAreas {
  /** per place index: when each of its bays is free from (Infinity while held or promised) */
  private readonly freeFrom: number[][] = [];
  /** per place index: where each of its bays is (a bay beyond the layout's is placed anew on each take) */
  private readonly bays: Bay[][] = [];
  /** per place index: the ground each bay beyond the layout's holds now, if any */
  private readonly ground: (Footprint | undefined)[][] = [];
  private readonly fixedCount = new Map<number, number>();
  /** per place index: spots beside its lane clear of the lanes, blocks, water and layout's bays, worked out as far as needed */
  private readonly spots: { bay: Bay; shape: Shape }[][] = [];
  /** per place index: how many spots beside its lane have been looked at */
  private readonly spotsTried: number[] = [];
  /** the ground that stays: lanes, blocks, water, the layout's bays */
  private readonly layoutGround: BayGrid;
  /** the ground held by vehicles beside the lanes, each until it pulls out */
  private readonly grid: BayGrid;
  /** no bay is taken for a time before this (plans are made in time order) */
  private latestNowS = -Infinity;

  /** `obstacles`: ground no bay may overlap besides the lanes (see groundToKeepClear). */
  constructor(
    private readonly graph: LaneGraph,
    private readonly spacingM: number,
    private readonly sideM: number,
    obstacles: readonly Quad[] = [],
  ) {
    this.grid = new BayGrid(2 * spacingM);
    this.layoutGround = new BayGrid(2 * spacingM);
    const g = graph;
    for (let e = 0; e < g.edgeFrom.length; e++) {
      const a = g.edgeFrom[e];
      const b = g.edgeTo[e];
      this.layoutGround.add(strip(g.nodeX[a], g.nodeY[a], g.nodeX[b], g.nodeY[b], LANE_HALF_WIDTH_M));
    }
    for (const quad of obstacles) this.layoutGround.add(quad);
  }

  /** Gives a place its own fixed bays (a parking's stalls, a charger's plug bays and queue). */
  fixBays(place: number, bays: readonly Bay[]): void {
    this.bays[place] = [...bays];
    this.freeFrom[place] = bays.map(() => -Infinity);
    this.fixedCount.set(place, bays.length);
    for (const bay of bays) this.layoutGround.add(this.footprint(bay));
  }

  /** How many bays the place has, Infinity where it takes ground as needed. */
  capacity(place: number): number {
    return this.fixedCount.get(place) ?? Infinity;
  }

  /**
   * Holds the lowest bay of the place free for a vehicle planned at `nowS`: one of the place's own
   * bays free by the time it turns toward it (`entryS` of the bay), else ground beside its lane.
   */
  take(place: number, at: LanePosition, nowS: number, entryS: (bay: Bay) => number): number {
    this.latestNowS = Math.max(this.latestNowS, nowS);
    const free = (this.freeFrom[place] ??= []);
    const own = this.own(place);
    let k = 0;
    // past its own bays a place's bays are placed anew on each take: any not held will do
    while (k < free.length && (k < own ? !this.freeFor(free[k], this.bays[place][k], nowS, entryS) : free[k] === Infinity)) k++;
    if (k === free.length) free.push(Infinity);
    free[k] = Infinity;
    if (k >= own) this.placeBeside(place, at, k, entryS);
    return k;
  }

  /** Whether a bay free from `freeFrom` is free by the time a vehicle planned at `nowS` turns toward it. */
  private freeFor(freeFrom: number, bay: Bay, nowS: number, entryS: (bay: Bay) => number): boolean {
    // no vehicle turns toward a bay before it is planned: a bay free by then needs no arithmetic
    return freeFrom <= nowS || (freeFrom < Infinity && freeFrom <= entryS(bay));
  }

  /** Holds bay k of a place (the fleet's start), which must be free. */
  hold(place: number, at: LanePosition, k: number): void {
    const free = (this.freeFrom[place] ??= []);
    if (this.fixedCount.has(place) && k >= free.length) throw new Error(`place ${place} has no bay ${k}`);
    while (free.length <= k) free.push(-Infinity);
    if (free[k] === Infinity) throw new Error(`bay ${k} of place ${place} is already held`);
    free[k] = Infinity;
    if (k >= this.own(place)) this.placeBeside(place, at, k, () => -Infinity);
  }

  /** Moves a vehicle from bay k of a place to its lowest bay below `below` free at `atS` (a charger's queue to a plug); -1 if none is free. */
  moveDown(place: number, k: number, below: number, atS: number): number {
    const free = this.freeFrom[place];
    for (let j = 0; j < Math.min(below, free.length); j++) {
      if (j !== k && free[j] <= atS) {
        free[j] = Infinity;
        this.leave(place, k, atS);
        return j;
      }
    }
    return -1;
  }

  /** The vehicle in bay k pulls out at `atS`: the bay, and the ground it held, are free from then. */
  leave(place: number, k: number, atS: number): void {
    this.freeFrom[place][k] = atS;
    const ground = this.ground[place]?.[k];
    if (ground !== undefined) ground.freeFrom = atS;
  }

  /** How many of the place's bays are held at the moment. */
  held(place: number): number {
    let held = 0;
    for (const f of this.freeFrom[place] ?? []) if (f === Infinity) held++;
    return held;
  }

  /** Where bay k of the place is (for a bay beyond the layout's: where its latest holder stands). */
  bayAt(place: number, k: number): Bay {
    const bay = this.bays[place]?.[k];
    if (bay === undefined) throw new Error(`bay ${k} of place ${place} has never been held`);
    return bay;
  }

  private own(place: number): number {
    return this.fixedCount.get(place) ?? 0;
  }

  /** Places bay k of the place on the nearest spot beside its lane clear from the vehicle's entry on, and holds that ground. */
  private placeBeside(place: number, at: LanePosition, k: number, entryS: (bay: Bay) => number): void {
    const spots = (this.spots[place] ??= []);
    for (let index = 0; ; index++) {
      if (index === spots.length && !this.nextSpot(place, at, spots)) break;
      const spot = spots[index];
      // ground held with no end yet is in the way whenever the vehicle comes: no need to work out when
      if (!this.grid.isClear(spot.shape, Number.MAX_VALUE, this.latestNowS)) continue;
      if (this.grid.isClear(spot.shape, entryS(spot.bay), this.latestNowS)) {
        (this.bays[place] ??= [])[k] = spot.bay;
        (this.ground[place] ??= [])[k] = this.grid.add(spot.shape);
        return;
      }
    }
    throw new Error(`no room for a standing bay within ${MAX_SPOTS} spots of place ${place}'s lane point`);
  }

  /** Adds the place's next spot clear of the layout's ground (lanes, blocks, water, its bays); false if none is left near it. */
  private nextSpot(place: number, at: LanePosition, spots: { bay: Bay; shape: Shape }[]): boolean {
    for (let tried = this.spotsTried[place] ?? 0; tried < MAX_SPOTS; tried++) {
      const bay = this.besideLane(at, tried);
      const shape = shapeOf(this.footprint(bay));
      if (this.layoutGround.isClear(shape, -Infinity, -Infinity)) {
        spots.push({ bay, shape });
        this.spotsTried[place] = tried + 1;
        return true;
      }
    }
    this.spotsTried[place] = MAX_SPOTS;
    return false;
  }

  private footprint(bay: Bay): Quad {
    // a hair shorter than the spacing, so the bays of one row touch without overlapping
    return bayFootprint(bay, this.spacingM - 1e-3, BAY_HALF_WIDTH_M);
  }

  /**
   * Spot `index` beside the lane at `at`: level with the place, then one spacing ahead, one behind,
   * two ahead, …; at each, the first row on the right of the direction of travel, on the left, the
   * second row on the right, …, so a queue stays around its place (a crane at the end of its lane
   * still has its queue beside the lane). Vehicles reach the outer rows between the inner row's bays.
   */
  private besideLane(at: LanePosition, index: number): Bay {
    const row = index % (2 * ROWS);
    const side = (this.sideM + (row >> 1) * ROW_PITCH_M) * (row % 2 === 0 ? 1 : -1);
    const step = Math.floor(index / (2 * ROWS));
    const k = step % 2 === 1 ? -(step + 1) / 2 : step / 2;
    const g = this.graph;
    const [x, y] = lanePoint(g, at);
    const e = at.edge;
    const len = g.edgeLengthM[e];
    const dx = (g.nodeX[g.edgeTo[e]] - g.nodeX[g.edgeFrom[e]]) / len;
    const dy = (g.nodeY[g.edgeTo[e]] - g.nodeY[g.edgeFrom[e]]) / len;
    return { x: x - dx * k * this.spacingM + dy * side, y: y - dy * k * this.spacingM - dx * side, headingRad: Math.atan2(dy, dx) };
  }
}

/**
 * The ground beside the lanes no bay may take: the yard blocks' stacks, and the water beyond the quay
 * (a bare lane network, such as a test's, has neither).
 */
export function groundToKeepClear(layout: Pick<Layout, 'graph'> & Partial<Pick<Layout, 'blocks' | 'quay'>>): Quad[] {
  const g = layout.graph;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < g.nodeX.length; i++) {
    cx += g.nodeX[i] / g.nodeX.length;
    cy += g.nodeY[i] / g.nodeX.length;
  }
  const water: Quad[] = [];
  const q = layout.quay?.line ?? [];
  for (let i = 0; i + 3 < q.length; i += 2) {
    const [ax, ay, bx, by] = [q[i], q[i + 1], q[i + 2], q[i + 3]];
    const len = Math.hypot(bx - ax, by - ay) || 1;
    let nx = -(by - ay) / len;
    let ny = (bx - ax) / len;
    // the water lies on the side of the quay line away from the lanes
    if (nx * (cx - ax) + ny * (cy - ay) > 0) [nx, ny] = [-nx, -ny];
    water.push([ax, ay, bx, by, bx + nx * WATER_M, by + ny * WATER_M, ax + nx * WATER_M, ay + ny * WATER_M]);
  }
  return [...(layout.blocks ?? []).map((b) => b.polygon), ...water];
}
