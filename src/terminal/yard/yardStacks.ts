/**
 * The yard's stacks: where each box sits, which group owns each stack, and what retrieving a buried box
 * costs in rehandles. Groups own stacks (bay, row), not whole bays, as real terminals segregate: with a
 * group per vessel call and weight class, owning whole bays left every bay of a block owned while
 * thousands of slots were free. State lives in typed arrays and short per-group lists (see YardState)
 * because the simulation stores and retrieves ~100,000 boxes a simulated week.
 *
 * Positions are 0-based (tier 0 is the ground), in messages as well: `block "A1" bay 3, row 2, tier 1`.
 */

import { NONE, firstRowOf, leaveLaterStacks, nearestBayWithEmptyStack, nearestOwnStack, rehandleRoom, stackPlace } from './stackChoice';
import { YardLayout, boxCount, type SlotRef, type YardBlockShape } from './yardLayout';
import { yardProblems } from './yardProblems';
import { EMPTY, FREE, NOWHERE, YardState } from './yardState';

export type { SlotRef, YardBlockShape } from './yardLayout';

export interface Rehandle {
  box: number;
  from: SlotRef;
  to: SlotRef;
}

export interface Retrieval {
  from: SlotRef;
  rehandles: Rehandle[];
}

/**
 * Where boxes lifted aside in a dig go: `nearest` (the group's own room first, then empty stacks,
 * nearest first) or `leave-later` (a stack whose boxes all leave after the box, so it is not dug
 * out for them, before an empty stack; see leaveLaterStacks).
 */
export type RehandlePlacement = 'nearest' | 'leave-later';

const isId = (n: number) => Number.isInteger(n) && n >= 0;

export class YardStacks {
  readonly layout: YardLayout;
  /** The typed arrays behind the stacks; public for invariant tests, which corrupt them on purpose. */
  readonly state: YardState;

  constructor(blocks: readonly YardBlockShape[]) {
    this.layout = new YardLayout(blocks);
    this.state = new YardState(this.layout);
  }

  get blocks(): readonly YardBlockShape[] {
    return this.layout.blocks;
  }

  /** Total slots of all blocks. */
  get slots(): number {
    return this.layout.slots;
  }

  /** Boxes in the yard. */
  get occupied(): number {
    return this.state.occupied;
  }

  freeSlots(block: number): number {
    this.layout.checkBlock(block, 'freeSlots');
    const { bays, rows, tiers } = this.layout.blocks[block];
    return bays * rows * tiers - this.state.blockBoxes[block];
  }

  /** Empty stacks of a block: where boxes of any group, and boxes moved aside, can go. */
  emptyStacks(block: number): number {
    this.layout.checkBlock(block, 'emptyStacks');
    const first = this.layout.bayIndex(block, 0);
    let n = 0;
    for (let b = first; b < first + this.layout.blocks[block].bays; b++) n += this.state.bayEmptyStacks[b];
    return n;
  }

  /**
   * A slot for a new box of `group` in `block`, or null when the block has no room for it. Changes nothing.
   * 1. A stack of the group with room: in the bay nearest to nearBay (ties to the lower bay); within that
   *    bay the lowest stack (fewest boxes), ties to the lower row. Filling its own stacks first keeps a
   *    group in few stacks and leaves empty stacks for other groups.
   * 2. Else an empty stack, in the bay nearest to nearBay that has one. Of two equally near bays (one on
   *    each side), the one where the group already owns a stack (its boxes stay together), and if both or
   *    neither, the lower bay. Within the bay the lowest-numbered empty row.
   * 3. Else null: the block is full, or its only room is on other groups' stacks.
   */
  chooseSlot(block: number, group: number, nearBay: number, leaveS = NaN): SlotRef | null {
    const { layout, state } = this;
    layout.checkBlock(block, 'chooseSlot');
    if (!isId(group)) throw new RangeError(`chooseSlot: group must be a non-negative integer, got ${group}`);
    if (!Number.isFinite(nearBay)) throw new RangeError(`chooseSlot: nearBay must be a finite number, got ${nearBay}`);
    // with the box's leave time known: only a stack it will not bury an earlier box in comes first
    const own = Number.isNaN(leaveS) ? nearestOwnStack(layout, state, block, group, nearBay, NONE) : leaveLaterStacks(layout, state, block, group, leaveS, nearBay, NONE).fit;
    if (own !== NONE) return this.topOf(block, own);
    const bay = nearestBayWithEmptyStack(layout, state, block, nearBay, NONE, group);
    if (bay !== NONE) return { block, bay, row: firstRowOf(layout, state, block, bay, FREE, NONE), tier: 0 };
    return Number.isNaN(leaveS) ? null : this.leastBadSlot(block, group, nearBay, leaveS);
  }

