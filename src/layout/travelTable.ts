import type { LaneGraph, LanePosition } from './laneGraph';
import { equivalentPositions, exitNode } from './lanePosition';
import { createPathFinder, searchFrom } from './pathFinder';
import { distanceVia } from './route';

/**
 * Shortest driving distances between all key points, computed once at load so dispatch looks up
 * a travel time instead of routing. `distanceM` is row-major, from × to, Infinity if unreachable.
 */
export interface TravelTable {
  ids: string[];
  distanceM: Float64Array;
  /** -1 for an unknown id */
  index(id: string): number;
  distance(from: string, to: string): number;
  timeS(from: string, to: string, speedMps: number): number;
}

/** Wraps the plain arrays (for instance after they crossed to a worker) with the lookups. */
export function travelTableFrom(ids: string[], distanceM: Float64Array): TravelTable {
  const byId = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const at = (id: string): number => {
    const i = byId.get(id);
    if (i === undefined) throw new RangeError(`no key point ${JSON.stringify(id)} in the travel table`);
    return i;
  };
  return {
    ids,
    distanceM,
    index: (id) => byId.get(id) ?? -1,
    distance: (from, to) => distanceM[at(from) * n + at(to)],
    timeS: (from, to, speedMps) => distanceM[at(from) * n + at(to)] / speedMps,
  };
}

/** One full search per key point (two on a two-way lane, one per direction of travel). */
export function buildTravelTable(graph: LaneGraph, points: readonly { id: string; at: LanePosition }[]): TravelTable {
  const n = points.length;
  const distanceM = new Float64Array(n * n).fill(Infinity);
  const pf = createPathFinder(graph);
  const targets = points.map((p) => equivalentPositions(graph, p.at));
  for (let i = 0; i < n; i++) {
    for (const a of targets[i]) {
      searchFrom(pf, exitNode(graph, a));
      for (let j = 0; j < n; j++) {
        for (const b of targets[j]) {
          const d = i === j ? 0 : distanceVia(graph, pf.distM, a, b);
          if (d < distanceM[i * n + j]) distanceM[i * n + j] = d;
        }
      }
    }
  }
  return travelTableFrom(
    points.map((p) => p.id),
    distanceM,
  );
}
