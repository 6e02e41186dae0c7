import { jsonPath, type Issue } from '../validation/issue';
import { toMicrometre, type LocalFrame } from './geo';
import type { LaneGraph } from './laneGraph';
import type { ParkingBay, PlacedPoint } from './layout';
import { lanePoint } from './lanePosition';
import type { Indexed } from './parseLayoutGeoJson';

/** Bays closer than this overlap: stalls are ~4 m wide, so two vehicles would touch. */
export const MIN_BAY_GAP_M = 3.5;

// A synthesised row (a layout without parkingBay features for that parking or charger): stalls
// 4 m wide, 20 m deep (an ART is ~15 m long), starting 3 m off the lane's centreline.
export const SYNTHESISED_BAY_PITCH_M = 4;
export const SYNTHESISED_BAY_FROM_LANE_M = 3 + 20 / 2;
/** a charger's queue places beyond its plugs, when its bays are synthesised */
export const SYNTHESISED_QUEUE_BAYS = 4;

type Charger = PlacedPoint & { plugs: number };
type Parking = PlacedPoint & { capacity: number };

/**
 * Gives every charger and parking its bays: the parkingBay features naming it, in file order, or,
 * when none does, a synthesised row (plugs + SYNTHESISED_QUEUE_BAYS for a charger, capacity for a
 * parking). Drawn bays must keep MIN_BAY_GAP_M from each other, and synthesised ones likewise among
 * themselves (they are not checked against drawn ones: an old layout drew none). Reference and
 * count problems are referenceChecks.ts's.
 */
export function attachBays(
  drawn: Indexed<'parkingBay'>[],
  chargers: Charger[],
  parkings: Parking[],
  frame: LocalFrame,
  graph: LaneGraph,
  issues: Issue[],
): { chargers: (Charger & { bays: ParkingBay[] })[]; parkings: (Parking & { bays: ParkingBay[] })[] } {
  const byOwner = new Map<string, ParkingBay[]>();
  const drawnBays = drawn.map(({ feature }) => {
    const [x, y] = frame.toMetres(feature.geometry.coordinates);
    const bay = { x, y, headingRad: headingRadOf(feature.properties.headingDeg) };
    const owner = feature.properties.parking;
    const list = byOwner.get(owner);
    if (list === undefined) byOwner.set(owner, [bay]);
    else list.push(bay);
    return bay;
  });
  for (const [later, earlier, d] of closePairs(drawnBays)) {
    issues.push({
      path: jsonPath(['features', drawn[later].index, 'geometry', 'coordinates']),
      expected: `a bay at least ${MIN_BAY_GAP_M} m from every other bay`,
      got: `${d.toFixed(2)} m from the bay ${jsonPath(['features', drawn[earlier].index])}`,
    });
  }
  const synthesised: { owner: PlacedPoint; k: number; bay: ParkingBay }[] = [];
  const withBays = <T extends PlacedPoint>(p: T, synthesisedCount: number): T & { bays: ParkingBay[] } => {
    const own = byOwner.get(p.id);
    if (own !== undefined) return { ...p, bays: own };
    const bays = synthesiseBays(p, synthesisedCount, graph);
    bays.forEach((bay, k) => synthesised.push({ owner: p, k, bay }));
    return { ...p, bays };
  };
  const result = {
    chargers: chargers.map((c) => withBays(c, c.plugs + SYNTHESISED_QUEUE_BAYS)),
    parkings: parkings.map((p) => withBays(p, p.capacity)),
  };
  synthesisedOverlapIssues(synthesised, issues);
  return result;
}

