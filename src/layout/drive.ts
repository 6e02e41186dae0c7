import { polylineLengthM } from './polyline';

/**
 * A vehicle's drive as recorded by the simulation: one polyline driven at constant speed from t0 to
 * t1. The renderer interpolates it every frame, so positionAt can write into a caller's object and
 * keeps each path's cumulative lengths in a side table instead of recomputing them.
 */
export interface Drive {
  /** x0,y0,x1,y1,... metres */
  path: Float64Array;
  t0: number;
  t1: number;
  /**
   * metres along path and seconds, pairwise (s0, t0, s1, t1, ...) in time order: a drive with stops
   * in traffic moves linearly between these points; without it, at constant speed from t0 to t1.
   * Traffic control plans where the vehicle's front is (its body reaches back from there): see
   * `bodyLengthM` of positionAt for drawing the body where it was planned.
   */
  profile?: Float64Array;
}

export interface Pose {
  x: number;
  y: number;
  /** direction of travel, radians counter-clockwise from +x (east) */
  headingRad: number;
}

/** A drive along `path` starting at t0 at a constant speed. */
export function driveAlong(path: Float64Array, t0: number, speedMps: number): Drive {
  return { path, t0, t1: t0 + polylineLengthM(path) / speedMps };
}

const cumulative = new WeakMap<Float64Array, Float64Array>();

/** cum[k] = metres from the start to point k. */
export function cumulativeLengths(path: Float64Array): Float64Array {
  let cum = cumulative.get(path);
  if (cum === undefined) {
    cum = new Float64Array(path.length >> 1);
    for (let k = 1; k < cum.length; k++) {
      cum[k] = cum[k - 1] + Math.hypot(path[2 * k] - path[2 * k - 2], path[2 * k + 1] - path[2 * k - 1]);
    }
    cumulative.set(path, cum);
  }
  return cum;
}

/**
 * Where the vehicle is at time t, clamped to the ends outside [t0, t1]. At a corner the heading is
 * the outgoing segment's; zero-length segments are skipped, and a drive that does not move stands at
 * its start with heading 0. With `bodyLengthM`, a drive with a profile (whose metres are its front's)
 * gives its body's centre instead (see centreBehindFrontM).
 */
export function positionAt(drive: Drive, t: number, out: Pose = { x: 0, y: 0, headingRad: 0 }, bodyLengthM = 0): Pose {
  const { path } = drive;
  const cum = cumulativeLengths(path);
  const last = cum.length - 1;
  const total = last > 0 ? cum[last] : 0;
  out.x = path[0];
  out.y = path[1];
  out.headingRad = 0;
  if (!(total > 0)) return out;
  const span = drive.t1 - drive.t0;
  let s = drive.profile !== undefined ? Math.min(total, distanceAt(drive.profile, t)) : t <= drive.t0 ? 0 : t >= drive.t1 || !(span > 0) ? total : ((t - drive.t0) / span) * total;
  if (drive.profile !== undefined && bodyLengthM > 0) s = centreBehindFrontM(s, total, bodyLengthM);
  // Largest segment k with cum[k] <= s; at s = total fall back to the last segment that has a length.
  let k: number;
  if (s >= total) {
    k = last - 1;
    while (cum[k + 1] === cum[k]) k--;
  } else {
    let lo = 0;
    let hi = last - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cum[mid] <= s) lo = mid;
      else hi = mid - 1;
    }
    k = lo;
  }
  const segM = cum[k + 1] - cum[k];
  const dx = path[2 * k + 2] - path[2 * k];
  const dy = path[2 * k + 3] - path[2 * k + 1];
  const f = Math.min(1, (s - cum[k]) / segM);
  out.x = path[2 * k] + dx * f;
  out.y = path[2 * k + 1] + dy * f;
  out.headingRad = Math.atan2(dy, dx);
  return out;
}

/**
 * Where a vehicle's centre is along its path when its front is `frontM` along it: half its length
 * behind, but for the ends, where it stands centred on the bays it leaves and takes. The lag grows
 * over the first `lengthM` metres and shrinks over the last, so the centre never moves backwards
 * (it moves at half to one and a half times the front's speed there).
 */
export function centreBehindFrontM(frontM: number, totalM: number, lengthM: number): number {
  const ramp = Math.max(0, Math.min(1, frontM / lengthM, (totalM - frontM) / lengthM));
  return frontM - (lengthM / 2) * ramp;
}

/** Metres along a profile's path at time t: linear between its points, clamped to its ends. */
export function distanceAt(profile: Float64Array, t: number): number {
  const points = profile.length >> 1;
  if (t <= profile[1]) return profile[0];
  if (t >= profile[2 * points - 1]) return profile[2 * points - 2];
  // the last point at or before t
  let lo = 0;
  let hi = points - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (profile[2 * mid + 1] <= t) lo = mid;
    else hi = mid - 1;
  }
  const s0 = profile[2 * lo];
  const t0 = profile[2 * lo + 1];
  const s1 = profile[2 * lo + 2];
  const t1 = profile[2 * lo + 3];
  return t1 > t0 ? s0 + ((t - t0) / (t1 - t0)) * (s1 - s0) : s1;
}
