// The three turf modules this needs, not the @turf/turf bundle: it loads every turf module (~0.2 s).
import { bearing } from '@turf/bearing';
import { destination } from '@turf/destination';
import { distance } from '@turf/distance';

export type LonLat = [lon: number, lat: number];
export type Metres = [x: number, y: number];

/**
 * A local metric frame: x east, y north, metres from an origin. It is turf's spherical
 * azimuthal-equidistant pair (distance + bearing one way, destination the other), so a round trip is
 * exact to float precision; over a terminal a few km across its scale error stays below 1e-7.
 * The only place where lon/lat meets metres: everything downstream of `layout/` is metric.
 */
export interface LocalFrame {
  originLonLat: LonLat;
  toMetres(lonLat: readonly number[]): Metres;
  toLonLat(xy: readonly number[]): LonLat;
}

const units = { units: 'meters' } as const;

export function localFrame(originLonLat: readonly number[]): LocalFrame {
  const origin: LonLat = [originLonLat[0], originLonLat[1]];
  return {
    originLonLat: origin,
    toMetres(lonLat) {
      const p: LonLat = [lonLat[0], lonLat[1]];
      const d = distance(origin, p, units);
      if (d === 0) return [0, 0];
      const b = (bearing(origin, p) * Math.PI) / 180;
      return [toMicrometre(d * Math.sin(b)), toMicrometre(d * Math.cos(b))];
    },
    toLonLat(xy) {
      const d = Math.hypot(xy[0], xy[1]);
      if (d === 0) return [origin[0], origin[1]];
      // Bearing is clockwise from north, hence atan2(east, north).
      const b = (Math.atan2(xy[0], xy[1]) * 180) / Math.PI;
      const c = destination(origin, d, b, units).geometry.coordinates;
      return [c[0], c[1]];
    },
  };
}

/**
 * Engines differ in the last bit of sin, cos and atan2 (Chromium's V8 uses other trig routines than
 * Node 20's), which would make drive lengths, and so every result, differ between the browser app and
 * the CLI. Rounding the frame to a micrometre, far below the centimetre the files carry, removes that
 * last bit, so a run gives the same numbers in every runtime.
 */
export function toMicrometre(m: number): number {
  return Math.round(m * 1e6) / 1e6;
}

/** GeoJSON coordinates are written with 7 decimals: about 1 cm, finer than any lane matters. */
export function roundLonLat(p: LonLat): LonLat {
  return [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7];
}
