import { EXPORT_BLOCK_SPREAD, REHANDLE_RESERVE_STACK_SHARE } from './assumptions';
import type { Box } from './boxes';
import { InvariantError } from './invariantError';
import type { Terminal } from './model';
import type { SlotRef } from './yard/yardStacks';

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

/** Empty stacks a block keeps for moving boxes aside. */
function reserveStacks(t: Terminal, block: number): number {
  const { bays, rows } = t.yard.blocks[block];
  return Math.ceil(REHANDLE_RESERVE_STACK_SHARE * bays * rows);
}

/**
 * A slot for a box of `group` in `block` near `nearBay` that keeps the rehandle reserve: room in
 * the group's own stacks, or an empty stack beyond those promised to `promised` boxes on their
 * way and the reserve. Null if there is none.
 */
export function slotFor(t: Terminal, block: number, group: number, nearBay: number, promised: number): SlotRef | null {
  const { yard } = t;
  const slot = yard.chooseSlot(block, group, nearBay);
  if (slot === null || yard.stackOwner(block, slot.bay, slot.row) === group) return slot;
  const promisedStacks = Math.ceil(promised / yard.blocks[block].tiers);
  return yard.emptyStacks(block) - promisedStacks > reserveStacks(t, block) ? slot : null;
}

/** Whether `block` can promise `count` more boxes of `group` beyond the boxes already promised. */
export function canTake(t: Terminal, block: number, group: number, count: number): boolean {
  const promised = t.yardReserved[block];
  return t.yard.freeSlots(block) - promised >= count && slotFor(t, block, group, 0, promised + count - 1) !== null;
}

/**
 * A block for `count` more boxes of `group`, with their slots reserved: the nearest block to
 * `crane` that can take them, or, with `spread` > 1, the least busy (yard crane queue) of the
 * `spread` nearest that can, so one vessel's discharge does not queue at one block's cranes.
 */
export function reserveNear(t: Terminal, crane: number, count: number, group: number, spread = 1): number {
  let best = -1;
  let bestLoad = Infinity;
  let seen = 0;
  for (const block of t.blocksByCrane[crane]) {
    if (!canTake(t, block, group, count)) continue;
    const load = t.yardCranes[block].reduce((sum, c) => sum + c.resource.count + c.resource.queueLength, 0);
    if (load < bestLoad) [best, bestLoad] = [block, load];
    if (++seen >= spread) break;
  }
  if (best < 0) throw new InvariantError(t.sim.now, `the yard is full: no block has room for ${count} more box(es) beyond its rehandle reserve (${t.yard.occupied} of ${t.yard.slots} slots used)`);
  t.yardReserved[best] += count;
  return best;
}

/** The bay a box of `group` promised to `block` would go to now, near the least busy yard crane's zone; -1 if none. */
export function bayFor(t: Terminal, block: number, group: number): number {
  return slotFor(t, block, group, zoneMiddle(t, block), t.yardReserved[block] - 1)?.bay ?? -1;
}

function zoneMiddle(t: Terminal, block: number): number {
  const cranes = t.yardCranes[block];
  let best = cranes[0];
  for (const c of cranes) if (c.resource.count + c.resource.queueLength < best.resource.count + best.resource.queueLength) best = c;
  return (best.fromBay + best.toBay - 1) >> 1;
}

/**
 * A block for one export of `call` (delivered by gate, or in the yard at the start), its slot
 * reserved: of the EXPORT_BLOCK_SPREAD nearest blocks to the call's planned crane that can take it,
 * the one holding fewest of this call's exports so far (ties: the nearer).
 */
export function reserveForExport(t: Terminal, call: number, group: number): number {
  const crane = t.calls[call].plannedCrane;
  let counts = t.exportsByBlock.get(call);
  if (counts === undefined) t.exportsByBlock.set(call, (counts = new Int32Array(t.layout.blocks.length)));
  let best = -1;
  let seen = 0;
  for (const block of t.blocksByCrane[crane]) {
    if (!canTake(t, block, group, 1)) continue;
    if (best < 0 || counts[block] < counts[best]) best = block;
    if (++seen >= EXPORT_BLOCK_SPREAD) break;
  }
  if (best < 0) return reserveNear(t, crane, 1, group); // the yard is full: reserveNear says so
  counts[best]++;
  t.yardReserved[best]++;
  return best;
}
