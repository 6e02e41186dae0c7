import { REHANDLE_RESERVE_SLOTS_PER_BAY } from './assumptions';
import type { Box } from './boxes';
import { InvariantError } from './invariantError';
import type { Terminal } from './model';

/**
 * Where boxes go in the yard (the default policy): imports grouped by vessel call, exports and
 * transshipment boxes grouped by the call that loads them and weight class, each in the block
 * nearest the quay crane concerned that has room.
 */
export function groupOf(terminal: Terminal, box: Pick<Box, 'flow' | 'fromCall' | 'toCall' | 'weightClass'>): number {
  const key = box.flow === 'import' ? `import:${box.fromCall}` : `load:${box.toCall}:${box.weightClass}`;
  const groups = terminal.yardGroups;
  let id = groups.get(key);
  if (id === undefined) groups.set(key, (id = groups.size));
  return id;
}

/** Blocks by driving distance from each quay crane's transfer point to their sea side, nearest first. */
export function blocksByCrane(t: Pick<Terminal, 'layout' | 'roads'>, cranePlaces: readonly { keyPoint: number }[]): number[][] {
  const { travel, keyPoints, blocks } = t.layout;
  const n = keyPoints.length;
  return cranePlaces.map(({ keyPoint }) => {
    const dist = blocks.map((b) => travel.distanceM[keyPoint * n + t.roads.place(`handover:${b.id}:sea`).keyPoint]);
    return dist.map((_, i) => i).sort((a, b) => dist[a] - dist[b] || a - b);
  });
}

/** Slots a block can still promise: free, minus those promised, minus the reserve for rehandles. */
export function spareSlots(t: Terminal, block: number): number {
  const shape = t.yard.blocks[block];
  return t.yard.freeSlots(block) - t.yardReserved[block] - shape.bays * REHANDLE_RESERVE_SLOTS_PER_BAY;
}

/**
 * The nearest block to `crane` that can take `count` more boxes of `group` (room beyond its
 * promises and rehandle reserve, and a bay the group may use), with the slots reserved.
 */
export function reserveNear(t: Terminal, crane: number, count: number, group: number): number {
  for (const block of t.blocksByCrane[crane]) {
    if (spareSlots(t, block) >= count && t.yard.chooseSlot(block, group, 0) !== null) {
      t.yardReserved[block] += count;
      return block;
    }
  }
  throw new InvariantError(t.sim.now, `the yard is full: no block has room for ${count} more box(es) (${t.yard.occupied} of ${t.yard.slots} slots used)`);
}

/** The bay a box of `group` would go to in `block` now (near the least busy yard crane's zone); -1 if none. */
export function bayFor(t: Terminal, block: number, group: number): number {
  const cranes = t.yardCranes[block];
  let best = cranes[0];
  for (const c of cranes) if (c.resource.count + c.resource.queueLength < best.resource.count + best.resource.queueLength) best = c;
  return t.yard.chooseSlot(block, group, (best.fromBay + best.toBay - 1) >> 1)?.bay ?? -1;
}
