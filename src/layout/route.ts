import type { LaneGraph, LanePosition } from './laneGraph';
import { entryCostM, entryNode, equivalentPositions, exitCostM, exitNode, lanePoint } from './lanePosition';
import { pathFinderFor, searchFrom } from './pathFinder';

export interface Route {
  /** x0,y0,x1,y1,... metres; its polyline length is lengthM */
  points: Float64Array;
  lengthM: number;
  /** the pieces of edges driven, in order: edge k from fromM[k] to toM[k] metres along it (traffic control reserves space on them) */
  spans: RouteSpans;
}

export interface RouteSpans {
  edges: Int32Array;
  fromM: Float64Array;
  toM: Float64Array;
}

/** True when b lies ahead of a on the same edge: the drive is the piece of edge between them. */
const straightAhead = (a: LanePosition, b: LanePosition) => a.edge === b.edge && b.offsetM >= a.offsetM;

/**
 * Metres from `a` to `b` given `distM`, the node distances from exitNode(a): straight along the
 * edge if b lies ahead on it, else out of a's position, through the nodes, and into b's.
 */
export function distanceVia(graph: LaneGraph, distM: Float64Array, a: LanePosition, b: LanePosition): number {
  const through = exitCostM(graph, a) + distM[entryNode(graph, b)] + entryCostM(graph, b);
  return straightAhead(a, b) ? Math.min(b.offsetM - a.offsetM, through) : through;
}

/** Shortest driving distance between two lane positions along directed lanes; Infinity if none. */
export function laneDistance(layout: { graph: LaneGraph }, from: LanePosition, to: LanePosition): number {
  return route(layout, from, to)?.lengthM ?? Infinity;
}

/**
 * The shortest drive between two lane positions, or null if the lanes do not allow one. A position
 * on a two-way lane may be left or reached in either direction.
 */
export function route(layout: { graph: LaneGraph }, from: LanePosition, to: LanePosition): Route | null {
  const pf = pathFinderFor(layout.graph);
  return routeWith(
    layout.graph,
    (source) => {
      searchFrom(pf, source);
      return pf;
    },
    from,
    to,
  );
}

/** Shortest paths from one node: metres to every node and the edge that reached each. */
export interface NodeSearch {
  distM: Float64Array;
  viaEdge: Int32Array;
}

/** `route` with the node searches supplied by the caller, e.g. kept from earlier calls. */
export function routeWith(graph: LaneGraph, search: (source: number) => NodeSearch, from: LanePosition, to: LanePosition): Route | null {
  let best: Route | null = null;
  for (const a of equivalentPositions(graph, from)) {
    const found = search(exitNode(graph, a));
    for (const b of equivalentPositions(graph, to)) {
      const lengthM = distanceVia(graph, found.distM, a, b);
      if (!(lengthM < (best?.lengthM ?? Infinity))) continue;
      const direct = straightAhead(a, b) && b.offsetM - a.offsetM === lengthM;
      best = { points: polyline(graph, found.viaEdge, a, b, direct), lengthM, spans: spansOf(graph, found.viaEdge, a, b, direct) };
    }
  }
  return best;
}

/** The edges a drive covers: the rest of a's edge, the edges between the nodes, the start of b's edge. */
function spansOf(graph: LaneGraph, viaEdge: Int32Array, a: LanePosition, b: LanePosition, direct: boolean): RouteSpans {
  const edges: number[] = [];
  const fromM: number[] = [];
  const toM: number[] = [];
  const add = (edge: number, from: number, to: number) => {
    if (to - from <= 1e-9) return;
    edges.push(edge);
    fromM.push(from);
    toM.push(to);
  };
  if (direct) add(a.edge, a.offsetM, b.offsetM);
  else {
    add(a.edge, a.offsetM <= 0 ? graph.edgeLengthM[a.edge] : a.offsetM, graph.edgeLengthM[a.edge]);
    const through: number[] = [];
    for (let node = entryNode(graph, b); viaEdge[node] >= 0; node = graph.edgeFrom[viaEdge[node]]) through.push(viaEdge[node]);
    for (let k = through.length - 1; k >= 0; k--) add(through[k], 0, graph.edgeLengthM[through[k]]);
    if (b.offsetM < graph.edgeLengthM[b.edge]) add(b.edge, 0, b.offsetM);
  }
  return { edges: Int32Array.from(edges), fromM: Float64Array.from(fromM), toM: Float64Array.from(toM) };
}

function polyline(graph: LaneGraph, viaEdge: Int32Array, a: LanePosition, b: LanePosition, direct: boolean): Float64Array {
  const xy: number[] = [];
  const add = (x: number, y: number) => {
    const n = xy.length;
    // Zero-length pieces (a position at a node) would give a drive a heading-less segment.
    // (sqrt, not Math.hypot: V8's hypot allocates an array of its arguments at every call)
    const dx = n === 0 ? 0 : xy[n - 2] - x;
    const dy = n === 0 ? 0 : xy[n - 1] - y;
    if (n === 0 || Math.sqrt(dx * dx + dy * dy) > 1e-9) xy.push(x, y);
  };
  const [ax, ay] = lanePoint(graph, a);
  add(ax, ay);
  if (!direct) {
    const nodes: number[] = [];
    for (let node = entryNode(graph, b); ; node = graph.edgeFrom[viaEdge[node]]) {
      nodes.push(node);
      if (viaEdge[node] < 0) break;
    }
    for (let k = nodes.length - 1; k >= 0; k--) add(graph.nodeX[nodes[k]], graph.nodeY[nodes[k]]);
  }
  const [bx, by] = lanePoint(graph, b);
  add(bx, by);
  return Float64Array.from(xy);
}
