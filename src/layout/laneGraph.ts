import { createNodeMerger, nodeAt } from './nodeMerger';

/** A place on the lane network: an edge of the lane graph and a distance along it from the edge's start. */
export interface LanePosition {
  edge: number;
  offsetM: number;
}

export type LaneKind = 'lane' | 'transferLane' | 'handoverLane' | 'gateLane';

/** One lane feature as it joined the graph. `edges` are its segments in coordinate order. */
export interface Lane {
  id: string;
  kind: LaneKind;
  /** index of its feature in the file, for messages */
  feature: number;
  twoWay: boolean;
  /** x0,y0,x1,y1,... metres, as drawn */
  line: Float64Array;
  edges: Int32Array;
  lengthM: number;
}

/**
 * The directed lane network in compressed-sparse-row form: node i's outgoing edges are
 * `outEdge[outStart[i] .. outStart[i+1])`. Typed arrays so routing allocates nothing and the graph
 * can be transferred to a worker as is.
 */
export interface LaneGraph {
  nodeX: Float64Array;
  nodeY: Float64Array;
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeLengthM: Float64Array;
  /** the opposite edge of a two-way segment, else -1: a position on one is also on the other */
  edgeTwin: Int32Array;
  /** index into the lanes the edge came from */
  edgeLane: Int32Array;
  outStart: Int32Array;
  outEdge: Int32Array;
}

export interface LaneInput {
  id: string;
  kind: LaneKind;
  feature: number;
  twoWay: boolean;
  line: Float64Array;
}

/** Each segment is an edge (and its twin if the lane is two-way); vertices within 0.5 m share a node. */
export function buildLaneGraph(inputs: readonly LaneInput[]): { graph: LaneGraph; lanes: Lane[] } {
  const merger = createNodeMerger();
  const from: number[] = [];
  const to: number[] = [];
  const twin: number[] = [];
  const laneOf: number[] = [];
  const addEdge = (a: number, b: number, lane: number): number => {
    from.push(a);
    to.push(b);
    laneOf.push(lane);
    twin.push(-1);
    return from.length - 1;
  };
  const lanes: Lane[] = inputs.map((input, laneIndex) => {
    const edges: number[] = [];
    let prev = -1;
    for (let i = 0; i < input.line.length; i += 2) {
      const node = nodeAt(merger, input.line[i], input.line[i + 1]);
      if (prev >= 0 && node !== prev) {
        const e = addEdge(prev, node, laneIndex);
        edges.push(e);
        if (input.twoWay) {
          const r = addEdge(node, prev, laneIndex);
          twin[e] = r;
          twin[r] = e;
        }
      }
      prev = node;
    }
    return { ...input, edges: Int32Array.from(edges), lengthM: 0 };
  });
  const graph = toCsr(merger.xs, merger.ys, from, to, twin, laneOf);
  for (const lane of lanes) for (const e of lane.edges) lane.lengthM += graph.edgeLengthM[e];
  return { graph, lanes };
}

function toCsr(xs: number[], ys: number[], from: number[], to: number[], twin: number[], laneOf: number[]): LaneGraph {
  const n = xs.length;
  const m = from.length;
  const nodeX = Float64Array.from(xs);
  const nodeY = Float64Array.from(ys);
  const edgeLengthM = new Float64Array(m);
  const outStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    edgeLengthM[e] = Math.hypot(nodeX[to[e]] - nodeX[from[e]], nodeY[to[e]] - nodeY[from[e]]);
    outStart[from[e] + 1]++;
  }
  for (let i = 0; i < n; i++) outStart[i + 1] += outStart[i];
  const fill = outStart.slice(0, n);
  const outEdge = new Int32Array(m);
  for (let e = 0; e < m; e++) outEdge[fill[from[e]]++] = e;
  return {
    nodeX,
    nodeY,
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    edgeLengthM,
    edgeTwin: Int32Array.from(twin),
    edgeLane: Int32Array.from(laneOf),
    outStart,
    outEdge,
  };
}
