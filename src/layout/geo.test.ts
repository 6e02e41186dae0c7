import { destination } from '@turf/destination';
import { describe, expect, it } from 'vitest';
import { localFrame, roundLonLat, toMicrometre } from './geo';

const origin: [number, number] = [117.79, 38.98];
const frame = localFrame(origin);

describe('localFrame', () => {
  it('puts the origin at 0,0 with x east and y north, in metres', () => {
    expect(frame.toMetres(origin)).toEqual([0, 0]);
    const east = destination(origin, 1000, 90, { units: 'meters' }).geometry.coordinates;
    const north = destination(origin, 250, 0, { units: 'meters' }).geometry.coordinates;
    const [ex, ey] = frame.toMetres(east);
    const [nx, ny] = frame.toMetres(north);
    expect(ex).toBeCloseTo(1000, 6);
    expect(ey).toBeCloseTo(0, 6);
    expect(nx).toBeCloseTo(0, 6);
    expect(ny).toBeCloseTo(250, 6);
  });

  it('round-trips metres → lon/lat → metres to a micrometre (turf pairs are exact inverses)', () => {
    for (const p of [[0, 0], [1100, 0], [-35.5, 512.25], [550, -120], [3000, 3000]]) {
      const [x, y] = frame.toMetres(frame.toLonLat(p));
      expect(Math.abs(x - p[0])).toBeLessThan(1e-6);
      expect(Math.abs(y - p[1])).toBeLessThan(1e-6);
    }
  });

  it('keeps 7-decimal rounding within 6 mm, the error budget of layout files', () => {
    for (const p of [[12.345, 67.891], [1099.99, 433.3], [-7.77, -3.21]]) {
      const [x, y] = frame.toMetres(roundLonLat(frame.toLonLat(p)));
      expect(Math.hypot(x - p[0], y - p[1])).toBeLessThan(0.006);
    }
  });
});

describe('toMicrometre', () => {
  it('rounds the frame to a micrometre, so last-bit differences of an engine\'s trig vanish', () => {
    const [x, y] = frame.toMetres([117.8, 38.99]);
    expect(Math.round(x * 1e6) / 1e6).toBe(x);
    expect(Math.round(y * 1e6) / 1e6).toBe(y);
    // one unit in the last place of a km-sized coordinate is ~1e-13 m: gone after rounding
    expect(toMicrometre(866.1234567891234)).toBe(toMicrometre(866.1234567891236));
    expect(toMicrometre(866.1234567891234)).toBe(866.123457);
  });
});
