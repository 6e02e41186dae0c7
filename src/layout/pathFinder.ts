import type { LaneGraph } from './laneGraph';

/**
 * Dijkstra over the lane graph with a binary heap on typed arrays. The buffers are allocated once
 * per graph and reused by every search; the heap uses lazy deletion (a node may sit in it more than
 * once; stale entries are skipped), which bounds it by edges + 1 entries.
 */
export interface PathFinder {
  graph: LaneGraph;
  /** metres from the last search's source; Infinity where unreached */
  distM: Float64Array;
  /** the edge that reached each node on a shortest path, -1 for the source and the unreached */
  viaEdge: Int32Array;
  heapNode: Int32Array;
  heapKey: Float64Array;
}

export function createPathFinder(graph: LaneGraph): PathFinder {
  const n = graph.nodeX.length;
  const capacity = graph.edgeFrom.length + 1;
  return {
    graph,
    distM: new Float64Array(n),
    viaEdge: new Int32Array(n),
    heapNode: new Int32Array(capacity),
    heapKey: new Float64Array(capacity),
  };
}

const finders = new WeakMap<LaneGraph, PathFinder>();

/** One finder per graph, made on first use: routing then allocates nothing but its answer. */
export function pathFinderFor(graph: LaneGraph): PathFinder {
  let pf = finders.get(graph);
  if (pf === undefined) {
    pf = createPathFinder(graph);
    finders.set(graph, pf);
  }
  return pf;
}

/**
 * Shortest distances from `source` to every node, or until `target` is settled if one is given. With
 * `reach` the cost of an edge depends on when it is entered (traffic-aware routing): it gives the key
 * at the edge's end from the key at its start, never less.
 */
export function searchFrom(pf: PathFinder, source: number, target = -1, reach?: (edge: number, key: number) => number): void {
  const { distM, viaEdge, heapNode, heapKey } = pf;
  const { outStart, outEdge, edgeTo, edgeLengthM } = pf.graph;
  distM.fill(Infinity);
  viaEdge.fill(-1);
  distM[source] = 0;
  heapNode[0] = source;
  heapKey[0] = 0;
  let size = 1;
  while (size > 0) {
    const node = heapNode[0];
    const key = heapKey[0];
    size--;
    if (size > 0) siftDown(heapNode, heapKey, size, heapNode[size], heapKey[size]);
    if (key > distM[node]) continue;
    if (node === target) return;
    for (let k = outStart[node]; k < outStart[node + 1]; k++) {
      const e = outEdge[k];
      const next = edgeTo[e];
      const d = reach === undefined ? key + edgeLengthM[e] : reach(e, key);
      if (d < distM[next]) {
        distM[next] = d;
        viaEdge[next] = e;
        size = siftUp(heapNode, heapKey, size, next, d);
      }
    }
  }
}

function siftUp(nodes: Int32Array, keys: Float64Array, size: number, node: number, key: number): number {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (keys[parent] <= key) break;
    nodes[i] = nodes[parent];
    keys[i] = keys[parent];
    i = parent;
  }
  nodes[i] = node;
  keys[i] = key;
  return size + 1;
}

/** Places (node, key) at the root's hole and sinks it; `size` excludes the moved last entry. */
function siftDown(nodes: Int32Array, keys: Float64Array, size: number, node: number, key: number): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && keys[child + 1] < keys[child]) child++;
    if (keys[child] >= key) break;
    nodes[i] = nodes[child];
    keys[i] = keys[child];
    i = child;
  }
  nodes[i] = node;
  keys[i] = key;
}
