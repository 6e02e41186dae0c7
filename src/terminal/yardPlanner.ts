import { EXPORT_BLOCK_SPREAD, IMPORT_BLOCK_SPREAD, REHANDLE_RESERVE_STACK_SHARE } from './assumptions';
import type { Box } from './boxes';
import { InvariantError } from './invariantError';
import type { Terminal, VesselCall } from './model';
import { cranesWanted } from './quay/craneAssignment';
import type { SlotRef } from './yard/yardStacks';
import type { YardCrane } from './yardCranes';

/** What of a box decides its stacking group. */
export type GroupedBox = Pick<Box, 'flow' | 'fromCall' | 'toCall' | 'weightClass' | 'destination' | 'feet' | 'pickupKnown' | 'pickupS'> & { id?: number };

/**
 * The box's stacking group (boxes of one group share stacks, no other box goes on them), by the
 * scenario's policies (see docs/model.md):
 * - imports: by pickup day when `pickup-day` stacking and the appointment is known at discharge,
 *   else by the call that discharged them;
 * - exports and transshipment boxes: the category (call, port of discharge, weight class, size)
 *   under `category` stacking, else call and weight class.
 */
export function groupOf(terminal: Terminal, box: GroupedBox): number {
  const { importStacking, exportStacking } = terminal.scenario.yard;
  let key: string;
  if (box.flow === 'import') {
    key = importStacking === 'pickup-day' && box.pickupKnown && Number.isFinite(box.pickupS) ? `import:day:${Math.floor(box.pickupS / 86400)}` : `import:${box.fromCall}`;
  } else if (exportStacking === 'category' && box.id !== undefined && terminal.mixedLoads.has(box.id)) {
    key = `load:${box.toCall}:mixed`;
    const groups = terminal.yardGroups;
    if (!groups.has(key)) {
      groups.set(key, groups.size);
      terminal.mixedGroups.add(groups.size - 1);
    }
  } else {
    key = categoryKey(terminal, box);
  }
  const groups = terminal.yardGroups;
  let id = groups.get(key);
  if (id === undefined) groups.set(key, (id = groups.size));
  return id;
}

/** A load box's category group id (its stacking group unless it went to its call's mixed stacks). */
export function categoryGroupOf(terminal: Terminal, box: GroupedBox): number {
  return groupOf(terminal, { ...box, id: undefined });
}

const categoryKey = (t: Terminal, box: GroupedBox) =>
  t.scenario.yard.exportStacking === 'category' ? `load:${box.toCall}:${box.destination}:${box.weightClass}:${box.feet}` : `load:${box.toCall}:${box.weightClass}`;

/**
 * When the yard expects the box to leave, for the leave-later rules: its pickup appointment when
 * that is known at discharge; NaN otherwise (an unbooked import, a box leaving by vessel), for which
 * the yard stacks by nearest room: an unknown pickup is as likely early as late.
 */
