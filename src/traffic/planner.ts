import type { RouteSpans } from '../layout';
import type { TrafficNetwork } from './network';
import { EPS, type ReservationTable } from './reservations';

/** A route as traffic control sees it: the resources it passes, where each begins and how much of it is driven. */
export interface TripResources {
  resources: Int32Array;
  /** metres from the route's start to where the front enters each resource */
  startM: Float64Array;
  /** metres driven in each */
  lengthM: Float64Array;
  totalM: number;
  /** where a vehicle may stop on it (see stopPoints), found on the first plan */
  stops?: number[];
}

/** The resources along a route's spans, a resource the route stays in over several edges counted once. */
export function tripResources(net: TrafficNetwork, spans: RouteSpans): TripResources {
  const resources: number[] = [];
  const startM: number[] = [];
  const lengthM: number[] = [];
  let at = 0;
  for (let k = 0; k < spans.edges.length; k++) {
    const e = spans.edges[k];
    const from = spans.fromM[k];
    const to = spans.toM[k];
    for (let p = net.pieceStart[e]; p < net.pieceStart[e + 1]; p++) {
      const a = Math.max(from, net.pieceFromM[p]);
      const b = Math.min(to, net.pieceToM[p]);
      if (b - a <= 1e-9) continue;
      const r = net.pieceResource[p];
      const last = resources.length - 1;
      if (last >= 0 && resources[last] === r) lengthM[last] += b - a;
      else {
        resources.push(r);
        startM.push(at + a - from);
        lengthM.push(b - a);
      }
    }
    at += to - from;
  }
  return { resources: Int32Array.from(resources), startM: Float64Array.from(startM), lengthM: Float64Array.from(lengthM), totalM: at };
}

export interface TripMotion {
  speedMps: number;
  /** the vehicle's length and safety gap: it holds every resource this stretch behind its front overlaps, m */
  bodyM: number;
  /** the time a stop costs: braking to stand and pulling away again, s */
  restartS: number;
}

/** A stop on the way: standing with the front `atM` along the route, for `resource` held by `blocker`. */
export interface TripWait {
  atM: number;
  fromS: number;
  toS: number;
  resource: number;
  blocker: number;
  /** false for the wait before pulling out (the vehicle still stands in its bay) */
  onRoad: boolean;
}

export interface TripPlan {
  departS: number;
  arriveS: number;
  /** per route resource: the hold, from the front's entry until body and gap have left it */
  holdFromS: Float64Array;
  holdToS: Float64Array;
  waits: TripWait[];
}

/** A resource held under the vehicle's body: route index, cleared once the front reaches clearAtM; its free gap ends at gapEndS. */
interface Hold {
  index: number;
  clearAtM: number;
  gapEndS: number;
}

interface State {
  /** index into the stop points, -1 for the bay it starts from */
  stop: number;
  atM: number;
  /** when the front got there */
  t: number;
  /** the latest it may leave: every resource under its body must be clear before its next holder comes */
  latestS: number;
  /** the hold that sets latestS */
  binding: Hold | null;
  holds: Hold[];
  parent: State | null;
  /** when it left the parent's stop, and what held it there */
  departS: number;
  blocker: number;
  blockedBy: number;
}

/**
 * The earliest trip along the route that fits the reservation table, leaving at `earliestS` or later:
 * safe-interval planning (SIPP) on a fixed path. The vehicle holds every resource its body and gap
 * overlap, from its front's entry until the body and gap have left it. It may stop only where its
 * body covers no junction zone (a cell's end), and in its bay before it pulls out. Each stop keeps
 * the states no other beats (earlier there and free to stay as long); one always exists, since
 * every reservation ends. It finds the earliest arrival but for one trade it does not make: a longer
 * wait in the bay instead of a stop on the road that costs restartS.
 */
export function planTrip(net: TrafficNetwork, table: ReservationTable, trip: TripResources, motion: TripMotion, owner: number, now: number, earliestS: number): TripPlan {
  // A search that finds the vehicle stuck (it must stand, but a resource under its body has its next
  // holder coming) learns to enter that resource only after that holder, and searches again; each
  // round passes one more reservation, and every reservation ends, so this ends.
  const free = freeFlow(table, trip, motion, owner, now, earliestS);
  if (free !== null) return free;
  const notBefore = new Float64Array(trip.resources.length).fill(-Infinity);
  const notBeforeOwner = new Int32Array(trip.resources.length).fill(-1);
  for (;;) {
    const found = planFrom(net, table, trip, motion, owner, now, earliestS, notBefore, notBeforeOwner);
    if ('plan' in found) return found.plan;
    planRetries++;
    const { index, afterS, blocker } = found.stuck;
    if (afterS > notBefore[index]) {
      notBefore[index] = afterS;
      notBeforeOwner[index] = blocker;
    }
  }
}