  /**
   * With leave times: the group's stack with room whose first box leaves latest (the least harm when
   * no stack fits and no empty stack may be opened); null if the group has no stack with room.
   */
  leastBadSlot(block: number, group: number, nearBay: number, leaveS: number): SlotRef | null {
    const { leastBad, fit } = leaveLaterStacks(this.layout, this.state, block, group, leaveS, nearBay, NONE);
    const stack = fit !== NONE ? fit : leastBad;
    return stack === NONE ? null : this.topOf(block, stack);
  }

  /**
   * The box on top of the group's stack nearest to nearBay among bays [fromBay, toBay) (ties to the
   * lower stack), or -1 if the group has no box there. A group's stacks hold only its boxes, so this
   * is a box of the group that comes out without a rehandle: category retrieval.
   */
  topOfGroup(block: number, group: number, nearBay: number, fromBay = 0, toBay = Infinity): number {
    const { layout, state } = this;
    const list = state.ownedStacks[block].get(group);
    if (list === undefined) return -1;
    let best = NONE;
    let bestDistance = Infinity;
    for (const stack of list) {
      const bay = stackPlace(layout, block, stack).bay;
      if (bay < fromBay || bay >= toBay) continue;
      const distance = Math.abs(bay - nearBay);
      if (distance < bestDistance || (distance === bestDistance && stack < best)) [best, bestDistance] = [stack, distance];
    }
    if (best === NONE) return -1;
    const { tiers } = layout.blocks[block];
    return state.slotBox[layout.slotBase[block] + (best - layout.stackBase[block]) * tiers + state.stackHeight[best] - 1];
  }

  /**
   * Moves `box`, which must be on top of its stack, onto the stack at (bay, row) of the same block,
   * which must be its group's or empty and have room (housekeeping). Returns the move; throws,
   * changing nothing, if that would break the yard's rules.
   */
  relocate(box: number, bay: number, row: number): Rehandle {
    const { layout, state } = this;
    const from = this.locate(box);
    if (from === null) throw new Error(`cannot relocate box ${box}: it is not in the yard`);
    const { block } = from;
    layout.checkSlot({ block, bay, row, tier: 0 }, `relocate box ${box}`);
    const source = layout.stackIndex(block, from.bay, from.row);
    const target = layout.stackIndex(block, bay, row);
    const group = state.boxGroup[box];
    const where = layout.describeSlot(from);
    if (state.stackHeight[source] !== from.tier + 1) throw new Error(`cannot relocate box ${box} from ${where}: it is not on top of its stack`);
    if (target === source) throw new Error(`cannot relocate box ${box} from ${where} onto its own stack`);
    if (state.stackHeight[target] >= layout.blocks[block].tiers) throw new Error(`cannot relocate box ${box} to ${layout.describeBay(block, bay)} row ${row}: the stack is full`);
    const owner = state.stackOwner[target];
    if (owner !== FREE && owner !== group) throw new Error(`cannot relocate box ${box} to ${layout.describeBay(block, bay)} row ${row}: the stack belongs to group ${owner}, not ${group}`);
    return this.moveTop(block, from.bay, from.row, from.tier, group, bay, row);
  }

  /** Records when a box in the yard is expected to leave (an appointment became known); no-op for a box not in the yard. */
  setLeave(box: number, leaveS: number): void {
    const at = this.locate(box);
    if (at === null) return;
    this.state.boxLeaveS[box] = leaveS;
    const { layout, state } = this;
    const stack = layout.stackIndex(at.block, at.bay, at.row);
    state.refreshBuried(stack, layout.slotIndex(at.block, at.bay, at.row, 0), state.stackHeight[stack]);
  }

  /** When the box is expected to leave, as stored (NaN: unknown or not in the yard). */
  leaveOf(box: number): number {
    return isId(box) && box < this.state.boxLeaveS.length ? this.state.boxLeaveS[box] : NaN;
  }

  private topOf(block: number, stack: number): SlotRef {
    return { block, ...stackPlace(this.layout, block, stack), tier: this.state.stackHeight[stack] };
  }

