/**
 * The mutable state of the stacks, as typed arrays indexed by the layout's slot/stack/bay indices and by
 * box id, and the two primitive moves (put, take) that keep every derived count in step with the slots.
 * Public so that invariant tests can corrupt it on purpose; nothing else should write to it.
 */

import type { YardLayout } from './yardLayout';

export const EMPTY = -1;
export const FREE = -1;
export const NOWHERE = -1;

const INITIAL_BOX_CAPACITY = 1024;

export class YardState {
  /** Box in each slot, or EMPTY. */
  readonly slotBox: Int32Array;
  /** Boxes in each stack; they sit in tiers 0 … height − 1. */
  readonly stackHeight: Int32Array;
  /** Group owning each stack (the group of its boxes), or FREE when the stack is empty. */
  readonly stackOwner: Int32Array;
  /** Boxes in each bay. */
  readonly bayBoxes: Int32Array;
  /** Empty stacks in each bay: finds the nearest bay with one without looking at its stacks. */
  readonly bayEmptyStacks: Int32Array;
  /** Boxes in each block, for freeSlots(). */
  readonly blockBoxes: Int32Array;
  /**
   * Per stack: the earliest known leave time of a box buried under one that leaves later (or at an
   * unknown time), Infinity if none. Kept as boxes come and go, so housekeeping reads one number a
   * stack instead of its tiers.
   */
  readonly buriedDueS: Float64Array;
  /**
   * Per block, per group: the group's stacks with room (neither empty nor full), in no order. The group's
   * own stacks are where its boxes go first, and there are few of them, so chooseSlot reads this list
   * instead of the block's hundreds of stacks. A group is absent once it has no such stack there.
   */
  readonly openStacks: Map<number, number[]>[];
  /** Position of each stack in its owner's openStacks list, or NOWHERE if it is not listed. */
  readonly openPos: Int32Array;
  /**
   * Per block, per group: every stack the group owns (not empty), in no order. A group's stacks hold
   * only its boxes, so the top of any of them is a box of the group: category retrieval reads this.
   */
  readonly ownedStacks: Map<number, number[]>[];
  /** Position of each stack in its owner's ownedStacks list, or NOWHERE if it is empty. */
  readonly ownedPos: Int32Array;
  /** Slot index of each box, or NOWHERE; grows with the largest box id seen. */
  boxSlot: Int32Array;
  /** Group of each box in the yard, or -1. */
  boxGroup: Int32Array;
  /** When each box is expected to leave the yard, s (NaN: unknown): where rehandled boxes go. */
  boxLeaveS: Float64Array;
  /** Boxes in the yard. */
  occupied = 0;

  private readonly layout: YardLayout;

  constructor(layout: YardLayout) {
    this.layout = layout;
    this.slotBox = new Int32Array(layout.slots).fill(EMPTY);
    this.stackHeight = new Int32Array(layout.stacks);
    this.stackOwner = new Int32Array(layout.stacks).fill(FREE);
    this.bayBoxes = new Int32Array(layout.bays);
    this.bayEmptyStacks = new Int32Array(layout.bays);
    layout.blocks.forEach((b, block) => {
      const first = layout.bayBase[block];
      this.bayEmptyStacks.fill(b.rows, first, first + b.bays);
    });
    this.blockBoxes = new Int32Array(layout.blocks.length);
    this.buriedDueS = new Float64Array(layout.stacks).fill(Infinity);
    this.openStacks = layout.blocks.map(() => new Map());
    this.openPos = new Int32Array(layout.stacks).fill(NOWHERE);
    this.ownedStacks = layout.blocks.map(() => new Map());
    this.ownedPos = new Int32Array(layout.stacks).fill(NOWHERE);
    this.boxSlot = new Int32Array(INITIAL_BOX_CAPACITY).fill(NOWHERE);
    this.boxGroup = new Int32Array(INITIAL_BOX_CAPACITY).fill(-1);
    this.boxLeaveS = new Float64Array(INITIAL_BOX_CAPACITY).fill(NaN);
  }

