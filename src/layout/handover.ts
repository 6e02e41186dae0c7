import type { LanePosition } from './laneGraph';
import type { Layout } from './layout';
import { positionAlongLane } from './lanePosition';

/**
 * Where a vehicle stands to hand over a box of bay `bay` (0-based) of a block: at
 * (bay + ½) / bays of the way along that side's handover lane (docs/layout-format.md).
 */
export function handoverPosition(
  layout: Pick<Layout, 'blocks' | 'lanes' | 'graph'>,
  blockId: string,
  side: 'sea' | 'land',
  bay: number,
): LanePosition {
  const block = layout.blocks.find((b) => b.id === blockId);
  if (block === undefined) throw new RangeError(`no yard block ${JSON.stringify(blockId)}`);
  if (!Number.isInteger(bay) || bay < 0 || bay >= block.bays) {
    throw new RangeError(`bay ${bay} is outside block ${blockId} (bays 0 to ${block.bays - 1})`);
  }
  const lane = layout.lanes[block.handoverLanes[side]];
  return positionAlongLane(layout.graph, lane, ((bay + 0.5) / block.bays) * lane.lengthM);
}
