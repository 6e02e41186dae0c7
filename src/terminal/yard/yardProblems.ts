/**
 * An independent check of the stacks: rebuilds every count from the slots alone and compares it with what
 * the bookkeeping says. It trusts nothing but `slotBox`, so a bug in store/retrieve shows up as a sentence
 * here instead of as a box that silently vanishes. The per-group lists of stacks with room are checked
 * against stacks whose owner and height were found right, so that one corruption reads as one sentence.
 * Positions are 0-based.
 */

import { boxCount, type YardLayout } from './yardLayout';
import { EMPTY, FREE, NOWHERE, type YardState } from './yardState';

export function yardProblems(layout: YardLayout, state: YardState): string[] {
  const problems: string[] = [];
  const at = (slot: number) => layout.describeSlot(layout.slotRef(slot));
  // First slot each box was seen in; sized to cover ids a corruption may have invented.
  let maxBox = state.boxSlot.length - 1;
  for (const box of state.slotBox) if (box > maxBox) maxBox = box;
  const seenAt = new Int32Array(maxBox + 1).fill(NOWHERE);
  let boxes = 0;

  layout.blocks.forEach((shape, block) => {
    const { bays, rows, tiers } = shape;
    let blockBoxes = 0;
    // stacks whose owner or height is already reported: their list entries would only repeat it
    const reported = new Uint8Array(bays * rows);
    for (let bay = 0; bay < bays; bay++) {
      const bayIndex = layout.bayIndex(block, bay);
      let bayBoxes = 0;
      let emptyStacks = 0;
      for (let row = 0; row < rows; row++) {
        const stack = layout.stackIndex(block, bay, row);
        const owner = state.stackOwner[stack];
        const where = layout.describeStack(block, bay, row);
        let stackBoxes = 0;
        let strayBox = EMPTY; // first box whose group is not the stack's owner
        let straySlot = NOWHERE;
        for (let tier = 0; tier < tiers; tier++) {
          const slot = layout.slotIndex(block, bay, row, tier);
          const box = state.slotBox[slot];
          if (box === EMPTY) continue;
          stackBoxes++;
          if (box < 0) {
            problems.push(`${at(slot)} holds ${box}, which is neither a box id nor empty (-1)`);
            continue;
          }
          if (tier > 0 && state.slotBox[slot - 1] === EMPTY) {
            problems.push(`box ${box} at ${at(slot)} floats: tier ${tier - 1} below it is empty`);
          }
          if (seenAt[box] !== NOWHERE) {
            problems.push(`box ${box} is recorded in two slots: ${at(seenAt[box])} and ${at(slot)}`);
          } else {
            seenAt[box] = slot;
          }
          const recorded = box < state.boxSlot.length ? state.boxSlot[box] : NOWHERE;
          if (recorded !== slot) {
            problems.push(
              `${at(slot)} holds box ${box}, but box ${box} is recorded ` +
                (recorded === NOWHERE ? 'as not in the yard' : `at ${at(recorded)}`),
            );
          }
          const group = box < state.boxGroup.length ? state.boxGroup[box] : -1;
          if (group !== owner && strayBox === EMPTY) {
            strayBox = box;
            straySlot = slot;
          }
        }
        const before = problems.length;
        const recordedHeight = state.stackHeight[stack];
        if (recordedHeight !== stackBoxes) {
          problems.push(`${where} has recorded height ${recordedHeight} but holds ${boxCount(stackBoxes)}`);
        }
        if (stackBoxes === 0) {
          emptyStacks++;
          if (owner !== FREE) {
            problems.push(`${where} is empty but belongs to group ${owner}; an empty stack should be free`);
          }
        } else if (strayBox !== EMPTY) {
          problems.push(
            `${where} belongs to ${owner === FREE ? 'no group' : `group ${owner}`}` +
              ` but box ${strayBox} at ${at(straySlot)} is of group ${state.boxGroup[strayBox] ?? -1}`,
          );
        }
        if (problems.length > before) {
          reported[stack - layout.stackBase[block]] = 1;
        } else {
          const listing = openListing(state, block, stack, owner, stackBoxes, tiers);
          if (listing) problems.push(`${where} ${listing}`);
          const owned = state.ownedPos[stack];
          if (stackBoxes > 0 && state.ownedStacks[block].get(owner)?.[owned] !== stack) problems.push(`${where} is missing from group ${owner}'s list of stacks`);
          if (stackBoxes === 0 && owned !== NOWHERE) problems.push(`${where} is empty but is listed as a group's stack`);
        }
        bayBoxes += stackBoxes;
      }
      const named = layout.describeBay(block, bay);
      if (state.bayBoxes[bayIndex] !== bayBoxes) {
        problems.push(`${named} has recorded box count ${state.bayBoxes[bayIndex]} but holds ${boxCount(bayBoxes)}`);
      }
      if (state.bayEmptyStacks[bayIndex] !== emptyStacks) {
        problems.push(`${named} has recorded ${state.bayEmptyStacks[bayIndex]} empty stacks but has ${emptyStacks}`);
      }
      blockBoxes += bayBoxes;
    }
    if (state.blockBoxes[block] !== blockBoxes) {
      problems.push(`block "${shape.id}" has recorded box count ${state.blockBoxes[block]} but holds ${boxCount(blockBoxes)}`);
    }
    boxes += blockBoxes;
    problems.push(...openListProblems(layout, state, block, reported));
  });

  // The other direction: a box that thinks it is somewhere the slots do not put it.
  for (let box = 0; box < state.boxSlot.length; box++) {
    const slot = state.boxSlot[box];
    if (slot === NOWHERE) {
      if (state.boxGroup[box] !== -1) problems.push(`box ${box} is not in the yard but still has group ${state.boxGroup[box]}`);
      continue;
    }
    if (slot < 0 || slot >= layout.slots) {
      problems.push(`box ${box} is recorded at slot index ${slot}, which is outside the yard`);
    } else if (state.slotBox[slot] !== box) {
      const holder = state.slotBox[slot];
      const content = holder === EMPTY ? 'is empty' : `holds box ${holder}`;
      problems.push(`box ${box} is recorded at ${at(slot)}, but that slot ${content}`);
    }
  }

  if (state.occupied !== boxes) problems.push(`occupied count is ${state.occupied} but the slots hold ${boxCount(boxes)}`);
  return problems;
}

