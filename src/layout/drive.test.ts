import { describe, expect, it } from 'vitest';
import { centreBehindFrontM, driveAlong, positionAt, type Drive } from './drive';

// An L: 30 m east, then 40 m north, driven at 1 m/s from t = 10 s to t = 80 s.
const ell: Drive = { path: Float64Array.from([0, 0, 30, 0, 30, 40]), t0: 10, t1: 80 };
const east = 0;
const north = Math.PI / 2;

describe('positionAt', () => {
  it('starts at the first point at t0 and ends at the last at t1', () => {
    expect(positionAt(ell, 10)).toEqual({ x: 0, y: 0, headingRad: east });
    expect(positionAt(ell, 80)).toEqual({ x: 30, y: 40, headingRad: north });
  });

  it('moves at constant speed along the polyline', () => {
    expect(positionAt(ell, 25)).toEqual({ x: 15, y: 0, headingRad: east });
    expect(positionAt(ell, 45)).toEqual({ x: 30, y: 5, headingRad: north });
  });

  it('takes the outgoing heading at a corner', () => {
    expect(positionAt(ell, 40)).toEqual({ x: 30, y: 0, headingRad: north });
  });

  it('clamps to the ends before t0 and after t1', () => {
    expect(positionAt(ell, -5)).toEqual({ x: 0, y: 0, headingRad: east });
    expect(positionAt(ell, 1e9)).toEqual({ x: 30, y: 40, headingRad: north });
  });

  it('measures heading counter-clockwise from +x', () => {
    const west: Drive = { path: Float64Array.from([10, 0, 0, 0]), t0: 0, t1: 10 };
    expect(positionAt(west, 5)).toEqual({ x: 5, y: 0, headingRad: Math.PI });
    const south: Drive = { path: Float64Array.from([0, 10, 0, 0]), t0: 0, t1: 10 };
    expect(positionAt(south, 5).headingRad).toBe(-Math.PI / 2);
  });

  it('skips zero-length segments, and keeps a drive that does not move at its start', () => {
    const pause: Drive = { path: Float64Array.from([0, 0, 10, 0, 10, 0, 10, 10]), t0: 0, t1: 20 };
    expect(positionAt(pause, 10)).toEqual({ x: 10, y: 0, headingRad: north });
    expect(positionAt(pause, 20)).toEqual({ x: 10, y: 10, headingRad: north });
    const still: Drive = { path: Float64Array.from([5, 7, 5, 7]), t0: 3, t1: 3 };
    expect(positionAt(still, 3)).toEqual({ x: 5, y: 7, headingRad: 0 });
    expect(positionAt({ path: Float64Array.from([5, 7]), t0: 0, t1: 4 }, 2)).toEqual({ x: 5, y: 7, headingRad: 0 });
  });

  it('writes into the caller’s object, so a renderer can call it every frame without allocating', () => {
    const out = { x: 0, y: 0, headingRad: 0 };
    expect(positionAt(ell, 45, out)).toBe(out);
    expect(out).toEqual({ x: 30, y: 5, headingRad: north });
  });
});

describe('driveAlong', () => {
  it('ends when the path is driven at the given speed', () => {
    expect(driveAlong(ell.path, 10, 2)).toEqual({ path: ell.path, t0: 10, t1: 45 });
  });
});

describe('a body behind its front', () => {

  it("draws a body's centre half its length behind the front the profile gives, but on the bays at its ends", () => {
    // 100 m straight east; the front 50 m along from 10 s to 20 s (a stop)
    const d = { path: Float64Array.of(0, 0, 100, 0), t0: 0, t1: 30, profile: Float64Array.of(0, 0, 50, 10, 50, 20, 100, 30) };
    expect(positionAt(d, 15, undefined, 15).x).toBeCloseTo(42.5, 9);
    expect(positionAt(d, 15).x).toBeCloseTo(50, 9); // without a body: the front
    // standing at either end, the body is centred where the path begins and ends
    expect(positionAt(d, -5, undefined, 15).x).toBe(0);
    expect(positionAt(d, 99, undefined, 15).x).toBe(100);
    // a drive without a profile (no traffic control) is drawn as before
    expect(positionAt({ path: d.path, t0: 0, t1: 10 }, 5, undefined, 15).x).toBeCloseTo(50, 9);
  });

  it('moves the centre forwards only, however short the drive', () => {
    for (const total of [4, 15, 30, 200]) {
      let last = -Infinity;
      for (let k = 0; k <= 400; k++) {
        const front = (k / 400) * total;
        const c = centreBehindFrontM(front, total, 15);
        expect(c).toBeGreaterThanOrEqual(last - 1e-12);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(front);
        last = c;
      }
      expect(centreBehindFrontM(0, total, 15)).toBe(0);
      expect(centreBehindFrontM(total, total, 15)).toBe(total);
    }
    expect(centreBehindFrontM(100, 200, 15)).toBe(92.5);
  });
});
