import type { Lane, LaneGraph } from '../layout';

/** The space a vehicle takes on a lane and around a junction (scenario `traffic`). */
export interface TrafficGeometry {
  vehicleLengthM: number;
  safetyGapM: number;
  /** how far a junction's conflict zone reaches along each lane from the node, m */
  zoneRadiusM: number;
}

/**
 * The lane graph cut into the resources traffic control reserves, each held by one vehicle at a
 * time: conflict zones around junctions (crossings, merges, diverges; a lane between two junctions
 * too short for a cell is split between their zones) and cells along the lanes between them, each at
 * least half a vehicle plus its safety gap long. Both directions of a two-way lane share their cells. Resources
 * [0, zoneCount) are zones, the rest cells.
 */
export interface TrafficNetwork {
  zoneCount: number;
  resourceCount: number;
  /** per resource, for messages and reports: "zone APRON-E × AISLE1-N" or "TL 120–140 m" */
  names: string[];
  /** per resource: metres of lane it covers (a zone: over all its lanes) */
  lengthM: Float64Array;
  /** edge e's pieces are [pieceStart[e], pieceStart[e+1]): resource, from and to metres along e */
  pieceStart: Int32Array;
  pieceResource: Int32Array;
  pieceFromM: Float64Array;
  pieceToM: Float64Array;
}

export function buildTrafficNetwork(graph: LaneGraph, lanes: readonly Lane[], geometry: TrafficGeometry): TrafficNetwork {
  // Cells half a vehicle and gap long: a vehicle holds every cell its body and gap overlap, so the
  // one behind may follow half a cell closer than with cells a whole vehicle long.
  const spacingM = (geometry.vehicleLengthM + geometry.safetyGapM) / 2;
  const R = geometry.zoneRadiusM;
  const nodes = graph.nodeX.length;
  const junction = junctionNodes(graph);
  const chains = laneChains(graph, junction);
  // Every junction is its own zone: movements through neighbouring junctions (the two lanes of an
  // aisle across a road) may go on at once; a vehicle just may not stop between them.
  const zoneOfNode = new Int32Array(nodes).fill(-1);
  let zoneCount = 0;
  for (let i = 0; i < nodes; i++) if (junction[i]) zoneOfNode[i] = zoneCount++;
  const zoneOf = (node: number) => zoneOfNode[node];

  const names: string[] = [];
  const lengthM: number[] = new Array(zoneCount).fill(0);
  const zoneLanes: Set<string>[] = Array.from({ length: zoneCount }, () => new Set());
  const pieces: { edge: number; resource: number; fromM: number; toM: number }[] = [];
  const lanePrefix = laneOffsets(graph, lanes);
  for (const c of chains) {
    if (c.twinOf >= 0) continue; // the twin chain takes the same resources, mirrored below
    const zoneA = zoneOf(c.fromNode);
    const zoneB = zoneOf(c.toNode);
    // [0, headM) belongs to zone A, [tailFromM, length) to zone B, cells between
    const headM = zoneA >= 0 ? R : 0;
    const tailFromM = c.lengthM - (zoneB >= 0 ? R : 0);
    const cuts: { fromM: number; toM: number; resource: number }[] = [];
    if (tailFromM - headM < spacingM && (zoneA >= 0 || zoneB >= 0)) {
      // too short to stop in: the halves go to the junctions at its ends
      const half = c.lengthM / 2;
      cuts.push({ fromM: 0, toM: half, resource: zoneA >= 0 ? zoneA : zoneB });
      cuts.push({ fromM: half, toM: c.lengthM, resource: zoneB >= 0 ? zoneB : zoneA });
    } else {
      if (headM > 0) cuts.push({ fromM: 0, toM: headM, resource: zoneA });
      const middleM = tailFromM - headM;
      const cells = Math.max(1, Math.floor(middleM / spacingM));
      for (let k = 0; k < cells; k++) {
        const from = headM + (k * middleM) / cells;
        const to = k === cells - 1 ? tailFromM : headM + ((k + 1) * middleM) / cells;
        const id = lengthM.length;
        lengthM.push(to - from);
        names[id] = cellName(graph, lanes, lanePrefix, c.edges, c.edgeStartM, from, to);
        cuts.push({ fromM: from, toM: to, resource: id });
      }
      if (tailFromM < c.lengthM) cuts.push({ fromM: tailFromM, toM: c.lengthM, resource: zoneB });
    }
    for (const cut of cuts) {
      if (cut.resource < zoneCount) {
        lengthM[cut.resource] += cut.toM - cut.fromM;
        // named by the lanes it covers, not every lane of the chain
        c.edges.forEach((e, k) => {
          if (c.edgeStartM[k] < cut.toM - 1e-9 && c.edgeStartM[k] + graph.edgeLengthM[e] > cut.fromM + 1e-9) zoneLanes[cut.resource].add(lanes[graph.edgeLane[e]].id);
        });
      }
    }
    // cut the chain's pieces onto its edges, and mirrored onto the twin chain's
    c.edges.forEach((e, k) => {
      const e0 = c.edgeStartM[k];
      const e1 = e0 + graph.edgeLengthM[e];
      for (const cut of cuts) {
        const from = Math.max(cut.fromM, e0);
        const to = Math.min(cut.toM, e1);
        if (to - from <= 1e-9) continue;
        pieces.push({ edge: e, resource: cut.resource, fromM: from - e0, toM: to - e0 });
        const twin = graph.edgeTwin[e];
        if (twin >= 0) {
          const len = graph.edgeLengthM[e];
          pieces.push({ edge: twin, resource: cut.resource, fromM: len - (to - e0), toM: len - (from - e0) });
        }
      }
    });
  }
  for (let z = 0; z < zoneCount; z++) names[z] = `zone ${[...zoneLanes[z]].sort().join(' × ')}`;
  return { zoneCount, resourceCount: lengthM.length, names, lengthM: Float64Array.from(lengthM), ...toCsr(graph.edgeFrom.length, pieces) };
}