/** The trip driven straight through at speed from `earliestS`, if nothing stands in its way (the common case: no search). */
function freeFlow(table: ReservationTable, trip: TripResources, motion: TripMotion, owner: number, now: number, earliestS: number): TripPlan | null {
  const { resources, startM, lengthM } = trip;
  const n = resources.length;
  const v = motion.speedMps;
  const fromS = (i: number) => earliestS + startM[i] / v;
  const toS = (i: number) => earliestS + (startM[i] + lengthM[i] + motion.bodyM) / v;
  // checked before anything is allocated: most trips that fail it fail early, and a search follows
  for (let i = 0; i < n; i++) if (table.firstConflict(resources[i], fromS(i), toS(i), owner, now) >= 0) return null;
  const holdFromS = new Float64Array(n);
  const holdToS = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    holdFromS[i] = fromS(i);
    holdToS[i] = toS(i);
  }
  return { departS: earliestS, arriveS: earliestS + trip.totalM / v, holdFromS, holdToS, waits: [] };
}

/** How often a trip search had to start again with a learnt constraint (a measure of its cost). */
export let planRetries = 0;

interface Stuck {
  /** route index of the resource to enter later, after `blocker`'s hold ends at afterS */
  index: number;
  afterS: number;
  blocker: number;
}

function planFrom(net: TrafficNetwork, table: ReservationTable, trip: TripResources, motion: TripMotion, owner: number, now: number, earliestS: number, notBefore: Float64Array, notBeforeOwner: Int32Array): { plan: TripPlan } | { stuck: Stuck } {
  const { resources, startM, lengthM, totalM } = trip;
  const n = resources.length;
  const v = motion.speedMps;
  const body = motion.bodyM;
  const stops = (trip.stops ??= stopPoints(net, trip, body));
  let frontier: State[] = [{ stop: -1, atM: 0, t: earliestS, latestS: Infinity, binding: null, holds: [], parent: null, departS: earliestS, blocker: -1, blockedBy: -1 }];
  let stuck: Stuck | null = null;
  let stuckAtS = Infinity;
  // the resources entered on the way to each stop point: [first, last) route indexes
  let entered = 0;
  for (let q = 0; q <= stops.length; q++) {
    const toM = q < stops.length ? stops[q] : totalM;
    let last = entered;
    while (last < n && startM[last] < toM - 1e-9) last++;
    const next: State[] = [];
    for (const s of frontier) for (const succ of successors(s, q, toM, entered, last)) keepBest(next, succ);
    entered = last;
    if (next.length === 0) return { stuck: stuck! };
    frontier = next;
  }
  let best = frontier[0];
  for (const s of frontier) if (s.t < best.t) best = s;
  return { plan: toPlan(best) };

  /** The states at stop q (or the destination) reached from s without stopping between, one per free gap. */
  function successors(s: State, q: number, toM: number, first: number, last: number): State[] {
    const out: State[] = [];
    const fromBay = s.stop < 0;
    const restart = fromBay ? 0 : motion.restartS;
    const arriving = q >= stops.length;
    let d = s.t;
    let blocker = -1;
    let blockedBy = -1;
    while (d <= s.latestS + EPS) {
      const arrive = d + (toM - s.atM) / v;
      // the resources the front enters on the way, each held at least until body and gap pass it (or, at
      // the destination, until the vehicle has pulled off at speed)
      let conflict = -1;
      let shiftTo = d;
      for (let i = first; i < last; i++) {
        const from = d + (Math.max(startM[i], s.atM) - s.atM) / v;
        const to = d + (startM[i] + lengthM[i] + body - s.atM) / v;
        if (from < notBefore[i] - EPS) {
          conflict = resources[i];
          blocker = notBeforeOwner[i];
          shiftTo = notBefore[i] - (Math.max(startM[i], s.atM) - s.atM) / v + restart;
          break;
        }
        const k = table.firstConflict(resources[i], from, to, owner, now);
        if (k >= 0) {
          const list = table.current(resources[i], now);
          conflict = resources[i];
          blocker = list[k + 2];
          shiftTo = list[k + 1] - (Math.max(startM[i], s.atM) - s.atM) / v + restart;
          break;
        }
      }
      if (conflict >= 0) {
        blockedBy = conflict;
        d = Math.max(shiftTo, d + EPS);
        continue;
      }
      // still under the body when it gets there: the old holds not yet cleared and the new ones
      const holds: Hold[] = [];
      for (const h of s.holds) if (h.clearAtM > toM + 1e-9) holds.push(h);
      for (let i = first; i < last; i++) {
        const clearAtM = startM[i] + lengthM[i] + body;
        if (clearAtM <= toM + 1e-9) continue;
        const from = d + (Math.max(startM[i], s.atM) - s.atM) / v;
        holds.push({ index: i, clearAtM, gapEndS: nextHoldAfter(resources[i], from) });
      }
      let latestS = Infinity;
      let binding: Hold | null = null;
      for (const h of holds) {
        const leaveBy = h.gapEndS - (h.clearAtM - toM) / v;
        if (leaveBy < latestS) {
          latestS = leaveBy;
          binding = h;
        }
      }
      const fits = arrive <= latestS + EPS;
      if (fits && arriving) {
        // it pulls off at once into its bay: nothing of the road is held after
        out.push({ stop: q, atM: toM, t: arrive, latestS: Infinity, binding: null, holds: [], parent: s, departS: d, blocker, blockedBy });
        break;
      }
      if (fits) out.push({ stop: q, atM: toM, t: arrive, latestS, binding, holds, parent: s, departS: d, blocker, blockedBy });
      // a later gap of the resource that bounds the stay, reached by standing longer here
      if (binding === null || !Number.isFinite(latestS)) break;
      if (s.holds.includes(binding)) {
        // entered before this stop: standing here cannot get past its next holder
        noteStuck(binding, s.t);
        break;
      }
      const r = resources[binding.index];
      const list = table.current(r, now);
      const k = table.firstConflict(r, binding.gapEndS, binding.gapEndS + 1e-3, owner, now);
      if (k < 0) break;
      blocker = list[k + 2];
      blockedBy = r;
      d = Math.max(d + EPS, list[k + 1] - (Math.max(startM[binding.index], s.atM) - s.atM) / v + restart);
    }
    if (d > s.latestS + EPS && s.binding !== null) noteStuck(s.binding, s.t);
    return out;
  }

  /** Remembers the earliest-placed dead end: its hold's resource must be entered after its next holder. */
  function noteStuck(h: Hold, atS: number): void {
    const r = resources[h.index];
    const k = table.firstConflict(r, h.gapEndS, h.gapEndS + 1e-3, owner, now);
    if (k < 0) return;
    const list = table.current(r, now);
    const afterS = list[k + 1];
    if (stuck === null || atS < stuckAtS) {
      stuck = { index: h.index, afterS, blocker: list[k + 2] };
      stuckAtS = atS;
    }
  }
  /** When the next other holder of `resource` after time `from` comes, Infinity if none. */
  function nextHoldAfter(resource: number, from: number): number {
    const list = table.current(resource, now);
    for (let k = 0; k < list.length; k += 3) if (list[k] >= from - EPS && list[k + 2] !== owner) return list[k];
    return Infinity;
  }

  function toPlan(end: State): TripPlan {
    const chain: State[] = [];
    for (let s: State | null = end; s !== null; s = s.parent) chain.push(s);
    chain.reverse();
    // the front's motion: (metres, seconds) where it arrives at and leaves each stop
    const waits: TripWait[] = [];
    const xs: number[] = [];
    const ts: number[] = [];
    for (let k = 1; k < chain.length; k++) {
      const from = chain[k - 1];
      const to = chain[k];
      if (to.departS > from.t + EPS) waits.push({ atM: from.atM, fromS: from.t, toS: to.departS, resource: to.blockedBy, blocker: to.blocker, onRoad: from.stop >= 0 });
      xs.push(from.atM);
      ts.push(to.departS);
    }
    const arriveS = end.t;
    // when the front is at m: leaving it (a hold starts as the front enters) or reaching it (a hold ends
    // as body and gap have passed) differ only at a stop, where the vehicle stood in between
    const frontAt = (m: number, reaching: boolean): number => {
      if (m >= totalM - 1e-9) return arriveS + Math.max(0, m - totalM) / v; // pulling off into the bay at speed
      let k = xs.length - 1;
      while (k > 0 && (reaching ? xs[k] >= m - 1e-9 : xs[k] > m + 1e-9)) k--;
      return ts[k] + (m - xs[k]) / v;
    };
    const holdFromS = new Float64Array(n);
    const holdToS = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      holdFromS[i] = frontAt(startM[i], false);
      holdToS[i] = frontAt(startM[i] + lengthM[i] + body, true);
    }
    return { departS: ts.length > 0 ? ts[0] : earliestS, arriveS, holdFromS, holdToS, waits };
  }
}

