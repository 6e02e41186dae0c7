import { jsonPath, type Issue } from '../validation/issue';
import type { LocalFrame } from './geo';
import type { Lane } from './laneGraph';
import type { YardBlock } from './layout';
import type { Indexed } from './parseLayoutGeoJson';
import { metricLine } from './polyline';

const RIGHT_ANGLE_COS = 0.01; // about 0.6°: a drawn rectangle, allowing the file's 1 cm rounding
const SIDE_TOLERANCE_M = 0.5;
const ALONG_COS = Math.cos((10 * Math.PI) / 180); // a handover lane within 10° of the long side

const SAME_WAY = "a lane running the same way as its block's sea-side handover lane (bays count from that lane's start)";

const coordsPath = (index: number) => jsonPath(['features', index, 'geometry', 'coordinates']);

/**
 * Turns yard block rectangles into bay and row axes. The block's long side carries the bays; their
 * numbering follows the sea-side handover lane's direction, and the land-side lane must run the same
 * way so that bay b is the same bay on both sides (docs/layout-format.md).
 */
export function buildYardBlocks(
  features: Indexed<'yardBlock'>[],
  frame: LocalFrame,
  handoverLane: (blockId: string, side: 'sea' | 'land') => number,
  lanes: Lane[],
  issues: Issue[],
): YardBlock[] {
  const blocks: YardBlock[] = [];
  for (const { index, feature } of features) {
    const { id, bays, rows, tiers } = feature.properties;
    const polygon = metricLine(frame, feature.geometry.coordinates[0].slice(0, 4));
    const rect = rectangle(polygon);
    if (rect === null) {
      issues.push({ path: coordsPath(index), expected: 'a rectangle (4 corners at right angles)', got: 'another shape' });
      continue;
    }
    const sea = handoverLane(id, 'sea');
    const land = handoverLane(id, 'land');
    // Missing or collapsed handover lanes are already reported (reference checks, lane length).
    if (sea < 0 || land < 0 || lanes[sea].edges.length === 0 || lanes[land].edges.length === 0) continue;
    const axes = orient(rect, lanes[sea], lanes[land], issues);
    if (axes === null) continue;
    const { u, v, start } = axes;
    blocks.push({
      id,
      feature: index,
      polygon,
      bays,
      rows,
      tiers,
      slots: bays * rows * tiers,
      sea: lanes[sea].id,
      land: lanes[land].id,
      handoverLanes: { sea, land },
      bayAxis: { startX: start[0], startY: start[1], dirX: u[0], dirY: u[1], bayLengthM: rect.longM / bays },
      rowAxis: { dirX: v[0], dirY: v[1], rowWidthM: rect.shortM / rows },
    });
  }
  return blocks;
}

interface Rectangle {
  centre: [number, number];
  /** unit vector along the long side */
  long: [number, number];
  longM: number;
  shortM: number;
}

function rectangle(p: Float64Array): Rectangle | null {
  const side = (i: number): [number, number] => [p[(2 * i + 2) % 8] - p[2 * i], p[(2 * i + 3) % 8] - p[2 * i + 1]];
  const sides = [0, 1, 2, 3].map(side);
  const lengths = sides.map(([x, y]) => Math.hypot(x, y));
  if (lengths.some((l) => !(l > SIDE_TOLERANCE_M))) return null;
  for (let i = 0; i < 4; i++) {
    const [a, b] = [sides[i], sides[(i + 1) % 4]];
    if (Math.abs(a[0] * b[0] + a[1] * b[1]) / (lengths[i] * lengths[(i + 1) % 4]) > RIGHT_ANGLE_COS) return null;
  }
  if (Math.abs(lengths[0] - lengths[2]) > SIDE_TOLERANCE_M || Math.abs(lengths[1] - lengths[3]) > SIDE_TOLERANCE_M) return null;
  const k = lengths[0] >= lengths[1] ? 0 : 1;
  return {
    centre: [(p[0] + p[2] + p[4] + p[6]) / 4, (p[1] + p[3] + p[5] + p[7]) / 4],
    long: [sides[k][0] / lengths[k], sides[k][1] / lengths[k]],
    longM: (lengths[k] + lengths[k + 2]) / 2,
    shortM: (lengths[1 - k] + lengths[3 - k]) / 2,
  };
}

function orient(rect: Rectangle, sea: Lane, land: Lane, issues: Issue[]) {
  const dir = (lane: Lane) => {
    const n = lane.line.length;
    const d: [number, number] = [lane.line[n - 2] - lane.line[0], lane.line[n - 1] - lane.line[1]];
    return { d, len: Math.hypot(d[0], d[1]), mid: midpoint(lane.line) };
  };
  const s = dir(sea);
  const l = dir(land);
  const sign = s.d[0] * rect.long[0] + s.d[1] * rect.long[1] >= 0 ? 1 : -1;
  const u: [number, number] = [rect.long[0] * sign, rect.long[1] * sign];
  let ok = true;
  const complain = (lane: Lane, expected: string, got: string) => {
    issues.push({ path: coordsPath(lane.feature), expected, got });
    ok = false;
  };
  for (const [lane, x] of [[sea, s], [land, l]] as const) {
    const along = (x.d[0] * u[0] + x.d[1] * u[1]) / x.len;
    if (Math.abs(along) < ALONG_COS) complain(lane, "a lane along its block's long side (within 10°)", `a lane at ${angleDeg(along)}° to it`);
    else if (along < 0) complain(lane, SAME_WAY, 'a lane running the opposite way');
  }
  // Row 0 is on the sea side: v points across the block from the sea lane towards the land lane.
  const across = (m: [number, number]) => (m[0] - rect.centre[0]) * -u[1] + (m[1] - rect.centre[1]) * u[0];
  const flip = across(s.mid) > 0 ? -1 : 1;
  const v: [number, number] = [-u[1] * flip, u[0] * flip];
  if (ok && !(across(l.mid) * flip > 0 && across(s.mid) * flip < 0)) {
    complain(land, 'a lane along the other long side of its block from the sea-side lane', 'a lane on the same side');
  }
  if (!ok) return null;
  const halfL = rect.longM / 2;
  const halfW = rect.shortM / 2;
  const start: [number, number] = [
    rect.centre[0] - u[0] * halfL - v[0] * halfW,
    rect.centre[1] - u[1] * halfL - v[1] * halfW,
  ];
  return { u, v, start };
}

function midpoint(line: Float64Array): [number, number] {
  const n = line.length;
  return [(line[0] + line[n - 2]) / 2, (line[1] + line[n - 1]) / 2];
}

const angleDeg = (cos: number) => Math.round((Math.acos(Math.min(1, Math.abs(cos))) * 180) / Math.PI);