  /**
   * Puts box on slot; an empty stack becomes the group's. `leaveS`: when it is expected to leave (for
   * where boxes go later; NaN if unknown). Throws if that would break the yard's rules.
   */
  store(box: number, group: number, slot: SlotRef, leaveS = NaN): void {
    const { layout, state } = this;
    if (!isId(box)) throw new RangeError(`store: box id must be a non-negative integer, got ${box}`);
    if (!isId(group)) throw new RangeError(`store box ${box}: group must be a non-negative integer, got ${group}`);
    layout.checkSlot(slot, `store box ${box}`);
    state.ensureBox(box);
    const current = state.boxSlot[box];
    if (current !== NOWHERE) {
      throw this.refusal(box, slot, `it is already in the yard at ${layout.describeSlot(layout.slotRef(current))}`);
    }
    const { block, bay, row, tier } = slot;
    const index = layout.slotIndex(block, bay, row, tier);
    if (state.slotBox[index] !== EMPTY) {
      throw this.refusal(box, slot, `the slot is taken by box ${state.slotBox[index]}`);
    }
    const stack = layout.stackIndex(block, bay, row);
    if (tier !== state.stackHeight[stack]) {
      throw this.refusal(box, slot, `it would float; the stack's next free tier is ${state.stackHeight[stack]}`);
    }
    const owner = state.stackOwner[stack];
    if (owner !== FREE && owner !== group) {
      throw this.refusal(box, slot, `the stack belongs to group ${owner}, not to the box's group ${group}`);
    }
    state.boxLeaveS[box] = leaveS; // before put, which reads it for the stack's buried-due time
    state.put(box, group, index, block, stack, layout.bayIndex(block, bay));
    state.boxGroup[box] = group;
    state.blockBoxes[block]++;
    state.occupied++;
  }

  /**
   * Takes box out. Every box above it is first moved aside, top one first, to the first of:
   * 1. another stack of the same bay owned by the same group with room, lowest row first;
   * 2. the group's stack with room in the nearest other bay (ties to the lower bay); in that bay the lowest
   *    stack, ties to the lower row (as chooseSlot picks among the group's stacks);
   * 3. an empty stack of the same bay, lowest row first (it becomes the group's);
   * 4. an empty stack in the nearest other bay that has one (ties to the lower bay, whoever owns stacks
   *    there: unlike chooseSlot), lowest row first.
   * The group's own room comes first, even at the cost of gantry travel, because empty stacks are the
   * block's shared reserve for every group's digs. With `leave-later` placement, a box whose leave
   * time is known goes first to the group's stack whose boxes all leave after it (see
   * leaveLaterStacks), then to an empty stack (same bay, then nearest), then to the group's stack
   * whose first box leaves latest. Throws, changing nothing, if those places cannot hold all the
   * boxes above. A stack left empty becomes free.
   */
  retrieve(box: number, placement: RehandlePlacement = 'nearest'): Retrieval {
    const { layout, state } = this;
    const index = isId(box) && box < state.boxSlot.length ? state.boxSlot[box] : NOWHERE;
    if (index === NOWHERE) throw new Error(`cannot retrieve box ${box}: it is not in the yard`);
    const from = layout.slotRef(index);
    const { block, bay, row, tier } = from;
    const stack = layout.stackIndex(block, bay, row);
    const group = state.boxGroup[box];
    const above = state.stackHeight[stack] - 1 - tier;
    const rehandles: Rehandle[] = [];
    if (above > 0) {
      const room = rehandleRoom(layout, state, block, bay, row, group, above);
      if (room < above) {
        throw new Error(
          `cannot retrieve box ${box} from ${layout.describeSlot(from)}: ${boxCount(above)} above it must be moved aside ` +
            `but the block has room for only ${room} outside its stack (other groups' stacks excluded)`,
        );
      }
      for (let t = tier + above; t > tier; t--) rehandles.push(this.rehandle(block, bay, row, t, group, placement));
    }
    state.take(box, index, block, stack, layout.bayIndex(block, bay));
    state.boxGroup[box] = -1;
    state.boxLeaveS[box] = NaN;
    state.blockBoxes[block]--;
    state.occupied--;
    return { from, rehandles };
  }

  locate(box: number): SlotRef | null {
    const index = isId(box) && box < this.state.boxSlot.length ? this.state.boxSlot[box] : NOWHERE;
    return index === NOWHERE ? null : this.layout.slotRef(index);
  }

  /** The box's group, or -1 if it is not in the yard. */
  groupOf(box: number): number {
    return isId(box) && box < this.state.boxGroup.length ? this.state.boxGroup[box] : -1;
  }

  /** The box on slot, or -1 if empty. */
  boxAt(slot: SlotRef): number {
    this.layout.checkSlot(slot, 'boxAt');
    return this.state.slotBox[this.layout.slotIndex(slot.block, slot.bay, slot.row, slot.tier)];
  }

  height(block: number, bay: number, row: number): number {
    this.layout.checkSlot({ block, bay, row, tier: 0 }, 'height');
    return this.state.stackHeight[this.layout.stackIndex(block, bay, row)];
  }