/** Nodes where more than two other nodes meet: crossings, merges and diverges. */
function junctionNodes(graph: LaneGraph): Uint8Array {
  const n = graph.nodeX.length;
  const neighbours: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (let e = 0; e < graph.edgeFrom.length; e++) {
    neighbours[graph.edgeFrom[e]].add(graph.edgeTo[e]);
    neighbours[graph.edgeTo[e]].add(graph.edgeFrom[e]);
  }
  return Uint8Array.from(neighbours, (s) => (s.size > 2 ? 1 : 0));
}

interface Chain {
  edges: number[];
  /** metres from the chain's start to each edge's start */
  edgeStartM: number[];
  fromNode: number;
  toNode: number;
  lengthM: number;
  /** index of the chain this one is the reverse of (two-way lanes), else -1 */
  twinOf: number;
}

/** Maximal runs of edges through nodes that are not junctions, in edge order. */
function laneChains(graph: LaneGraph, junction: Uint8Array): Chain[] {
  const m = graph.edgeFrom.length;
  const chainOf = new Int32Array(m).fill(-1);
  const chains: Chain[] = [];
  const inEdges: number[][] = Array.from({ length: graph.nodeX.length }, () => []);
  for (let e = 0; e < m; e++) inEdges[graph.edgeTo[e]].push(e);
  const outOf = (node: number) => Array.from(graph.outEdge.subarray(graph.outStart[node], graph.outStart[node + 1]));
  // the edge that continues e through a plain node (not a junction, not a dead end), else -1
  const next = (e: number): number => {
    const node = graph.edgeTo[e];
    if (junction[node]) return -1;
    const onward = outOf(node).filter((o) => graph.edgeTo[o] !== graph.edgeFrom[e] || outOf(node).length === 1);
    return onward.length === 1 && onward[0] !== graph.edgeTwin[e] ? onward[0] : -1;
  };
  const previous = (e: number): number => {
    const node = graph.edgeFrom[e];
    if (junction[node]) return -1;
    const from = inEdges[node].filter((i) => i !== graph.edgeTwin[e]);
    return from.length === 1 && next(from[0]) === e ? from[0] : -1;
  };
  for (let e0 = 0; e0 < m; e0++) {
    if (chainOf[e0] >= 0) continue;
    let first = e0;
    for (let p = previous(first); p >= 0 && p !== e0 && chainOf[p] < 0; p = previous(first)) first = p;
    const edges: number[] = [];
    // a chain that comes back along its own twin edges (a two-way spur into a loop) stops there:
    // the way back is the twin chain, mirrored, not more of this one
    const ownTwin = (e: number) => graph.edgeTwin[e] >= 0 && chainOf[graph.edgeTwin[e]] === chains.length;
    for (let e = first; e >= 0 && chainOf[e] < 0 && !ownTwin(e); e = next(e)) {
      chainOf[e] = chains.length;
      edges.push(e);
    }
    const edgeStartM: number[] = [];
    let lengthM = 0;
    for (const e of edges) {
      edgeStartM.push(lengthM);
      lengthM += graph.edgeLengthM[e];
    }
    const twin = graph.edgeTwin[edges[0]];
    const twinOf = twin >= 0 && chainOf[twin] >= 0 && chainOf[twin] !== chains.length ? chainOf[twin] : -1;
    chains.push({ edges, edgeStartM, fromNode: graph.edgeFrom[edges[0]], toNode: graph.edgeTo[edges[edges.length - 1]], lengthM, twinOf });
  }
  return chains;
}

/** Metres from each edge's lane start to the edge's start, for naming cells by lane and distance. */
function laneOffsets(graph: LaneGraph, lanes: readonly Lane[]): Float64Array {
  const out = new Float64Array(graph.edgeFrom.length);
  for (const lane of lanes) {
    let at = 0;
    for (const e of lane.edges) {
      out[e] = at;
      const twin = graph.edgeTwin[e];
      at += graph.edgeLengthM[e];
      if (twin >= 0) out[twin] = at; // the twin runs back: name its cells by the drawn direction too
    }
  }
  return out;
}

function cellName(graph: LaneGraph, lanes: readonly Lane[], lanePrefix: Float64Array, edges: number[], edgeStartM: number[], fromM: number, toM: number): string {
  let k = 0;
  while (k + 1 < edges.length && edgeStartM[k + 1] <= fromM) k++;
  const e = edges[k];
  const lane = lanes[graph.edgeLane[e]];
  const from = lanePrefix[e] + fromM - edgeStartM[k];
  return `${lane.id} ${Math.round(from)}–${Math.round(from + toM - fromM)} m`;
}

function toCsr(edgeCount: number, pieces: { edge: number; resource: number; fromM: number; toM: number }[]) {
  pieces.sort((a, b) => a.edge - b.edge || a.fromM - b.fromM);
  const pieceStart = new Int32Array(edgeCount + 1);
  for (const p of pieces) pieceStart[p.edge + 1]++;
  for (let e = 0; e < edgeCount; e++) pieceStart[e + 1] += pieceStart[e];
  return {
    pieceStart,
    pieceResource: Int32Array.from(pieces, (p) => p.resource),
    pieceFromM: Float64Array.from(pieces, (p) => p.fromM),
    pieceToM: Float64Array.from(pieces, (p) => p.toM),
  };
}
