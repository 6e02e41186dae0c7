import { route, type Lane, type LaneGraph, type LanePosition, type Layout, type Route } from '../../layout';
import { buildLaneGraph, type LaneInput } from '../../layout/laneGraph';
import { buildTrafficNetwork, type TrafficGeometry, type TrafficNetwork } from '../network';
import { tripResources, type TripMotion, type TripResources } from '../planner';

/** A lane for hand-made networks: id, one-way or two-way, vertices x0, y0, x1, y1, ... in metres. */
export const lane = (id: string, twoWay: boolean, ...xy: number[]): LaneInput => ({ id, kind: 'lane', feature: 0, twoWay, line: Float64Array.from(xy) });

/**
 * The geometry of the hand-made cases: 15 m vehicles and a 5 m gap, so body and gap are 20 m and
 * cells are at least (15 + 5) / 2 = 10 m long; junction zones reach 3 m along each lane.
 */
export const GEOMETRY: TrafficGeometry = { vehicleLengthM: 15, safetyGapM: 5, zoneRadiusM: 3 };

/** 5 m/s, body and gap 20 m (4 s to pass a point), a stop on the road costs 3 s. */
export const MOTION: TripMotion = { speedMps: 5, bodyM: 20, restartS: 3 };

export interface HandNetwork {
  graph: LaneGraph;
  lanes: Lane[];
  net: TrafficNetwork;
  /** the edge of `laneId` that starts at (x, y) */
  edgeFrom(laneId: string, x: number, y: number): number;
  /** the lane position of a point on a lane (on the first of the lane's edges through it) */
  positionOf(point: PointOnLane): LanePosition;
  /** the resource the network gave the piece of `edge` around `m` metres along it */
  resourceAt(edge: number, m: number): number;
  /** the shortest route between two points on lanes (each on the edge of `laneId` through it) */
  routeOf(from: PointOnLane, to: PointOnLane): Route;
  /** the route's resources as the planner sees them */
  tripOf(from: PointOnLane, to: PointOnLane): TripResources;
}

/** A point on a lane: the lane's id and the point's coordinates (on one of its segments). */
export type PointOnLane = [laneId: string, x: number, y: number];

/** Builds the lane graph and its traffic network from hand-drawn lanes. */
export function handNetwork(inputs: readonly LaneInput[], geometry: TrafficGeometry = GEOMETRY): HandNetwork {
  const { graph, lanes } = buildLaneGraph(inputs);
  const net = buildTrafficNetwork(graph, lanes, geometry);
  const laneIndex = (id: string) => {
    const k = lanes.findIndex((l) => l.id === id);
    if (k < 0) throw new Error(`no lane ${id}`);
    return k;
  };
  const edgesOf = (id: string) => {
    const k = laneIndex(id);
    return Array.from({ length: graph.edgeFrom.length }, (_, e) => e).filter((e) => graph.edgeLane[e] === k);
  };
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  const positionOf = ([id, x, y]: PointOnLane): LanePosition => {
    for (const e of edgesOf(id)) {
      const ax = graph.nodeX[graph.edgeFrom[e]];
      const ay = graph.nodeY[graph.edgeFrom[e]];
      const len = graph.edgeLengthM[e];
      const along = Math.hypot(x - ax, y - ay);
      const bx = graph.nodeX[graph.edgeTo[e]];
      const by = graph.nodeY[graph.edgeTo[e]];
      // on the segment: the distances to its ends add up to its length
      if (near(along + Math.hypot(bx - x, by - y), len)) return { edge: e, offsetM: along };
    }
    throw new Error(`(${x}, ${y}) is not on lane ${id}`);
  };
  const routeOf = (from: PointOnLane, to: PointOnLane) => {
    const r = route({ graph }, positionOf(from), positionOf(to));
    if (r === null) throw new Error(`no route from ${from.join(' ')} to ${to.join(' ')}`);
    return r;
  };
  return {
    graph,
    lanes,
    net,
    edgeFrom(laneId, x, y) {
      const e = edgesOf(laneId).find((e) => near(graph.nodeX[graph.edgeFrom[e]], x) && near(graph.nodeY[graph.edgeFrom[e]], y));
      if (e === undefined) throw new Error(`lane ${laneId} has no edge from (${x}, ${y})`);
      return e;
    },
    resourceAt(edge, m) {
      for (let p = net.pieceStart[edge]; p < net.pieceStart[edge + 1]; p++) if (net.pieceFromM[p] <= m && m < net.pieceToM[p]) return net.pieceResource[p];
      throw new Error(`edge ${edge} has no piece at ${m} m`);
    },
    positionOf,
    routeOf,
    tripOf: (from, to) => tripResources(net, routeOf(from, to).spans),
  };
}

/** An edge's pieces as [resource, from m, to m] rows, for comparing with hand-made lists. */
export function piecesOf(net: TrafficNetwork, edge: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let p = net.pieceStart[edge]; p < net.pieceStart[edge + 1]; p++) out.push([net.pieceResource[p], net.pieceFromM[p], net.pieceToM[p]]);
  return out;
}

/** What TrafficControl reads of a layout: its lane graph and lanes (and no key points). */
export function laneLayout(graph: LaneGraph, lanes: Lane[]): Layout {
  return { graph, lanes, keyPoints: [] } as Pick<Layout, 'graph' | 'lanes' | 'keyPoints'> as Layout;
}
