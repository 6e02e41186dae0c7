import { cumulativeLengths, type Route } from '../layout';
import type { Bay } from './standing';
import type { TripWait } from './planner';

/** Metres a vehicle drives straight along a bay's heading as it leaves or enters it, so it stands in the bay facing its way. */
const ALIGN_M = 3;
/** Metres along the road over which it turns between the road and the bay. */
const LEAD_M = 10;

/** Where a drawn trip follows its route: path metre d in [fromPathM, toPathM] is route metre d − fromPathM + fromRouteM. */
export interface DrawnOnRoute {
  fromPathM: number;
  toPathM: number;
  fromRouteM: number;
}

/** A route's polyline with the metres along it at each point (cached per polyline by layout/drive). */
interface RouteLine {
  r: Float64Array;
  cum: Float64Array;
  total: number;
}

/**
 * A planned trip as the drawing reads it: its route's line and its plan as (route metre, time)
 * anchors, worked out once for the bay it is sent to and the path drawn to it.
 */
export interface TripTiming {
  line: RouteLine;
  anchors: number[];
  speedMps: number;
}

export function tripTiming(route: Route, plan: { departS: number; arriveS: number; waits: TripWait[] }, speedMps: number): TripTiming {
  const cum = cumulativeLengths(route.points);
  const total = cum[cum.length - 1];
  return { line: { r: route.points, cum, total }, anchors: planAnchors(plan, total), speedMps };
}

/**
 * Where a vehicle turns between the route and a bay: the point beside the bay it drives through
 * (`x`, `y`) and the route metre where it leaves or joins the road (`routeM`, which may lie before the
 * route's start or past its end: the lane goes on there). A bay along the road is entered and left
 * straight along its heading, turning over LEAD_M of road; a bay across the road (a parking stall) is
 * entered and left along its axis, from the point where that axis meets the road.
 */
function turn(line: RouteLine, bay: Bay, end: 'start' | 'end'): { x: number; y: number; routeM: number } {
  const { r, total } = line;
  const atStart = end === 'start';
  const reach = atStart ? Math.hypot(bay.x - r[0], bay.y - r[1]) : Math.hypot(bay.x - r[r.length - 2], bay.y - r[r.length - 1]);
  const [fromM, toM] = atStart ? [0, reach + 2 * LEAD_M] : [total - reach - 2 * LEAD_M, total];
  const hx = Math.cos(bay.headingRad);
  const hy = Math.sin(bay.headingRad);
  const near = project(line, bay.x, bay.y, fromM, toM);
  if (Math.abs(hx * near.dx + hy * near.dy) >= ALONG_COS) {
    const sign = atStart ? 1 : -1;
    const x = bay.x + sign * ALIGN_M * hx;
    const y = bay.y + sign * ALIGN_M * hy;
    return { x, y, routeM: project(line, x, y, fromM, toM).m + sign * LEAD_M };
  }
  // across the road: where the bay's axis meets the road's line
  const nx = -near.dy;
  const ny = near.dx;
  const s = -((bay.x - near.x) * nx + (bay.y - near.y) * ny) / (hx * nx + hy * ny);
  const x = bay.x + s * hx;
  const y = bay.y + s * hy;
  return { x, y, routeM: project(line, x, y, fromM, toM).m };
}

/** A bay this close to parallel with the road (cosine of the angle) is entered along the road. */
const ALONG_COS = 0.7;

/**
 * When a vehicle arriving by this trip may be drawn turning off toward a bay (it is drawn on the
 * bay's ground from then on): the plan's time at the route metre where it leaves the road.
 */
export function turnOffS(trip: TripTiming, target: Bay): number {
  const { line } = trip;
  return timeAt(trip.anchors, Math.max(0, Math.min(line.total, turn(line, target, 'end').routeM)), trip.speedMps);
}

/**
 * The drawn path of a trip from bay to bay and its timing: out of the origin bay onto the route, the
 * planned stops on the road, and off the route into the target bay. A vehicle leaves the road and
 * joins it level with its bay, so it does not drive through the other bays of a row; but only within
 * its route, whose road its plan holds: a bay ahead of the place's point is reached from that point,
 * diagonally (crossing the row if it is more than one spacing ahead). On the route it is where its
 * plan has it. `clearS`: when its body (`bodyM`, with gap) is off the origin bay's ground.
 */
