import { createPathFinder, handoverPosition, routeWith, searchFrom, type Layout, type LanePosition, type NodeSearch, type Route } from '../layout';

/** A place vehicles stop at, with the key point dispatch knows it by. */
export interface Place {
  key: string;
  at: LanePosition;
  /** index into layout.keyPoints (and the travel table) */
  keyPoint: number;
}

/**
 * Routes between the places of a run, each computed once: one Dijkstra search per node a drive
 * leaves from, and one route per pair of places. Drives then share their path arrays.
 */
export class Roads {
  private readonly searches = new Map<number, NodeSearch>();
  private readonly routes = new Map<string, Route>();
  private readonly keyPlaces = new Map<string, Place>();
  private readonly bayPlaces = new Map<string, Place>();
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
    layout.keyPoints.forEach((k, keyPoint) => this.keyPlaces.set(k.id, { key: k.id, at: k.at, keyPoint }));
  }

  /** A key point by id, e.g. `transfer:QC01`. */
  place(id: string): Place {
    const p = this.keyPlaces.get(id);
    if (p === undefined) throw new RangeError(`no key point ${JSON.stringify(id)} in ${this.layout.file}`);
    return p;
  }

  /** Where a vehicle stands to hand a box of `bay` over at one side of a block. */
  bay(block: number, side: 'sea' | 'land', bay: number): Place {
    const key = `${block}:${side}:${bay}`;
    let p = this.bayPlaces.get(key);
    if (p === undefined) {
      const id = this.layout.blocks[block].id;
      p = { key: `handover:${id}:${side}:${bay}`, at: handoverPosition(this.layout, id, side, bay), keyPoint: this.place(`handover:${id}:${side}`).keyPoint };
      this.bayPlaces.set(key, p);
    }
    return p;
  }

  route(from: Place, to: Place): Route {
    const key = `${from.key}>${to.key}`;
    let r = this.routes.get(key);
    if (r === undefined) {
      const found = routeWith(this.layout.graph, this.search, from.at, to.at);
      if (found === null) throw new RangeError(`no drive from ${from.key} to ${to.key} along the lanes of ${this.layout.file}`);
      r = found;
      this.routes.set(key, r);
    }
    return r;
  }
}
