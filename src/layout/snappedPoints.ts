import { jsonPath, type Issue } from '../validation/issue';
import type { LocalFrame } from './geo';
import type { LaneGraph } from './laneGraph';
import type { PlacedPoint } from './layout';
import { projectOntoEdges } from './lanePosition';

/** A point farther than this from every lane is an error: nobody could drive to it. */
export const SNAP_LIMIT_M = 15;

/** Snaps a point feature (unlocking station, charger, parking area) onto the nearest lane. */
export function snapPoint(
  index: number,
  id: string,
  lonLat: readonly number[],
  frame: LocalFrame,
  graph: LaneGraph,
  issues: Issue[],
): PlacedPoint | null {
  const [x, y] = frame.toMetres(lonLat);
  const p = projectOntoEdges(graph, x, y);
  if (p.distanceM <= SNAP_LIMIT_M) return { id, feature: index, x, y, at: { edge: p.edge, offsetM: p.offsetM } };
  issues.push({
    path: jsonPath(['features', index, 'geometry', 'coordinates']),
    expected: `a point within ${SNAP_LIMIT_M} m of a lane`,
    got: p.edge < 0 ? 'no lanes at all' : `${p.distanceM.toFixed(1)} m from the nearest lane`,
  });
  return null;
}
