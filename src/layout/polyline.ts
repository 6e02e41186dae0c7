import type { LocalFrame } from './geo';

/** Lines in metres are Float64Arrays x0,y0,x1,y1,...: compact, and transferable to a worker. */
export function metricLine(frame: LocalFrame, coordinates: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(coordinates.length * 2);
  coordinates.forEach((c, i) => {
    const [x, y] = frame.toMetres(c);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  });
  return out;
}

export function polylineLengthM(line: Float64Array): number {
  let total = 0;
  for (let i = 2; i < line.length; i += 2) total += Math.hypot(line[i] - line[i - 2], line[i + 1] - line[i - 1]);
  return total;
}

/** Shortest distance from (x, y) to any segment of the line (to its only point if it has one). */
export function distanceToPolylineM(line: Float64Array, x: number, y: number): number {
  let best = Math.hypot(line[0] - x, line[1] - y);
  for (let i = 2; i < line.length; i += 2) {
    const ax = line[i - 2];
    const ay = line[i - 1];
    const dx = line[i] - ax;
    const dy = line[i + 1] - ay;
    const len2 = dx * dx + dy * dy;
    const t = len2 > 0 ? Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
    best = Math.min(best, Math.hypot(ax + dx * t - x, ay + dy * t - y));
  }
  return best;
}
