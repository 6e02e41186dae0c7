import { describe, expect, it } from 'vitest';
import { BAY_LENGTH_M, BAY_WIDTH_M } from './bayDesign';
import { layoutFiles } from './layoutFiles';
import { designTerminal, type MetricFeature } from './terminalDesign';
import type { Xy } from './straightLane';

/** A rectangle: centre, unit axis u with half-length hu, the perpendicular axis v with half-width hv. */
interface Box {
  cx: number;
  cy: number;
  ux: number;
  uy: number;
  hu: number;
  hv: number;
}

const LANE_HALF_WIDTH_M = 1.75;

function bayBox(f: MetricFeature): Box {
  const [cx, cy] = f.geometry.coordinates as Xy;
  const t = ((f.properties.headingDeg as number) * Math.PI) / 180;
  return { cx, cy, ux: Math.cos(t), uy: Math.sin(t), hu: BAY_LENGTH_M / 2, hv: BAY_WIDTH_M / 2 };
}

function blockBox(f: MetricFeature): Box {
  const ring = (f.geometry.coordinates as Xy[][])[0];
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, ux: 1, uy: 0, hu: (x1 - x0) / 2, hv: (y1 - y0) / 2 };
}

/** Separating axes: the interiors overlap (touching edges do not count). */
function overlap(a: Box, b: Box): boolean {
  const radius = (box: Box, ax: number, ay: number) => box.hu * Math.abs(box.ux * ax + box.uy * ay) + box.hv * Math.abs(-box.uy * ax + box.ux * ay);
  const axes: Xy[] = [[a.ux, a.uy], [-a.uy, a.ux], [b.ux, b.uy], [-b.uy, b.ux]];
  return axes.every(([ax, ay]) => Math.abs((b.cx - a.cx) * ax + (b.cy - a.cy) * ay) < radius(a, ax, ay) + radius(b, ax, ay) - 1e-6);
}

function distanceToBox(box: Box, x: number, y: number): number {
  const [dx, dy] = [x - box.cx, y - box.cy];
  const along = Math.abs(dx * box.ux + dy * box.uy) - box.hu;
  const across = Math.abs(-dx * box.uy + dy * box.ux) - box.hv;
  return Math.hypot(Math.max(along, 0), Math.max(across, 0));
}

/** Points every 0.25 m along each lane. */
function laneSamples(lanes: MetricFeature[]): Xy[] {
  return lanes.flatMap((f) => {
    const c = f.geometry.coordinates as Xy[];
    return c.slice(1).flatMap(([x1, y1], i) => {
      const [x0, y0] = c[i];
      const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 0.25);
      return Array.from({ length: n + 1 }, (_, k): Xy => [x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
    });
  });
}

describe('the designed bays are 20 m × 4 m footprints clear of everything else', () => {
  for (const { file, design } of layoutFiles()) {
    const features = designTerminal(design);
    const of = (...kinds: string[]) => features.filter((f) => kinds.includes(f.properties.kind));
    const bays = of('parkingBay');
    const boxes = bays.map(bayBox);
    const name = (k: number) => bays[k].properties.id;

    it(`${file}: no two bays overlap`, () => {
      const hits = boxes.flatMap((a, i) => boxes.slice(0, i).flatMap((b, j) => (overlap(a, b) ? [`${name(i)} ${name(j)}`] : [])));
      expect(hits).toEqual([]);
    });

    it(`${file}: no bay overlaps a yard block`, () => {
      const blocks = of('yardBlock');
      const hits = boxes.flatMap((a, i) => blocks.filter((b) => overlap(a, blockBox(b))).map((b) => `${name(i)} ${b.properties.id}`));
      expect(hits).toEqual([]);
    });

    it(`${file}: every lane passes at least half a lane's width (${LANE_HALF_WIDTH_M} m) from every bay`, () => {
      const samples = laneSamples(of('lane', 'transferLane', 'handoverLane', 'gateLane'));
      const hits = boxes.flatMap((box, i) => (samples.some(([x, y]) => distanceToBox(box, x, y) < LANE_HALF_WIDTH_M) ? [name(i)] : []));
      expect(hits).toEqual([]);
    });
  }
});