export function expectedLeaveS(t: Terminal, box: Box): number {
  if (t.scenario.yard.importStacking !== 'pickup-day') return NaN;
  return box.flow === 'import' && box.pickupKnown && Number.isFinite(box.pickupS) ? box.pickupS : NaN;
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

/**
 * Empty stacks a block keeps for moving boxes aside. A call's mixed stacks, the last resort of a
 * fragmented yard, may use half of them: a dig needs at most a stack's height of room.
 */
function reserveStacks(t: Terminal, block: number, group = -1): number {
  const { bays, rows } = t.yard.blocks[block];
  return Math.ceil(REHANDLE_RESERVE_STACK_SHARE * bays * rows * (t.mixedGroups.has(group) ? 0.5 : 1));
}

/**
 * A slot for a box of `group` in `block` near `nearBay` that keeps the rehandle reserve: room in
 * the group's own stacks, or an empty stack beyond those promised to `promised` boxes on their
 * way and the reserve. With the box's leave time known, by the leave-later rule (a stack it buries
 * no earlier box in, an empty stack, else the group's stack whose first box leaves latest). Null
 * if there is none.
 */
export function slotFor(t: Terminal, block: number, group: number, nearBay: number, promised: number, leaveS = NaN): SlotRef | null {
  const { yard } = t;
  const slot = yard.chooseSlot(block, group, nearBay, leaveS);
  if (slot === null || yard.stackOwner(block, slot.bay, slot.row) === group) return slot;
  const promisedStacks = Math.ceil(promised / yard.blocks[block].tiers);
  if (yard.emptyStacks(block) - promisedStacks > reserveStacks(t, block, group)) return slot;
  return Number.isNaN(leaveS) ? null : yard.leastBadSlot(block, group, nearBay, leaveS);
}

/** Whether `block` can promise `count` more boxes of `group` beyond the boxes already promised. */
export function canTake(t: Terminal, block: number, group: number, count: number): boolean {
  const promised = t.yardReserved[block];
  return t.yard.freeSlots(block) - promised >= count && slotFor(t, block, group, 0, promised + count - 1) !== null;
}

/** A yard crane's requests in service and queued for it. */
const craneLoad = (c: YardCrane): number => c.resource.count + c.resource.queueLength;

/** Work waiting for a block's yard cranes: requests in service and queued, and boxes promised to it. */
export function blockWork(t: Terminal, block: number): number {
  let work = t.yardReserved[block];
  for (const c of t.yardCranes[block]) work += craneLoad(c);
  return work;
}

/**
 * A block for `count` more boxes of `group`, with their slots reserved: of the `spread` blocks
 * nearest to `crane` that can take them, the one whose cranes have least work (see blockWork;
 * ties: the nearer), so one vessel's discharge does not queue at one block's cranes.
 */
export function reserveNear(t: Terminal, crane: number, count: number, group: number, spread = 1): number {
  const best = nearestTaking(t, crane, count, group, spread);
  if (best < 0) {
    throw new InvariantError(
      t.sim.now,
      `the yard is full for ${count} more box(es): no block has room for them beyond its rehandle reserve (${t.yard.occupied} of ${t.yard.slots} slots used; ` +
        `a new stacking group needs an empty stack, and the free slots may all be on other groups' stacks: a yard this small or this full needs coarser stacking, e.g. yard.exportStacking "call-weight" or yard.importStacking "by-call")`,
    );
  }
  t.yardReserved[best] += count;
  return best;
}

/** reserveNear's choice without reserving: -1 if no block can take them. */
function nearestTaking(t: Terminal, crane: number, count: number, group: number, spread: number): number {
  let best = -1;
  let bestWork = Infinity;
  let seen = 0;
  for (const block of t.blocksByCrane[crane]) {
    if (!canTake(t, block, group, count)) continue;
    const work = blockWork(t, block);
    if (work < bestWork) [best, bestWork] = [block, work];
    if (++seen >= spread) break;
  }
  return best;
}

/** Discharged boxes spread over this many blocks nearest their crane: the berth plan's share of one crane, at least IMPORT_BLOCK_SPREAD. */
export function dischargeSpread(t: Terminal): number {
  if (t.scenario.yard.exportPlanning !== 'berth-plan') return IMPORT_BLOCK_SPREAD;
  return Math.max(IMPORT_BLOCK_SPREAD, Math.ceil(perQuayCrane(t) / t.scenario.yard.cranesPerBlock));
}

const perQuayCrane = (t: Terminal) => t.scenario.yard.yardCranesPerQuayCrane ?? 2;

/** The bay a box of `group` promised to `block` would go to now, near the least busy yard crane's zone; -1 if none. */
export function bayFor(t: Terminal, block: number, group: number, leaveS = NaN): number {
  return slotFor(t, block, group, zoneMiddle(t, block), t.yardReserved[block] - 1, leaveS)?.bay ?? -1;
}

function zoneMiddle(t: Terminal, block: number): number {
  const cranes = t.yardCranes[block];
  let best = cranes[0];
  for (const c of cranes) if (craneLoad(c) < craneLoad(best)) best = c;
  return (best.fromBay + best.toBay - 1) >> 1;
}

/**
 * The call's export blocks, nearest its berth first. `berth-plan`: the blocks nearest the middle of
 * its berth (where it berthed, or else its planned position), as many as give `yardCranesPerQuayCrane`
 * yard cranes to each quay crane it is planned to get; `planned-crane`: the EXPORT_BLOCK_SPREAD
 * nearest its planned crane. Kept until the call berths, then planned again from where it berthed.
 */
export function exportBlocks(t: Terminal, call: VesselCall): readonly number[] {
  const berthed = !Number.isNaN(call.berthS);
  if (call.yardPlan !== null && call.yardPlan.berthed === berthed) return call.yardPlan.blocks;
  let crane = call.plannedCrane;
  let count = EXPORT_BLOCK_SPREAD;
  if (t.scenario.yard.exportPlanning === 'berth-plan') {
    const x = berthed ? (call.fromM + call.toM) / 2 : Number.isNaN(call.plan.positionM) ? t.layout.quayCranes[call.plannedCrane].x : call.plan.positionM + call.plan.lengthM / 2;
    crane = nearestCraneHome(t, x);
    count = Math.ceil((perQuayCrane(t) * cranesWanted(t, call)) / t.scenario.yard.cranesPerBlock);
  }
  const blocks = t.blocksByCrane[crane].slice(0, Math.max(1, count));
  const changed = call.yardPlan !== null && call.yardPlan.blocks.join() !== blocks.join();
  call.yardPlan = { berthed, blocks, crane };
  if (changed) t.trace?.({ t: t.sim.now, event: 'yardReplan', call: call.id, blocks: blocks.map((b) => t.yard.blocks[b].id) });
  return blocks;
}

/** The quay crane whose home (t = 0 position) is nearest x; ties to the lower index. */
function nearestCraneHome(t: Terminal, x: number): number {
  let best = 0;
  t.layout.quayCranes.forEach((c, i) => {
    if (Math.abs(c.x - x) < Math.abs(t.layout.quayCranes[best].x - x)) best = i;
  });
  return best;
}

/**
 * A block for `boxes` of `call` (exports by gate, or in the yard at the start; transshipment boxes
 * discharged for it), their slots reserved: the block its truck booked if it can take them; else of
 * the call's export blocks that can, one where their group has a stack with room, and among those
 * the one holding fewest of this call's boxes so far (ties: the nearer); else the nearest other
 * block that can. If none can, under category stacking, the yard is too fragmented for one more
 * stack of the category: the boxes go to their call's mixed stacks (any category, digging on
 * retrieval, as terminals do when space runs short) by the same rule; failing that the yard is full.
 */
export function reserveForLoads(t: Terminal, call: number, boxes: readonly Box[], bookedBlock = -1): number {
  let block = reserveInPlan(t, call, groupOf(t, boxes[0]), boxes.length, bookedBlock);
  if (block < 0 && t.scenario.yard.exportStacking === 'category') {
    for (const box of boxes) t.mixedLoads.add(box.id);
    block = reserveInPlan(t, call, groupOf(t, boxes[0]), boxes.length, bookedBlock);
  }
  // nothing can take them: reserveNear says so, naming the yard's fill
  return block >= 0 ? block : reserveNear(t, t.calls[call].yardPlan!.crane, boxes.length, groupOf(t, boxes[0]));
}

/** reserveForLoads' rule for one group; -1 (nothing reserved) if no block can take them. */
function reserveInPlan(t: Terminal, call: number, group: number, count: number, bookedBlock: number): number {
  const plan = exportBlocks(t, t.calls[call]);
  let counts = t.exportsByBlock.get(call);
  if (counts === undefined) t.exportsByBlock.set(call, (counts = new Int32Array(t.layout.blocks.length)));
  let best = bookedBlock >= 0 && canTake(t, bookedBlock, group, count) ? bookedBlock : -1;
  // a stack of the group with room first, so a category fills its stacks rather than opening one in every block
  let bestOwn = false;
  if (best < 0) {
    for (const block of plan) {
      if (!canTake(t, block, group, count)) continue;
      const own = t.yard.state.openStacks[block].has(group);
      if (best < 0 || (own && !bestOwn) || (own === bestOwn && counts[block] < counts[best])) [best, bestOwn] = [block, own];
    }
  }
  if (best < 0) best = nearestTaking(t, t.calls[call].yardPlan!.crane, count, group, 1);
  if (best < 0) return -1;
  t.yardReserved[best] += count;
  counts[best] += count;
  return best;
}
