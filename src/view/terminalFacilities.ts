import { lanePoint, type Layout, type LanePosition } from '../layout';
import type { PartList } from './partList';
import { PAINT_HEIGHT_M } from './sceneFrame';

/** Direction of the lane at a position, radians counter-clockwise from +x. */
function laneAngle(layout: Layout, at: LanePosition): number {
  const g = layout.graph;
  const a = g.edgeFrom[at.edge];
  const b = g.edgeTo[at.edge];
  return Math.atan2(g.nodeY[b] - g.nodeY[a], g.nodeX[b] - g.nodeX[a]);
}

/**
 * The terminal's fixed facilities, added to the static mesh: charging stations (a green bay on the
 * lane and a cabinet per plug beside it), gate booths under one canopy, the unlocking station's
 * platforms and roof, and parkings with their stalls.
 */
export function addFacilities(p: PartList, layout: Layout): void {
  for (const c of layout.chargers) {
    const [x, y] = lanePoint(layout.graph, c.at);
    const t = laneAngle(layout, c.at);
    const [cx, cy, nx, ny] = [Math.cos(t), Math.sin(t), -Math.sin(t), Math.cos(t)];
    const span = Math.max(16, c.plugs * 5);
    p.orientedBox(x, y, t, span, 3.6, 0, PAINT_HEIGHT_M + 0.02, '#2fa36b');
    // a lamp post with a green head marks the station from afar
    p.orientedBox(x + nx * 4.2, y + ny * 4.2, t, 0.4, 0.4, 0, 9, '#c9d1d8');
    p.orientedBox(x + nx * 4.2, y + ny * 4.2, t, 2.4, 2.4, 9, 10.2, '#2fd37f');
    for (let k = 0; k < c.plugs; k++) {
      const along = (k - (c.plugs - 1) / 2) * 4.5;
      const [bx, by] = [x + cx * along + nx * 2.9, y + cy * along + ny * 2.9];
      p.orientedBox(bx, by, t, 1.2, 0.8, 0, 2.1, '#eef2f4');
      p.orientedBox(bx, by, t, 1.25, 0.85, 2.1, 2.4, '#2fd37f');
    }
  }
  const gates = layout.gateLanes.map((g) => lanePoint(layout.graph, g.at));
  if (gates.length > 0) {
    const t = laneAngle(layout, layout.gateLanes[0].at);
    for (const [k, [x, y]] of gates.entries()) {
      const tk = laneAngle(layout, layout.gateLanes[k].at);
      p.orientedBox(x - Math.sin(tk) * 2.2, y + Math.cos(tk) * 2.2, tk, 3, 1.6, 0, 2.8, '#d8dde2');
    }
    // one canopy over all the gate lanes: their booths' extent across, 10 m along the lanes
    const [ux, uy] = [-Math.sin(t), Math.cos(t)];
    const across = gates.map(([x, y]) => x * ux + y * uy);
    const lo = Math.min(...across) - 4;
    const hi = Math.max(...across) + 4;
    const [mx, my] = gates.reduce(([a, b], [x, y]) => [a + x / gates.length, b + y / gates.length], [0, 0]);
    const shift = (lo + hi) / 2 - (mx * ux + my * uy);
    const [gx, gy] = [mx + ux * shift, my + uy * shift];
    p.orientedBox(gx, gy, t, 10, hi - lo, 6, 6.6, '#f1f3f5');
    for (const s of [-1, 1])
      for (const a of [-1, 1]) {
        const w = a * ((hi - lo) / 2 - 0.5);
        p.orientedBox(gx + ux * w + Math.cos(t) * s * 4.5, gy + uy * w + Math.sin(t) * s * 4.5, t, 0.5, 0.5, 0, 6, '#aab3bb');
      }
  }
  for (const u of layout.unlockingStations) {
    const [x, y] = lanePoint(layout.graph, u.at);
    const t = laneAngle(layout, u.at);
    const [nx, ny] = [-Math.sin(t), Math.cos(t)];
    for (const s of [-1, 1]) p.orientedBox(x + nx * s * 2.6, y + ny * s * 2.6, t, 16, 1.2, 0, 1.6, '#f08a24');
    p.orientedBox(x, y, t, 18, 7, 5.2, 5.5, '#f5b041');
    for (const s of [-1, 1]) for (const a of [-8, 8]) p.orientedBox(x + Math.cos(t) * a + nx * s * 3.2, y + Math.sin(t) * a + ny * s * 3.2, t, 0.4, 0.4, 0, 5.2, '#aab3bb');
  }
  for (const park of layout.parkings) parking(p, layout, park);
}

/** A parking: stalls 4 m wide in two facing rows, on the side of the lane where the parking point lies. */
function parking(p: PartList, layout: Layout, park: Layout['parkings'][number]): void {
  const [lx, ly] = lanePoint(layout.graph, park.at);
  const t = laneAngle(layout, park.at);
  const [cx, cy] = [Math.cos(t), Math.sin(t)];
  let [nx, ny] = [-Math.sin(t), Math.cos(t)];
  if ((park.x - lx) * nx + (park.y - ly) * ny < 0) [nx, ny] = [-nx, -ny];
  const perRow = Math.ceil(park.capacity / 2);
  const length = perRow * 4;
  const depth = 36;
  const [ox, oy] = [lx + nx * (depth / 2 + 4), ly + ny * (depth / 2 + 4)];
  p.orientedBox(ox, oy, t, length + 2, depth, 0, 0.1, '#3b4651');
  for (let k = 0; k <= perRow; k++) {
    const a = -length / 2 + k * 4;
    for (const s of [-1, 1]) {
      const [x0, y0] = [ox + cx * a + nx * s * 1, oy + cy * a + ny * s * 1];
      p.ribbon([x0, y0, x0 + nx * s * 16, y0 + ny * s * 16], 0.15, PAINT_HEIGHT_M, '#e6e9ec');
    }
  }
}
