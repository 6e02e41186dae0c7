import type { Lane, LaneGraph, LanePosition } from './laneGraph';
import type { GateLane, KeyPoint, KeyPointKind, PlacedPoint, QuayCrane, YardBlock } from './layout';
import { lanePoint } from './lanePosition';

/**
 * The places dispatch cares about, in a fixed order (cranes, blocks sea then land, unlocking
 * stations, chargers, parking areas, gate lanes; each in file order) so the travel table's rows
 * never move between runs.
 */
export function collectKeyPoints(
  graph: LaneGraph,
  lanes: Lane[],
  parts: {
    quayCranes: QuayCrane[];
    blocks: YardBlock[];
    unlockingStations: PlacedPoint[];
    chargers: PlacedPoint[];
    parkings: PlacedPoint[];
    gateLanes: GateLane[];
  },
): KeyPoint[] {
  const out: KeyPoint[] = [];
  const add = (id: string, kind: KeyPointKind, feature: number, at: LanePosition) => {
    const [x, y] = lanePoint(graph, at);
    out.push({ id, kind, feature, at, x, y });
  };
  const laneFeature = (kind: Lane['kind'], id: string) => lanes.find((l) => l.kind === kind && l.id === id)?.feature ?? -1;
  for (const c of parts.quayCranes) add(`transfer:${c.id}`, 'transfer', laneFeature('transferLane', c.transferLane), c.transfer);
  for (const b of parts.blocks) {
    for (const side of ['sea', 'land'] as const) {
      const lane = lanes[b.handoverLanes[side]];
      add(`handover:${b.id}:${side}`, 'handover', lane.feature, { edge: lane.edges[0], offsetM: 0 });
    }
  }
  for (const p of parts.unlockingStations) add(`unlocking:${p.id}`, 'unlocking', p.feature, p.at);
  for (const p of parts.chargers) add(`charger:${p.id}`, 'charger', p.feature, p.at);
  for (const p of parts.parkings) add(`parking:${p.id}`, 'parking', p.feature, p.at);
  for (const g of parts.gateLanes) add(`gate:${g.id}`, 'gate', g.feature, g.at);
  return out;
}