export function drawnTrip(trip: TripTiming, origin: Bay, target: Bay, bodyM: number, now: number): { path: Float64Array; profile: Float64Array; onRoute: DrawnOnRoute; clearS: number } {
  const { line, anchors, speedMps } = trip;
  const { r, cum, total } = line;
  const out = turn(line, origin, 'start');
  const into = turn(line, target, 'end');
  let joinM = out.routeM;
  let leaveM = into.routeM;
  // on and off the road within the route, whose road the plan holds
  joinM = Math.max(0, Math.min(joinM, total));
  leaveM = Math.max(0, Math.min(leaveM, total));
  if (leaveM < joinM) joinM = leaveM = (joinM + leaveM) / 2; // a short trip: off the road as soon as on it

  const path: number[] = [origin.x, origin.y, out.x, out.y];
  pushAt(r, cum, joinM, path);
  for (let i = 0; i < cum.length; i++) if (cum[i] > joinM && cum[i] < leaveM) path.push(r[2 * i], r[2 * i + 1]);
  pushAt(r, cum, leaveM, path);
  path.push(into.x, into.y, target.x, target.y);

  const n = path.length;
  const step = (i: number) => Math.hypot(path[i + 2] - path[i], path[i + 3] - path[i + 1]);
  const outM = step(0) + step(2); // bay → turning point → joining point
  const inM = step(n - 6) + step(n - 4); // leaving point → turning point → bay
  const endM = outM + (leaveM - joinM) + inM;
  // on the route the vehicle is where its plan has it: route metre m is drawn outM + (m − joinM) along the path
  const at = (m: number) => timeAt(anchors, m, speedMps);
  const profile: number[] = [0, now];
  let last = now;
  const push = (m: number, t: number) => {
    last = Math.max(last, t);
    profile.push(m, last);
  };
  // pulling out: from the bay onto the road, to join the route when the plan has the vehicle there (or as
  // soon as it can, if the plan leaves no time: its departure is drawn hurried)
  const joinS = at(joinM);
  if (joinS - outM / speedMps > now) push(0, joinS - outM / speedMps);
  push(outM, joinS);
  for (let i = 0; i < anchors.length; i += 2) {
    const m = anchors[i];
    if (m > joinM && m < leaveM) push(outM + m - joinM, anchors[i + 1]);
  }
  const leaveS = at(leaveM);
  push(outM + leaveM - joinM, leaveS);
  push(endM, leaveS + inM / speedMps);
  return {
    path: Float64Array.from(path),
    profile: Float64Array.from(profile),
    onRoute: { fromPathM: outM, toPathM: outM + leaveM - joinM, fromRouteM: joinM },
    clearS: whenAt(profile, Math.min(endM, outM + bodyM)),
  };
}

/** The plan as (route metre, time) pairs: departure, each stop on the road (arriving, moving on), arrival. */
function planAnchors(plan: { departS: number; arriveS: number; waits: TripWait[] }, totalM: number): number[] {
  const anchors = [0, plan.departS];
  for (const w of plan.waits) if (w.onRoad) anchors.push(w.atM, w.fromS, w.atM, w.toS);
  anchors.push(totalM, plan.arriveS);
  return anchors;
}

/** When the plan has the vehicle's front at route metre m: between anchors at speed, before and after the route at `speedMps`. */
function timeAt(anchors: number[], m: number, speedMps: number): number {
  const n = anchors.length;
  if (m <= anchors[0]) return anchors[1] - (anchors[0] - m) / speedMps;
  if (m >= anchors[n - 2]) return anchors[n - 1] + (m - anchors[n - 2]) / speedMps;
  // the last anchor at or before m (a stop's later anchor: it has moved on), then on towards the next
  let i = 0;
  while (i + 2 < n && anchors[i + 2] <= m) i += 2;
  const [m0, t0, m1, t1] = [anchors[i], anchors[i + 1], anchors[i + 2], anchors[i + 3]];
  return m1 > m0 ? t0 + ((m - m0) / (m1 - m0)) * (t1 - t0) : t1;
}

/** The first time the profile (metres, seconds pairwise) reaches metre m. */
function whenAt(profile: number[], m: number): number {
  for (let i = 2; i < profile.length; i += 2) {
    if (profile[i] >= m) {
      const [m0, t0, m1, t1] = [profile[i - 2], profile[i - 1], profile[i], profile[i + 1]];
      return m1 > m0 ? t0 + ((m - m0) / (m1 - m0)) * (t1 - t0) : t0;
    }
  }
  return profile[profile.length - 1];
}

/**
 * The point of the route nearest (x, y) among its parts between fromM and toM (the first segment
 * extends backwards and the last forwards, so a point beyond either end projects there): its route
 * metre, where it is and the road's direction there.
 */
function project(line: RouteLine, x: number, y: number, fromM: number, toM: number): { m: number; x: number; y: number; dx: number; dy: number } {
  const { r, cum } = line;
  const n = cum.length;
  const best = { m: 0, x: r[0], y: r[1], dx: 1, dy: 0 };
  let bestD = Infinity;
  // the parts between fromM and toM: a few segments at one end of the route
  let first = 0;
  while (first + 2 < n && cum[first + 1] < fromM) first++;
  for (let i = first; i + 1 < n && cum[i] <= toM; i++) {
    const len = cum[i + 1] - cum[i];
    if (!(len > 0)) continue;
    const dx = (r[2 * i + 2] - r[2 * i]) / len;
    const dy = (r[2 * i + 3] - r[2 * i + 1]) / len;
    let t = (x - r[2 * i]) * dx + (y - r[2 * i + 1]) * dy;
    if (i > 0) t = Math.max(0, t);
    if (i + 2 < n) t = Math.min(len, t);
    const px = r[2 * i] + dx * t;
    const py = r[2 * i + 1] + dy * t;
    const d = Math.hypot(px - x, py - y);
    if (d < bestD) {
      bestD = d;
      best.m = cum[i] + t;
      best.x = px;
      best.y = py;
      best.dx = dx;
      best.dy = dy;
    }
  }
  return best;
}

/** Appends the point `m` metres along the route, extending its first or last segment beyond its ends. */
function pushAt(r: Float64Array, cum: Float64Array, m: number, out: number[]): void {
  const n = cum.length;
  let i = 0;
  while (i + 2 < n && (cum[i + 1] < m || !(cum[i + 1] > cum[i]))) i++;
  const len = cum[i + 1] - cum[i];
  if (!(len > 0)) {
    out.push(r[2 * i], r[2 * i + 1]);
    return;
  }
  const f = (m - cum[i]) / len;
  out.push(r[2 * i] + (r[2 * i + 2] - r[2 * i]) * f, r[2 * i + 1] + (r[2 * i + 3] - r[2 * i + 1]) * f);
}
