/**
 * Which stack a box goes to, for storing and for rehandling. Stacks, not bays, belong to groups, so one
 * bay holds several groups and the block is full for a group only when it has neither a stack of its own
 * with room nor an empty stack. All searches read the per-group open-stack lists and per-bay counts of
 * empty stacks (see YardState) rather than every stack of the block: this runs on each store and rehandle.
 */

import type { YardLayout } from './yardLayout';
import type { YardState } from './yardState';

export const NONE = -1;

/**
 * The group's stack with room in the bay nearest to nearBay (ties to the lower bay); within that bay the
 * lowest (fewest boxes), ties to the lower row. Bay `skipBay` (or NONE) is never chosen. Stack index or NONE.
 */
export function nearestOwnStack(
  layout: YardLayout,
  state: YardState,
  block: number,
  group: number,
  nearBay: number,
  skipBay: number,
): number {
  const list = state.openStacks[block].get(group);
  if (list === undefined) return NONE;
  const { rows } = layout.blocks[block];
  const base = layout.stackBase[block];
  let best = NONE;
  let bestDistance = Infinity;
  let bestBay = 0;
  let bestHeight = 0;
  for (let i = 0; i < list.length; i++) {
    const stack = list[i];
    const local = stack - base;
    const row = local % rows;
    const bay = (local - row) / rows;
    if (bay === skipBay) continue;
    const distance = Math.abs(bay - nearBay);
    const height = state.stackHeight[stack];
    // same bay and height: the lower stack index is the lower row
    const better =
      best === NONE ||
      distance < bestDistance ||
      (distance === bestDistance &&
        (bay < bestBay || (bay === bestBay && (height < bestHeight || (height === bestHeight && stack < best)))));
    if (better) {
      best = stack;
      bestDistance = distance;
      bestBay = bay;
      bestHeight = height;
    }
  }
  return best;
}

/**
 * The bay nearest to nearBay with an empty stack, skipping `skipBay` (or NONE); NONE if there is none.
 * Of two equally near bays (one each side), the one where `preferGroup` owns a stack, else the lower;
 * pass NONE as preferGroup for plain "ties to the lower bay".
 */
export function nearestBayWithEmptyStack(
  layout: YardLayout,
  state: YardState,
  block: number,
  nearBay: number,
  skipBay: number,
  preferGroup: number,
): number {
  const { bays } = layout.blocks[block];
  const base = layout.bayBase[block];
  let lower = NONE;
  let upper = NONE; // an equally near bay above `lower`, if any
  let bestDistance = Infinity;
  // strict `<` keeps the lower of two equally near bays in `lower`
  for (let bay = 0; bay < bays; bay++) {
    if (bay === skipBay || state.bayEmptyStacks[base + bay] === 0) continue;
    const distance = Math.abs(bay - nearBay);
    if (distance < bestDistance) {
      lower = bay;
      upper = NONE;
      bestDistance = distance;
    } else if (distance === bestDistance) {
      upper = bay;
    }
  }
  if (upper !== NONE && preferGroup !== NONE) {
    if (!ownsStackIn(layout, state, block, lower, preferGroup) && ownsStackIn(layout, state, block, upper, preferGroup)) {
      return upper;
    }
  }
  return lower;
}

/** The lowest row of the bay, other than skipRow, whose stack is `owner`'s and has room (owner FREE: is empty). */
export function firstRowOf(
  layout: YardLayout,
  state: YardState,
  block: number,
  bay: number,
  owner: number,
  skipRow: number,
): number {
  const { rows, tiers } = layout.blocks[block];
  const base = layout.stackIndex(block, bay, 0);
  for (let row = 0; row < rows; row++) {
    if (row !== skipRow && state.stackOwner[base + row] === owner && state.stackHeight[base + row] < tiers) return row;
  }
  return NONE;
}

function ownsStackIn(layout: YardLayout, state: YardState, block: number, bay: number, group: number): boolean {
  const { rows } = layout.blocks[block];
  const base = layout.stackIndex(block, bay, 0);
  for (let row = 0; row < rows; row++) if (state.stackOwner[base + row] === group) return true;
  return false;
}

/**
 * Slots that boxes of `group` lifted off the stack at (bay, row) could go to: the group's other stacks
 * with room and the block's empty stacks. Stops counting once `needed` is reached.
 */
export function rehandleRoom(
  layout: YardLayout,
  state: YardState,
  block: number,
  bay: number,
  row: number,
  group: number,
  needed: number,
): number {
  const { bays, tiers } = layout.blocks[block];
  const source = layout.stackIndex(block, bay, row);
  let room = 0;
  const list = state.openStacks[block].get(group) ?? [];
  for (let i = 0; i < list.length && room < needed; i++) {
    if (list[i] !== source) room += tiers - state.stackHeight[list[i]];
  }
  const base = layout.bayBase[block];
  for (let b = 0; b < bays && room < needed; b++) room += state.bayEmptyStacks[base + b] * tiers;
  return room;
}

/** Where the stack is in its block, from its global index. */
export function stackPlace(layout: YardLayout, block: number, stack: number): { bay: number; row: number } {
  const { rows } = layout.blocks[block];
  const local = stack - layout.stackBase[block];
  const row = local % rows;
  return { bay: (local - row) / rows, row };
}

/** When the first of the stack's boxes is expected to leave, s; Infinity for an empty stack or unknown times. */
export function stackFirstLeaveS(layout: YardLayout, state: YardState, block: number, stack: number): number {
  const { tiers } = layout.blocks[block];
  const first = layout.slotBase[block] + (stack - layout.stackBase[block]) * tiers;
  let min = Infinity;
  for (let k = 0; k < state.stackHeight[stack]; k++) {
    const leave = state.boxLeaveS[state.slotBox[first + k]];
    if (leave < min) min = leave; // NaN never compares less: unknown counts as late
  }
  return min;
}

/**
 * The group's stacks with room (other than `skipStack`) judged for a box expected to leave at
 * `leaveS`, by the leave-later rule: `fit` is the stack whose boxes all leave no earlier than it
 * (so it will not be dug out for them), the one whose first box leaves soonest (the tightest fit,
 * keeping late stacks for later boxes); `leastBad` the stack whose first box leaves latest, for when
 * nothing fits. Ties: nearer bay to nearBay, then lower stack. NONE when there is no candidate.
 */
export function leaveLaterStacks(
  layout: YardLayout,
  state: YardState,
  block: number,
  group: number,
  leaveS: number,
  nearBay: number,
  skipStack: number,
): { fit: number; leastBad: number } {
  let fit = NONE;
  let fitLeave = Infinity;
  let fitDistance = Infinity;
  let leastBad = NONE;
  let badLeave = -Infinity;
  let badDistance = Infinity;
  const list = state.openStacks[block].get(group);
  if (list === undefined) return { fit, leastBad };
  for (const stack of list) {
    if (stack === skipStack) continue;
    const first = stackFirstLeaveS(layout, state, block, stack);
    const distance = Math.abs(stackPlace(layout, block, stack).bay - nearBay);
    if (first >= leaveS) {
      if (first < fitLeave || (first === fitLeave && (distance < fitDistance || (distance === fitDistance && stack < fit)))) {
        [fit, fitLeave, fitDistance] = [stack, first, distance];
      }
    } else if (first > badLeave || (first === badLeave && (distance < badDistance || (distance === badDistance && stack < leastBad)))) {
      [leastBad, badLeave, badDistance] = [stack, first, distance];
    }
  }
  return { fit, leastBad };
}