/**
 * Where a vehicle may stand on the route: the ends of cells whose last body-and-gap length of route
 * holds no junction zone (nobody stops in a junction), nearer the start than the destination.
 */
function stopPoints(net: TrafficNetwork, trip: TripResources, bodyM: number): number[] {
  const { resources, startM, lengthM, totalM } = trip;
  const out: number[] = [];
  let lastZoneEnd = -Infinity;
  for (let i = 0; i < resources.length; i++) {
    const end = startM[i] + lengthM[i];
    if (resources[i] < net.zoneCount) {
      lastZoneEnd = end;
      continue;
    }
    if (end < totalM - 1e-9 && end - bodyM >= lastZoneEnd - 1e-9) out.push(end);
  }
  return out;
}

/** Keeps the states no other beats: one that is there no later and may stay no shorter wins. */
function keepBest(states: State[], s: State): void {
  for (const o of states) if (o.t <= s.t + EPS && o.latestS >= s.latestS - EPS) return;
  for (let k = states.length - 1; k >= 0; k--) if (s.t <= states[k].t + EPS && s.latestS >= states[k].latestS - EPS) states.splice(k, 1);
  states.push(s);
}

/** Holds the plan's resources in the table. */
export function commitTrip(table: ReservationTable, trip: TripResources, plan: TripPlan, owner: number): void {
  for (let i = 0; i < trip.resources.length; i++) table.reserve(trip.resources[i], plan.holdFromS[i], plan.holdToS[i], owner);
}
