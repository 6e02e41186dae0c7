import { route as routeOf, type LaneGraph, type LanePosition, type Route } from '../../layout';
import { distanceAt } from '../../layout/drive';
import { RandomStreams } from '../../sim';
import { TrafficControl, type PlannedTrip, type TrafficSettings } from '../trafficControl';
import { laneLayout } from './lanes';
import { randomGrid, randomPositions } from './randomNetwork';

export interface FleetTrip {
  vehicle: number;
  route: Route;
  planned: PlannedTrip;
}

export interface Hold {
  resource: number;
  fromS: number;
  toS: number;
  owner: number;
}

export interface FleetRun {
  graph: LaneGraph;
  control: TrafficControl;
  vehicles: number;
  trips: FleetTrip[];
  /** every hold committed to the reservation table, in commit order */
  holds: Hold[];
  /** how many waits all the plans have (each fed to the wait-for graph) */
  waits: number;
}

export const FLEET_SETTINGS: TrafficSettings = { vehicleLengthM: 15, safetyGapM: 5, zoneRadiusM: 3, restartS: 3, stopEnergyKWh: 0.1 };

/**
 * A random grid (randomGrid), 2–12 vehicles and 4–9 places on its lanes, all drawn from `seed`'s
 * streams; each vehicle drives `tripsPerVehicle` trips to random other places, each starting when
 * its previous trip arrives, planned in time order through TrafficControl as the terminal does.
 */
export function fleetRun(seed: number, tripsPerVehicle: number): FleetRun {
  const streams = new RandomStreams(seed);
  const rng = streams.stream('traffic.test');
  const { graph, lanes } = randomGrid(rng);
  const vehicles = 2 + rng.int(11);
  const places = randomPositions(rng, graph, 4 + rng.int(6)).map((at, index) => ({ index, at, keyPoint: -1 }));
  const speedOf = Array.from({ length: vehicles }, () => 4 + rng.int(5));
  const control = new TrafficControl(laneLayout(graph, lanes), FLEET_SETTINGS, vehicles, (v) => `V${v}`);
  const holds: Hold[] = [];
  const reserve = control.table.reserve.bind(control.table);
  control.table.reserve = (resource, fromS, toS, owner) => {
    holds.push({ resource, fromS, toS, owner });
    reserve(resource, fromS, toS, owner);
  };
  const routes = new Map<string, Route>();
  const routeBetween = (a: LanePosition, b: LanePosition, key: string) => {
    let r = routes.get(key);
    if (r === undefined) {
      const found = routeOf({ graph }, a, b);
      if (found === null) throw new Error(`no route ${key}`);
      routes.set(key, (r = found));
    }
    return r;
  };
  const placeOf = Array.from({ length: vehicles }, (_, v) => v % places.length);
  // the fleet starts in the bays of the first places, bay by bay
  const baysUsed = new Array(places.length).fill(0);
  for (let v = 0; v < vehicles; v++) control.standAt(v, places[placeOf[v]], baysUsed[placeOf[v]]++);
  const nextS = new Float64Array(vehicles);
  const done = new Int32Array(vehicles);
  const trips: FleetTrip[] = [];
  let waits = 0;
  for (;;) {
    let v = -1;
    for (let u = 0; u < vehicles; u++) if (done[u] < tripsPerVehicle && (v < 0 || nextS[u] < nextS[v])) v = u;
    if (v < 0) break;
    const from = places[placeOf[v]];
    let to = places[rng.int(places.length - 1)];
    if (to.index >= from.index) to = places[to.index + 1];
    const r = routeBetween(from.at, to.at, `${from.index}>${to.index}`);
    const planned = control.trip(v, from, to, r, speedOf[v], nextS[v]);
    waits += planned.waits.length;
    trips.push({ vehicle: v, route: r, planned });
    placeOf[v] = to.index;
    nextS[v] = planned.arriveS;
    done[v]++;
  }
  return { graph, control, vehicles, trips, holds, waits };
}

/**
 * Where a trip's front is on the road at time t by its drawn profile: metres along its route, or
 * NaN off its route (pulling out of its bay and onto the lane level with it, pulling off into the next).
 */
export function roadMetreAt(trip: FleetTrip, t: number): number {
  const { planned, route } = trip;
  if (t < planned.departS || t > planned.arriveS) return NaN;
  const { fromPathM, toPathM, fromRouteM } = planned.onRoute;
  const d = distanceAt(planned.profile, t);
  if (d < fromPathM - 1e-9 || d > toPathM + 1e-9) return NaN;
  const m = d - fromPathM + fromRouteM;
  return m < -1e-9 || m > route.lengthM + 1e-9 ? NaN : m;
}

/** The pieces of edge the route covers between metres a and b along it: [edge, from, to] along the edge. */
export function routePieces(route: Route, a: number, b: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  const { edges, fromM, toM } = route.spans;
  let at = 0;
  for (let k = 0; k < edges.length; k++) {
    const len = toM[k] - fromM[k];
    const lo = Math.max(a, at);
    const hi = Math.min(b, at + len);
    if (hi > lo) out.push([edges[k], fromM[k] + lo - at, fromM[k] + hi - at]);
    at += len;
  }
  return out;
}

/** The lane position `m` metres along the route (its last edge at the very end). */
export function routePosition(route: Route, m: number): LanePosition {
  const { edges, fromM, toM } = route.spans;
  let at = 0;
  for (let k = 0; k < edges.length; k++) {
    const len = toM[k] - fromM[k];
    if (m <= at + len || k === edges.length - 1) return { edge: edges[k], offsetM: fromM[k] + Math.min(len, Math.max(0, m - at)) };
    at += len;
  }
  throw new RangeError('a route without spans');
}