/** Once per pair of parkings or chargers whose synthesised rows overlap, at the later one. */
function synthesisedOverlapIssues(synthesised: { owner: PlacedPoint; k: number; bay: ParkingBay }[], issues: Issue[]): void {
  const reported = new Set<string>();
  for (const [later, earlier, d] of closePairs(synthesised.map((s) => s.bay))) {
    const [a, b] = [synthesised[later], synthesised[earlier]];
    const pair = `${a.owner.feature} ${b.owner.feature}`;
    if (reported.has(pair)) continue;
    reported.add(pair);
    const other = a.owner === b.owner ? 'its' : `${jsonPath(['features', b.owner.feature])}'s`;
    issues.push({
      path: jsonPath(['features', a.owner.feature]),
      expected: `synthesised bays (no parkingBay names it) at least ${MIN_BAY_GAP_M} m from every other synthesised bay`,
      got: `its bay ${a.k} ${d.toFixed(2)} m from ${other} bay ${b.k}`,
    });
  }
}

/**
 * A row of `n` stalls beside the point's lane, centred on where the point snaps: SYNTHESISED_BAY_PITCH_M
 * apart along the lane's edge there, SYNTHESISED_BAY_FROM_LANE_M off it on the point's side (the
 * left of the edge if the point is on the lane), each vehicle facing the lane so it leaves forward.
 */
function synthesiseBays(p: PlacedPoint, n: number, graph: LaneGraph): ParkingBay[] {
  const e = p.at.edge;
  const [ax, ay] = [graph.nodeX[graph.edgeFrom[e]], graph.nodeY[graph.edgeFrom[e]]];
  const [dx, dy] = [graph.nodeX[graph.edgeTo[e]] - ax, graph.nodeY[graph.edgeTo[e]] - ay];
  const len = Math.sqrt(dx * dx + dy * dy);
  const [ux, uy] = [dx / len, dy / len];
  const [lx, ly] = lanePoint(graph, p.at);
  const side = (p.x - lx) * -uy + (p.y - ly) * ux < 0 ? -1 : 1;
  const [nx, ny] = [-uy * side, ux * side];
  const headingRad = roundedHeading(Math.atan2(-ny, -nx));
  return Array.from({ length: n }, (_, k) => {
    const along = (k - (n - 1) / 2) * SYNTHESISED_BAY_PITCH_M;
    const x = toMicrometre(lx + ux * along + nx * SYNTHESISED_BAY_FROM_LANE_M);
    const y = toMicrometre(ly + uy * along + ny * SYNTHESISED_BAY_FROM_LANE_M);
    return { x, y, headingRad };
  });
}

/** Degrees as drawn (any turn in [-360, 360]) to radians in (-π, π]. */
function headingRadOf(headingDeg: number): number {
  let d = headingDeg % 360;
  if (d <= -180) d += 360;
  if (d > 180) d -= 360;
  return (d * Math.PI) / 180;
}

/** atan2's last bit differs between engines (see geo.ts): rounded to a nanoradian, and ±π is π. */
function roundedHeading(rad: number): number {
  const r = Math.round(rad * 1e9) / 1e9;
  return Math.abs(r) >= Math.PI - 1e-9 ? Math.PI : r;
}

/**
 * Each point closer than MIN_BAY_GAP_M to an earlier one, as [later, nearest earlier, distance],
 * in order. A grid of MIN_BAY_GAP_M cells keeps it linear for bays spread over a terminal.
 */
function closePairs(points: readonly { x: number; y: number }[]): [number, number, number][] {
  const cells = new Map<string, number[]>();
  const cellOf = (v: number) => Math.floor(v / MIN_BAY_GAP_M);
  const out: [number, number, number][] = [];
  points.forEach(({ x, y }, i) => {
    const [cx, cy] = [cellOf(x), cellOf(y)];
    let nearest = -1;
    let nearestD = MIN_BAY_GAP_M;
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of cells.get(`${gx},${gy}`) ?? []) {
          const d = Math.sqrt((points[j].x - x) ** 2 + (points[j].y - y) ** 2);
          if (d < nearestD || (d === nearestD && nearest >= 0 && j < nearest)) [nearest, nearestD] = [j, d];
        }
      }
    }
    if (nearest >= 0) out.push([i, nearest, nearestD]);
    const key = `${cx},${cy}`;
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [i]);
    else cell.push(i);
  });
  return out;
}
