import { lanePoint, type Layout, type LanePosition, type Route } from '../layout';
import { buildTrafficNetwork, type TrafficGeometry, type TrafficNetwork } from './network';
import { commitTrip, planTrip, tripResources, type TripMotion, type TripResources, type TripWait } from './planner';
import { RecentWaits } from './recentWaits';
import { ReservationTable } from './reservations';
import { drawnTrip, tripTiming, turnOffS, type DrawnOnRoute } from './bayPaths';
import { groundToKeepClear, StandingAreas, type Bay } from './standing';
import { trafficAwareRoute } from './trafficRoute';
import { WaitForGraph } from './waitFor';

export interface TrafficSettings extends TrafficGeometry {
  restartS: number;
  stopEnergyKWh: number;
}

/** A place as traffic control needs it: its run-wide number and its lane position. */
export interface TrafficPlace {
  index: number;
  at: LanePosition;
  /** the key point dispatch knows it by (the expected delays are kept by it), if any */
  keyPoint?: number;
}

/** A trip as planned: when the vehicle pulls out and arrives, the drawn path and its timing. */
export interface PlannedTrip {
  departS: number;
  arriveS: number;
  /** x0,y0,... from the bay it leaves, along the lanes, to the bay it takes */
  path: Float64Array;
  /** metres along path and seconds, pairwise: the motion, stops included (see layout/drive) */
  profile: Float64Array;
  /** the part of path on the route: from path metre fromPathM (route metre fromRouteM) to toPathM */
  onRoute: DrawnOnRoute;
  waits: TripWait[];
  /** stops on the road (not the wait in the bay before pulling out) */
  stops: number;
  /** seconds later than the trip alone on the road would arrive */
  delayS: number;
}

/**
 * Traffic control: every trip is planned whole before the vehicle moves, into the gaps the earlier
 * trips left in the reservation table, and committed. Nobody waits at run time for anything not
 * already reserved before it, so no cycle of waiting can form; the wait-for graph checks that anyway.
 */
export class TrafficControl {
  readonly network: TrafficNetwork;
  readonly table: ReservationTable;
  readonly standing: StandingAreas;
  readonly waits: WaitForGraph;
  /** seconds vehicles stood waiting for each resource from `measureFromS` on, booked whole as each trip is planned (see waitedUntil) */
  readonly waitS: Float64Array;
  /** the waits of recent trips, for the congestion a view shows (nothing in the run reads it) */
  readonly recent = new RecentWaits();
  /** per vehicle: the waits of its latest trip, the only one that may still be under way */
  private readonly latestWaits: TripWait[][];
  /** per vehicle: when its last hold of the road ends (it pulls out again no earlier) */
  private readonly clearOf: Float64Array;
  /** per vehicle: its place and bay */
  private readonly placeOf: Int32Array;
  private readonly bayOf: Int32Array;
  private readonly resourcesOf = new WeakMap<Route, TripResources>();
  measureFromS = 0;
  tripsPlanned = 0;
  /** per key point: the delay recently seen on trips to it, s (what dispatch may expect) */
  private readonly recentDelayS: Float64Array;

  constructor(
    private readonly layout: Layout,
    readonly settings: TrafficSettings,
    vehicles: number,
    nameOf: (vehicle: number) => string,
  ) {
    this.network = buildTrafficNetwork(layout.graph, layout.lanes, settings);
    this.table = new ReservationTable(this.network.resourceCount);
    this.standing = new StandingAreas(layout.graph, settings.vehicleLengthM + settings.safetyGapM, 4, groundToKeepClear(layout));
    this.waits = new WaitForGraph(vehicles, nameOf);
    this.waitS = new Float64Array(this.network.resourceCount);
    this.clearOf = new Float64Array(vehicles);
    this.placeOf = new Int32Array(vehicles).fill(-1);
    this.bayOf = new Int32Array(vehicles).fill(-1);
    this.latestWaits = Array.from({ length: vehicles }, () => []);
    this.recentDelayS = new Float64Array(layout.keyPoints.length);
  }

  /**
   * The delay expected on a trip to a key point: an exponentially weighted mean of the delays of the
   * trips there, each new one weighing a fifth (a memory of about the last five trips).
   */
  expectedDelayS(keyPoint: number): number {
    return this.recentDelayS[keyPoint];
  }

  /** Gives a place (a parking, a charger) the layout's bays instead of a row beside its lane. */
  fixBays(place: TrafficPlace, bays: readonly Bay[]): void {
    this.standing.fixBays(place.index, bays);
  }

  /** Whether a place with bays of its own (a parking) has one free now and not promised. */
  hasFreeBay(place: TrafficPlace): boolean {
    return this.standing.held(place.index) < this.standing.capacity(place.index);
  }

  /**
   * Seconds waited for each resource from `measureFromS` up to `nowS`: waitS less the part of the
   * trips under way that is still to come (a run looked at mid-way, as the live KPIs are).
   */
  waitedUntil(nowS: number): Float64Array {
    const out = Float64Array.from(this.waitS);
    for (const waits of this.latestWaits) {
      for (const w of waits) {
        const later = w.toS - Math.max(w.fromS, this.measureFromS, nowS);
        if (later > 0) out[w.resource] = Math.max(0, out[w.resource] - later);
      }
    }
    return out;
  }

