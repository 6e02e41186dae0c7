/**
 * Pre-marshalling (`yard.housekeeping` "pre-marshal"): in a yard crane's idle time, lift a box that
 * buries one due to leave soon onto a stack where it buries none, so the truck that comes for the
 * buried box finds it on top. It costs crane time now and saves a rehandle later, when a truck waits.
 */

import { NONE, firstRowOf, leaveLaterStacks, stackPlace } from './stackChoice';
import { FREE } from './yardState';
import type { YardStacks } from './yardStacks';

export interface HousekeepingMove {
  box: number;
  fromBay: number;
  toBay: number;
  toRow: number;
}

/**
 * The next pre-marshalling move in bays [fromBay, toBay) of `block`, or null if there is none. Of
 * the stacks holding a box due to leave before `horizonS` (its leave time known) under a box that
 * leaves later (unknown counts as later), the one whose due box leaves first; its top box goes to a
 * stack of its group in the range whose boxes all leave no earlier than it (the tightest such), else
 * to an empty stack in the range (the nearest bay) if the block has more than `keepEmpty` empty stacks.
 * Stacks whose top cannot move anywhere are passed over. Deterministic: ties to the lower stack.
 */
export function preMarshalMove(yard: YardStacks, block: number, fromBay: number, toBay: number, horizonS: number, keepEmpty: number): HousekeepingMove | null {
  const { layout, state } = yard;
  const { bays, rows } = layout.blocks[block];
  // one pass for the most urgent stack; the others are listed only if its top has nowhere to go
  const candidates: { stack: number; dueS: number }[] = [];
  let best = NONE;
  let bestDueS = Infinity;
  for (let bay = Math.max(0, fromBay); bay < Math.min(bays, toBay); bay++) {
    for (let row = 0; row < rows; row++) {
      const stack = layout.stackIndex(block, bay, row);
      const dueS = state.buriedDueS[stack]; // the earliest known leave under a later (or unknown) box
      if (!(dueS < horizonS)) continue;
      candidates.push({ stack, dueS });
      if (dueS < bestDueS) [best, bestDueS] = [stack, dueS];
    }
  }
  if (best !== NONE) {
    const move = moveFor(yard, block, best, fromBay, toBay, keepEmpty);
    if (move !== null) return move;
  }
  candidates.sort((a, b) => a.dueS - b.dueS || a.stack - b.stack);
  for (const { stack } of candidates) {
    if (stack === best) continue;
    const move = moveFor(yard, block, stack, fromBay, toBay, keepEmpty);
    if (move !== null) return move;
  }
  return null;
}

/** Where the top box of `stack` may go (see preMarshalMove), or null if nowhere. */
function moveFor(yard: YardStacks, block: number, stack: number, fromBay: number, toBay: number, keepEmpty: number): HousekeepingMove | null {
  const { layout, state } = yard;
  const { bays } = layout.blocks[block];
  const { bay, row } = stackPlace(layout, block, stack);
  const top = state.slotBox[layout.slotIndex(block, bay, row, state.stackHeight[stack] - 1)];
  const leave = state.boxLeaveS[top];
  const group = state.boxGroup[top];
  const { fit } = leaveLaterStacks(layout, state, block, group, Number.isNaN(leave) ? Infinity : leave, bay, stack);
  if (fit !== NONE) {
    const to = stackPlace(layout, block, fit);
    if (to.bay >= fromBay && to.bay < toBay) return { box: top, fromBay: bay, toBay: to.bay, toRow: to.row };
  }
  if (yard.emptyStacks(block) <= keepEmpty) return null;
  for (let d = 0; d < bays; d++) {
    for (const b of d === 0 ? [bay] : [bay - d, bay + d]) {
      if (b < fromBay || b >= toBay || b < 0 || b >= bays) continue;
      const r = firstRowOf(layout, state, block, b, FREE, NONE);
      if (r !== NONE) return { box: top, fromBay: bay, toBay: b, toRow: r };
    }
  }
  return null;
}
