import type { Lane, LaneGraph, LanePosition } from './laneGraph';

export interface Projection extends LanePosition {
  /** distance from the projected point to the lane, metres */
  distanceM: number;
}

/**
 * The nearest place on the given edges (all edges if omitted) to (x, y). Ties go to the lower edge
 * index, so a point beside a two-way lane lands on its drawn direction.
 */
export function projectOntoEdges(graph: LaneGraph, x: number, y: number, edges?: ArrayLike<number>): Projection {
  const { nodeX, nodeY, edgeFrom, edgeTo, edgeLengthM } = graph;
  const count = edges ? edges.length : edgeFrom.length;
  const best: Projection = { edge: -1, offsetM: 0, distanceM: Infinity };
  for (let k = 0; k < count; k++) {
    const e = edges ? edges[k] : k;
    const ax = nodeX[edgeFrom[e]];
    const ay = nodeY[edgeFrom[e]];
    const len = edgeLengthM[e];
    const ux = (nodeX[edgeTo[e]] - ax) / len;
    const uy = (nodeY[edgeTo[e]] - ay) / len;
    const along = Math.min(len, Math.max(0, (x - ax) * ux + (y - ay) * uy));
    const d = Math.hypot(ax + ux * along - x, ay + uy * along - y);
    if (d < best.distanceM || (d === best.distanceM && e < best.edge)) {
      best.edge = e;
      best.offsetM = along;
      best.distanceM = d;
    }
  }
  return best;
}

/** Metres of a lane position. */
export function lanePoint(graph: LaneGraph, pos: LanePosition): [x: number, y: number] {
  const a = graph.edgeFrom[pos.edge];
  const b = graph.edgeTo[pos.edge];
  // The ends are returned exactly so a route through a node does not grow a sub-nanometre segment.
  if (pos.offsetM <= 0) return [graph.nodeX[a], graph.nodeY[a]];
  if (pos.offsetM >= graph.edgeLengthM[pos.edge]) return [graph.nodeX[b], graph.nodeY[b]];
  const f = pos.offsetM / graph.edgeLengthM[pos.edge];
  return [
    graph.nodeX[a] + (graph.nodeX[b] - graph.nodeX[a]) * f,
    graph.nodeY[a] + (graph.nodeY[b] - graph.nodeY[a]) * f,
  ];
}

/** The position `distanceM` along a lane from its start, clamped to the lane. */
export function positionAlongLane(graph: LaneGraph, lane: Lane, distanceM: number): LanePosition {
  let rest = Math.max(0, distanceM);
  for (let k = 0; k < lane.edges.length; k++) {
    const e = lane.edges[k];
    const len = graph.edgeLengthM[e];
    if (rest <= len || k === lane.edges.length - 1) return { edge: e, offsetM: Math.min(rest, len) };
    rest -= len;
  }
  throw new RangeError(`lane ${lane.id} has no edges`);
}

/** The same place seen from each direction of a two-way lane: one position, or two. */
export function equivalentPositions(graph: LaneGraph, pos: LanePosition): LanePosition[] {
  const twin = graph.edgeTwin[pos.edge];
  if (twin < 0) return [pos];
  return [pos, { edge: twin, offsetM: graph.edgeLengthM[twin] - pos.offsetM }];
}

/*
 * A drive leaves a position through a node: the start node of its edge if it stands exactly there
 * (then every way out of that node is open), else the end node of its edge. It arrives likewise
 * through the end node if the position is exactly at the edge's end, else through the start node.
 */
export const exitNode = (g: LaneGraph, p: LanePosition): number => (p.offsetM <= 0 ? g.edgeFrom[p.edge] : g.edgeTo[p.edge]);
export const exitCostM = (g: LaneGraph, p: LanePosition): number => (p.offsetM <= 0 ? 0 : g.edgeLengthM[p.edge] - p.offsetM);
export const entryNode = (g: LaneGraph, p: LanePosition): number =>
  p.offsetM >= g.edgeLengthM[p.edge] ? g.edgeTo[p.edge] : g.edgeFrom[p.edge];
export const entryCostM = (g: LaneGraph, p: LanePosition): number => (p.offsetM >= g.edgeLengthM[p.edge] ? 0 : p.offsetM);