  /** Puts a vehicle in a bay of a place at the start. */
  standAt(vehicle: number, place: TrafficPlace, bay: number): void {
    this.standing.hold(place.index, place.at, bay);
    this.placeOf[vehicle] = place.index;
    this.bayOf[vehicle] = bay;
  }

  /** Where the vehicle stands now (its bay). */
  bayOfVehicle(vehicle: number, place: TrafficPlace): Bay {
    const k = this.bayOf[vehicle];
    if (k >= 0) return this.standing.bayAt(place.index, k);
    // never put in a bay (a vehicle set down by hand in a test): on the lane at the place
    const [x, y] = lanePoint(this.layout.graph, place.at);
    return { x, y, headingRad: 0 };
  }

  /**
   * A vehicle queueing at a charger moves into a plug's bay (the first `plugs` bays) when it gets a
   * plug: the short move off the road from its queue bay, or null if it already stands at a plug.
   */
  toPlugBay(vehicle: number, place: TrafficPlace, plugs: number, now: number): { from: Bay; to: Bay } | null {
    const k = this.bayOf[vehicle];
    if (k < plugs) return null;
    const j = this.standing.moveDown(place.index, k, plugs, now);
    if (j < 0) return null;
    this.bayOf[vehicle] = j;
    return { from: this.standing.bayAt(place.index, k), to: this.standing.bayAt(place.index, j) };
  }

  /** The route with the earliest expected arrival now (traffic.routing "traffic-aware"), or null if none. */
  routeAware(layout: Layout, from: TrafficPlace, to: TrafficPlace, speedMps: number, vehicle: number, now: number): Route | null {
    const s = this.settings;
    return trafficAwareRoute(layout.graph, this.network, this.table, from.at, to.at, speedMps, s.vehicleLengthM + s.safetyGapM, vehicle, now);
  }

  /** Plans, commits and returns the vehicle's trip from its bay at `from` to a bay at `to`. */
  trip(vehicle: number, from: TrafficPlace, to: TrafficPlace, route: Route, speedMps: number, now: number): PlannedTrip {
    const s = this.settings;
    const motion: TripMotion = { speedMps, bodyM: s.vehicleLengthM + s.safetyGapM, restartS: s.restartS };
    let resources = this.resourcesOf.get(route);
    if (resources === undefined) {
      resources = tripResources(this.network, route.spans);
      this.resourcesOf.set(route, resources);
    }
    this.tripsPlanned++;
    const plan = planTrip(this.network, this.table, resources, motion, vehicle, now, Math.max(now, this.clearOf[vehicle]));
    commitTrip(this.table, resources, plan, vehicle);
    let stops = 0;
    for (const w of plan.waits) {
      // A stop on the road lasts restartS past the moment the way is clear (toS − restartS: its front
      // would reach the blocker's resource as the blocker lets go); it is pulling away then, waiting
      // for no one. Counted as waiting, those seconds overlap the blocker's next trip and can close a
      // false cycle with it.
      if (w.blocker >= 0) this.waits.add(vehicle, w.blocker, w.fromS, w.onRoad ? w.toS - s.restartS : w.toS, now);
      if (w.onRoad) stops++;
      const counted = w.toS - Math.max(w.fromS, this.measureFromS);
      if (counted > 0) this.waitS[w.resource] += counted;
      this.recent.add(w.resource, w.fromS, w.toS, now);
    }
    this.latestWaits[vehicle] = plan.waits;
    const n = resources.resources.length;
    let clear = plan.arriveS;
    for (let i = 0; i < n; i++) if (plan.holdToS[i] > clear) clear = plan.holdToS[i];
    this.clearOf[vehicle] = clear;
    // the bays: take one where it arrives, its ground from when it is drawn turning off toward it;
    // leave the one it stands in once its body is drawn clear of it
    const origin = this.bayOfVehicle(vehicle, from);
    const timing = tripTiming(route, plan, speedMps);
    const bay = this.standing.take(to.index, to.at, now, (b) => turnOffS(timing, b));
    const target = this.standing.bayAt(to.index, bay);
    const drawing = drawnTrip(timing, origin, target, motion.bodyM, now);
    if (this.placeOf[vehicle] >= 0) this.standing.leave(this.placeOf[vehicle], this.bayOf[vehicle], drawing.clearS);
    this.placeOf[vehicle] = to.index;
    this.bayOf[vehicle] = bay;
    const delayS = plan.arriveS - now - resources.totalM / speedMps;
    if (to.keyPoint !== undefined && to.keyPoint >= 0) this.recentDelayS[to.keyPoint] += RECENT_WEIGHT * (delayS - this.recentDelayS[to.keyPoint]);
    return { path: drawing.path, profile: drawing.profile, onRoute: drawing.onRoute, waits: plan.waits, stops, departS: plan.departS, arriveS: plan.arriveS, delayS };
  }
}

const RECENT_WEIGHT = 0.2;
