import { jsonPath, type Issue } from '../validation/issue';
import type { LocalFrame } from './geo';
import type { Lane, LaneGraph } from './laneGraph';
import type { QuayCrane } from './layout';
import { projectOntoEdges } from './lanePosition';
import type { Indexed } from './parseLayoutGeoJson';
import { distanceToPolylineM } from './polyline';

export const CRANE_TO_RAIL_M = 5;

/**
 * Places each quay crane: it must stand on a rail, and vehicles meet it at the point of its own
 * transfer lane nearest to it (that lane is drawn for this crane, so no distance limit applies).
 */
export function placeQuayCranes(
  features: Indexed<'quayCrane'>[],
  frame: LocalFrame,
  rails: Float64Array[],
  transferLaneOf: (craneId: string) => number,
  graph: LaneGraph,
  lanes: Lane[],
  issues: Issue[],
): QuayCrane[] {
  const cranes: QuayCrane[] = [];
  for (const { index, feature } of features) {
    const [x, y] = frame.toMetres(feature.geometry.coordinates);
    if (rails.length > 0) {
      const d = Math.min(...rails.map((r) => distanceToPolylineM(r, x, y)));
      if (d > CRANE_TO_RAIL_M) {
        issues.push({
          path: jsonPath(['features', index, 'geometry', 'coordinates']),
          expected: `a point within ${CRANE_TO_RAIL_M} m of a quayCraneRail`,
          got: `${d.toFixed(1)} m from the nearest`,
        });
      }
    }
    const laneIndex = transferLaneOf(feature.properties.id);
    if (laneIndex < 0 || lanes[laneIndex].edges.length === 0) continue; // reported elsewhere
    const p = projectOntoEdges(graph, x, y, lanes[laneIndex].edges);
    cranes.push({
      id: feature.properties.id,
      berth: feature.properties.berth,
      feature: index,
      x,
      y,
      transferLane: lanes[laneIndex].id,
      transfer: { edge: p.edge, offsetM: p.offsetM },
    });
  }
  return cranes;
}
