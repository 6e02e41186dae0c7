import { routeWith, type LaneGraph, type LanePosition, type NodeSearch, type Route } from '../layout';
import { entryNode, equivalentPositions } from '../layout/lanePosition';
import { createPathFinder, searchFrom } from '../layout/pathFinder';
import type { TrafficNetwork } from './network';
import type { ReservationTable } from './reservations';

/**
 * Routing aware of traffic (scenario traffic.routing "traffic-aware"): the route with the earliest
 * expected arrival given the reservations held when the trip starts. A time-dependent Dijkstra: an
 * edge is entered when the search reaches its node, and each of its resources is passed after the
 * reservation that holds it then (first in, first out, so waiting never pays and the search stays
 * exact for these costs). The trip is then planned on the chosen route like any other; this only
 * picks the way. Times are kept as metres at speed so the route builder of the lanes can be reused.
 */
export function trafficAwareRoute(graph: LaneGraph, net: TrafficNetwork, table: ReservationTable, from: LanePosition, to: LanePosition, speedMps: number, bodyM: number, owner: number, now: number): Route | null {
  const n = graph.nodeX.length;
  const pf = createPathFinder(graph);
  // the search may stop once the nodes the destination is entered by are settled
  const targets = equivalentPositions(graph, to).map((b) => entryNode(graph, b));
  const reach = (e: number, key: number) => (passEdge(net, table, e, now + key / speedMps, speedMps, bodyM, owner, now) - now) * speedMps;
  const search = (source: number): NodeSearch => {
    searchFrom(pf, source, targets.length === 1 ? targets[0] : -1, reach);
    return { distM: pf.distM.slice(), viaEdge: pf.viaEdge.slice() };
  };
  const found = routeWith(graph, search, from, to);
  if (found === null) return null;
  let lengthM = 0;
  for (let k = 0; k < found.spans.edges.length; k++) lengthM += found.spans.toM[k] - found.spans.fromM[k];
  return { ...found, lengthM };
}

/** When a vehicle entering edge e at t gets to its end, waiting for each resource's current holder. */
function passEdge(net: TrafficNetwork, table: ReservationTable, e: number, t: number, speedMps: number, bodyM: number, owner: number, now: number): number {
  for (let p = net.pieceStart[e]; p < net.pieceStart[e + 1]; p++) {
    const len = net.pieceToM[p] - net.pieceFromM[p];
    const r = net.pieceResource[p];
    for (;;) {
      const k = table.firstConflict(r, t, t + (len + bodyM) / speedMps, owner, now);
      if (k < 0) break;
      t = table.current(r, now)[k + 1];
    }
    t += len / speedMps;
  }
  return t;
}
