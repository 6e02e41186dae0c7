import { createPathFinder, handoverPosition, routeWith, searchFrom, type Layout, type LanePosition, type NodeSearch, type Route } from '../layout';

/** A place vehicles stop at, with the key point dispatch knows it by. */
export interface Place {
  key: string;
  at: LanePosition;
  /** index into layout.keyPoints (and the travel table) */
  keyPoint: number;
  /** this run's number for the place, dense from 0: routes are looked up by numbers, not joined strings */
  index: number;
}

const SEA = 0;
const LAND = 1;

/**
 * Routes between the places of a run, each computed once: one Dijkstra search per node a drive
 * leaves from, and one route per pair of places. Drives then share their path arrays.
 */
export class Roads {
  private readonly searches = new Map<number, NodeSearch>();
  /** routes by from.index, then to.index (a route is looked up at every drive) */
  private readonly routesFrom: Map<number, Route>[] = [];
  private readonly keyPlaces = new Map<string, Place>();
  /** bay places by (block, side), then bay */
  private readonly bayPlaces: Map<number, Place>[] = [];
  /** the handover key point of each (block, side) */
  private readonly handovers: Place[] = [];
  /** spots on the shared transfer lane by tenths of a metre along the quay */
  private readonly quaySpots = new Map<number, Place>();
  private placeCount = 0;
  private readonly search = (source: number): NodeSearch => {
    let found = this.searches.get(source);
    if (found === undefined) {
      const pf = createPathFinder(this.layout.graph);
      searchFrom(pf, source);
      found = { distM: pf.distM, viaEdge: pf.viaEdge };
      this.searches.set(source, found);
    }
    return found;
  };

  constructor(readonly layout: Layout) {
    layout.keyPoints.forEach((k, keyPoint) => this.keyPlaces.set(k.id, { key: k.id, at: k.at, keyPoint, index: this.placeCount++ }));
    layout.blocks.forEach((b, block) => {
      this.handovers[2 * block + SEA] = this.place(`handover:${b.id}:sea`);
      this.handovers[2 * block + LAND] = this.place(`handover:${b.id}:land`);
    });
  }

  /** A key point by id, e.g. `transfer:QC01`. */
  place(id: string): Place {
    const p = this.keyPlaces.get(id);
    if (p === undefined) throw new RangeError(`no key point ${JSON.stringify(id)} in ${this.layout.file}`);
    return p;
  }

  /** The key point `handover:BLOCK:SIDE` of a block, by block index. */
  handover(block: number, side: 'sea' | 'land'): Place {
    return this.handovers[2 * block + (side === 'sea' ? SEA : LAND)];
  }

  /** Where a vehicle stands to hand a box of `bay` over at one side of a block. */
  bay(block: number, side: 'sea' | 'land', bay: number): Place {
    const blockSide = 2 * block + (side === 'sea' ? SEA : LAND);
    const byBay = (this.bayPlaces[blockSide] ??= new Map());
    let p = byBay.get(bay);
    if (p === undefined) {
      const id = this.layout.blocks[block].id;
      const keyPoint = this.handovers[blockSide].keyPoint;
      p = { key: `handover:${id}:${side}:${bay}`, at: handoverPosition(this.layout, id, side, bay), keyPoint, index: this.placeCount++ };
      byBay.set(bay, p);
    }
    return p;
  }

  /**
   * Where a vehicle stands under a quay crane at `x` along the quay, on the transfer lane all cranes
   * share; known to dispatch by the nearest crane's home transfer key point.
   */
  quaySpot(x: number): Place {
    const key = Math.round(x * 10);
    let p = this.quaySpots.get(key);
    if (p === undefined) {
      const at = spotOnLane(this.layout, x);
      let keyPoint = -1;
      for (const c of this.layout.quayCranes) {
        const k = this.keyPlaces.get(`transfer:${c.id}`)!.keyPoint;
        if (keyPoint < 0 || Math.abs(this.layout.keyPoints[k].x - x) < Math.abs(this.layout.keyPoints[keyPoint].x - x)) keyPoint = k;
      }
      p = { key: `quay:${(key / 10).toFixed(1)}`, at: { edge: at.edge, offsetM: at.offsetM }, keyPoint, index: this.placeCount++ };
      this.quaySpots.set(key, p);
    }
    return p;
  }

  route(from: Place, to: Place): Route {
    const byTo = (this.routesFrom[from.index] ??= new Map());
    let r = byTo.get(to.index);
    if (r === undefined) {
      const found = routeWith(this.layout.graph, this.search, from.at, to.at);
      if (found === null) throw new RangeError(`no drive from ${from.key} to ${to.key} along the lanes of ${this.layout.file}`);
      r = found;
      byTo.set(to.index, r);
    }
    return r;
  }
}

/**
 * The point of the shared transfer lane at `x` along the quay: the first of its edges whose span of x
 * holds it, at the share of its length that x is of its span. Plain arithmetic, no nearest-point
 * search: a search compares distances from Math.hypot, whose last bit differs between engines, and a
 * tie at a vertex could then fall on another edge in the browser than in Node.
 */
function spotOnLane(layout: Layout, x: number): LanePosition {
  const { graph } = layout;
  const edges = layout.lanes[layout.sharedTransferLane].edges;
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k];
    const ax = graph.nodeX[graph.edgeFrom[e]];
    const bx = graph.nodeX[graph.edgeTo[e]];
    if (x < Math.min(ax, bx) || x > Math.max(ax, bx)) continue;
    const share = ax === bx ? 0 : (x - ax) / (bx - ax);
    return { edge: e, offsetM: share * graph.edgeLengthM[e] };
  }
  // beyond the lane's ends: its nearer end
  const first = edges[0];
  const last = edges[edges.length - 1];
  const startX = graph.nodeX[graph.edgeFrom[first]];
  const endX = graph.nodeX[graph.edgeTo[last]];
  return Math.abs(x - startX) <= Math.abs(x - endX) ? { edge: first, offsetM: 0 } : { edge: last, offsetM: graph.edgeLengthM[last] };
}