  /** Makes room for box ids up to `box`, doubling so that dense ids cost amortised O(1). */
  ensureBox(box: number): void {
    if (box < this.boxSlot.length) return;
    let capacity = this.boxSlot.length;
    while (capacity <= box) capacity *= 2;
    const slot = new Int32Array(capacity).fill(NOWHERE);
    slot.set(this.boxSlot);
    const group = new Int32Array(capacity).fill(-1);
    group.set(this.boxGroup);
    const leave = new Float64Array(capacity).fill(NaN);
    leave.set(this.boxLeaveS);
    this.boxSlot = slot;
    this.boxGroup = group;
    this.boxLeaveS = leave;
  }

  /** Puts box of `group` on slot `index` of `stack`; an empty stack becomes the group's. Checks nothing. */
  put(box: number, group: number, index: number, block: number, stack: number, bay: number): void {
    const { tiers } = this.layout.blocks[block];
    this.slotBox[index] = box;
    this.boxSlot[box] = index;
    const height = ++this.stackHeight[stack];
    this.bayBoxes[bay]++;
    if (height === 1) {
      this.stackOwner[stack] = group;
      this.bayEmptyStacks[bay]--;
      listIn(this.ownedStacks[block], this.ownedPos, group, stack);
      if (tiers > 1) this.listOpen(block, group, stack);
    } else if (height === tiers) {
      this.unlistOpen(block, group, stack);
    }
    this.refreshBuried(stack, index - height + 1, height);
  }

  /** Recomputes the stack's buriedDueS from its boxes; `first` is its ground slot. */
  refreshBuried(stack: number, first: number, height: number): void {
    let dueS = Infinity;
    let laterAbove = -Infinity; // the latest leave seen from the top down (unknown: Infinity)
    for (let tier = height - 1; tier >= 0; tier--) {
      const leave = this.boxLeaveS[this.slotBox[first + tier]];
      const l = Number.isNaN(leave) ? Infinity : leave;
      if (l < laterAbove && l < dueS) dueS = l;
      if (l > laterAbove) laterAbove = l;
    }
    this.buriedDueS[stack] = dueS;
  }

  /** Takes the box off slot `index` of `stack`; a stack left empty becomes free. Checks nothing. */
  take(box: number, index: number, block: number, stack: number, bay: number): void {
    const { tiers } = this.layout.blocks[block];
    const group = this.stackOwner[stack];
    this.slotBox[index] = EMPTY;
    this.boxSlot[box] = NOWHERE;
    const height = --this.stackHeight[stack];
    this.bayBoxes[bay]--;
    if (height === 0) {
      this.stackOwner[stack] = FREE;
      this.bayEmptyStacks[bay]++;
      unlistFrom(this.ownedStacks[block], this.ownedPos, group, stack);
      if (tiers > 1) this.unlistOpen(block, group, stack);
    } else if (height === tiers - 1) {
      this.listOpen(block, group, stack);
    }
    this.refreshBuried(stack, index - height, height);
  }

  private listOpen(block: number, group: number, stack: number): void {
    listIn(this.openStacks[block], this.openPos, group, stack);
  }

  private unlistOpen(block: number, group: number, stack: number): void {
    unlistFrom(this.openStacks[block], this.openPos, group, stack);
  }
}

/** Adds stack to the group's list, remembering where, so that it can be taken out in O(1). */
function listIn(groups: Map<number, number[]>, pos: Int32Array, group: number, stack: number): void {
  let list = groups.get(group);
  if (list === undefined) groups.set(group, (list = []));
  pos[stack] = list.length;
  list.push(stack);
}

/** Swap-remove: order does not matter, every reader compares all entries. */
function unlistFrom(groups: Map<number, number[]>, pos: Int32Array, group: number, stack: number): void {
  const list = groups.get(group)!;
  const last = list.pop()!;
  if (last !== stack) {
    const at = pos[stack];
    list[at] = last;
    pos[last] = at;
  }
  pos[stack] = NOWHERE;
  if (list.length === 0) groups.delete(group);
}