  /** The group owning the stack (the group of its boxes), or -1 if the stack is empty. */
  stackOwner(block: number, bay: number, row: number): number {
    this.layout.checkSlot({ block, bay, row, tier: 0 }, 'stackOwner');
    return this.state.stackOwner[this.layout.stackIndex(block, bay, row)];
  }

  /** Every box in the yard, in slot order (block, bay, row, tier). */
  forEachBox(fn: (box: number, slot: SlotRef) => void): void {
    const { slotBox } = this.state;
    for (let i = 0; i < slotBox.length; i++) if (slotBox[i] !== EMPTY) fn(slotBox[i], this.layout.slotRef(i));
  }

  /** Problems found by an independent full scan of the slots, as readable sentences; [] when consistent. */
  problems(): string[] {
    return yardProblems(this.layout, this.state);
  }

  /** Moves the top box of a stack (at tier `top`) aside, by retrieve()'s rule; the block's box count does not change. */
  private rehandle(block: number, bay: number, row: number, top: number, group: number, placement: RehandlePlacement): Rehandle {
    const { layout, state } = this;
    const fromIndex = layout.slotIndex(block, bay, row, top);
    const leaveS = state.boxLeaveS[state.slotBox[fromIndex]];
    const target = placement === 'leave-later' && !Number.isNaN(leaveS) ? this.leaveLaterTarget(block, bay, row, group, leaveS) : null;
    if (target !== null) return this.moveTop(block, bay, row, top, group, target.bay, target.row);
    let toBay = bay;
    // the group's own room first, anywhere in the block: empty stacks are every group's reserve
    let toRow = firstRowOf(layout, state, block, bay, group, row);
    if (toRow === NONE) {
      const own = nearestOwnStack(layout, state, block, group, bay, bay);
      if (own !== NONE) ({ bay: toBay, row: toRow } = stackPlace(layout, block, own));
    }
    if (toRow === NONE) toRow = firstRowOf(layout, state, block, bay, FREE, row);
    if (toRow === NONE) {
      {
        toBay = nearestBayWithEmptyStack(layout, state, block, bay, bay, NONE);
        // retrieve() counted the room before moving anything, so this is a bug, not a full yard
        if (toBay === NONE) {
          throw new Error(`bug: no room to rehandle from ${layout.describeBay(block, bay)} although retrieve counted some`);
        }
        toRow = firstRowOf(layout, state, block, toBay, FREE, NONE);
      }
    }
    return this.moveTop(block, bay, row, top, group, toBay, toRow);
  }

  /** Leave-later: a fitting stack of the group, an empty stack (same bay first), the least bad stack; null if none. */
  private leaveLaterTarget(block: number, bay: number, row: number, group: number, leaveS: number): { bay: number; row: number } | null {
    const { layout, state } = this;
    const source = layout.stackIndex(block, bay, row);
    const { fit, leastBad } = leaveLaterStacks(layout, state, block, group, leaveS, bay, source);
    if (fit !== NONE) return stackPlace(layout, block, fit);
    const emptyRow = firstRowOf(layout, state, block, bay, FREE, row);
    if (emptyRow !== NONE) return { bay, row: emptyRow };
    const emptyBay = nearestBayWithEmptyStack(layout, state, block, bay, bay, NONE);
    if (emptyBay !== NONE) return { bay: emptyBay, row: firstRowOf(layout, state, block, emptyBay, FREE, NONE) };
    return leastBad === NONE ? null : stackPlace(layout, block, leastBad);
  }

  /** Moves the top box of (bay, row) to the top of (toBay, toRow). */
  private moveTop(block: number, bay: number, row: number, top: number, group: number, toBay: number, toRow: number): Rehandle {
    const { layout, state } = this;
    const fromIndex = layout.slotIndex(block, bay, row, top);
    const box = state.slotBox[fromIndex];
    const toStack = layout.stackIndex(block, toBay, toRow);
    const toTier = state.stackHeight[toStack];
    state.take(box, fromIndex, block, layout.stackIndex(block, bay, row), layout.bayIndex(block, bay));
    state.put(box, group, layout.slotIndex(block, toBay, toRow, toTier), block, toStack, layout.bayIndex(block, toBay));
    return { box, from: { block, bay, row, tier: top }, to: { block, bay: toBay, row: toRow, tier: toTier } };
  }

  private refusal(box: number, slot: SlotRef, reason: string): Error {
    return new Error(`cannot store box ${box} at ${this.layout.describeSlot(slot)}: ${reason}`);
  }
}