/**
 * Whether the stack is in its owner's list of stacks with room exactly when it should be (some boxes,
 * fewer than `tiers`), as a phrase completing "stack at …", or '' when it is. Only for stacks whose
 * owner and height are right.
 */
function openListing(state: YardState, block: number, stack: number, owner: number, boxes: number, tiers: number): string {
  const pos = state.openPos[stack];
  const shouldBe = boxes > 0 && boxes < tiers;
  if (shouldBe && state.openStacks[block].get(owner)?.[pos] !== stack) {
    return `has room but is missing from group ${owner}'s list of stacks with room`;
  }
  if (!shouldBe && pos !== NOWHERE) return `is ${boxes === 0 ? 'empty' : 'full'} but is listed as having room`;
  return '';
}

/**
 * Each entry of the block's lists of stacks with room must be a stack of the block, owned by the list's
 * group, at its recorded position. Stacks in `reported` are skipped.
 */
function openListProblems(layout: YardLayout, state: YardState, block: number, reported: Uint8Array): string[] {
  const problems: string[] = [];
  const { bays, rows } = layout.blocks[block];
  const first = layout.stackBase[block];
  // reported stacks had their problem told already
  for (const [group, list] of state.ownedStacks[block]) {
    if (list.some((stack) => !reported[stack - first] && state.stackOwner[stack] !== group)) problems.push(`group ${group}'s list of stacks in block "${layout.blocks[block].id}" holds a stack it does not own`);
  }
  for (const [group, list] of state.openStacks[block]) {
    const name = `group ${group}'s list of stacks with room in block "${layout.blocks[block].id}"`;
    if (list.length === 0) problems.push(`${name} is empty; it should have been dropped`);
    list.forEach((stack, i) => {
      if (!(stack >= first && stack < first + bays * rows)) {
        problems.push(`${name} holds stack index ${stack}, which is not in the block`);
        return;
      }
      if (reported[stack - first]) return;
      const row = (stack - first) % rows;
      const where = layout.describeStack(block, (stack - first - row) / rows, row);
      const owner = state.stackOwner[stack];
      if (owner !== group) {
        problems.push(`${name} holds the ${where}, which belongs to ${owner === FREE ? 'no group' : `group ${owner}`}`);
      }
      if (state.openPos[stack] !== i) {
        problems.push(`${name} holds the ${where} at position ${i}, but its recorded position is ${state.openPos[stack]}`);
      }
    });
  }
  return problems;
}
