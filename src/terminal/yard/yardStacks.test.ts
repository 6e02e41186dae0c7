import { describe, expect, it } from 'vitest';
import { YardStacks, type SlotRef } from './yardStacks';

// Block "A": 4 bays × 3 rows × 4 tiers (12 slots a bay); block "B" is there so slot indices cross blocks.
const shapes = [
  { id: 'A', bays: 4, rows: 3, tiers: 4 },
  { id: 'B', bays: 2, rows: 2, tiers: 2 },
];
const A = 0;
const at = (bay: number, row: number, tier: number, block = A): SlotRef => ({ block, bay, row, tier });

function messageOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
}

/** Stores boxes bottom-up into one stack (of block A unless told). */
function stack(yard: YardStacks, group: number, bay: number, row: number, boxes: number[], block = A): void {
  boxes.forEach((box, tier) => yard.store(box, group, at(bay, row, tier, block)));
}

/** The owner of each stack of a bay, rows in order. */
function owners(yard: YardStacks, block: number, bay: number): number[] {
  return Array.from({ length: yard.blocks[block].rows }, (_, row) => yard.stackOwner(block, bay, row));
}

describe('YardStacks.chooseSlot', () => {
  it('opens an empty stack in the bay nearest to nearBay, ties to the lower bay, lowest empty row first', () => {
    const yard = new YardStacks(shapes);
    expect(yard.slots).toBe(4 * 3 * 4 + 2 * 2 * 2);
    expect(yard.chooseSlot(A, 7, 2)).toEqual(at(2, 0, 0));
    expect(yard.chooseSlot(A, 7, 0)).toEqual(at(0, 0, 0));
    expect(yard.chooseSlot(A, 7, 99)).toEqual(at(3, 0, 0));
    expect(yard.chooseSlot(A, 7, 1.5)).toEqual(at(1, 0, 0)); // bays 1 and 2 equally near
    yard.store(1, 5, at(1, 0, 0)); // group 5's stack leaves bay 1 two empty stacks
    expect(yard.chooseSlot(A, 7, 1)).toEqual(at(1, 1, 0));
    yard.store(2, 6, at(1, 1, 0));
    yard.store(3, 5, at(1, 2, 0));
    // bay 1 has no empty stack left: bays 0 and 2 are equally near, neither has a stack of group 7
    expect(yard.chooseSlot(A, 7, 1)).toEqual(at(0, 0, 0));
    expect(yard.chooseSlot(A, 5, 1)).toEqual(at(1, 0, 1)); // group 5's own stacks: rows 0 and 2 tie, row 0
  });

  it('of two equally near bays with an empty stack, takes the one where the group owns a stack, else the lower', () => {
    const yard = new YardStacks(shapes);
    for (let row = 0; row < 3; row++) stack(yard, 5, 1, row, [10 + row]); // bay 1: no empty stack
    stack(yard, 7, 2, 0, [20, 21, 22, 23]); // a full stack of group 7 in bay 2
    expect(yard.chooseSlot(A, 7, 1)).toEqual(at(2, 1, 0));
    expect(yard.chooseSlot(A, 8, 1)).toEqual(at(0, 0, 0));
    stack(yard, 7, 0, 2, [30, 31, 32, 33]); // group 7 now owns a (full) stack in both bays
    expect(yard.chooseSlot(A, 7, 1)).toEqual(at(0, 0, 0));
    expect(yard.chooseSlot(A, 7, 2)).toEqual(at(2, 1, 0)); // a nearer bay wins whatever it holds
  });

  it("fills the group's own stacks before opening an empty one: nearest bay, then lowest stack, then lower row", () => {
    const yard = new YardStacks(shapes);
    const chosen: SlotRef[] = [];
    for (let box = 0; box < 5; box++) {
      const slot = yard.chooseSlot(A, 7, 0)!;
      chosen.push(slot);
      yard.store(box, 7, slot);
    }
    expect(chosen).toEqual([at(0, 0, 0), at(0, 0, 1), at(0, 0, 2), at(0, 0, 3), at(0, 1, 0)]);
    // bay 3 is empty, yet the group's stack with room in bay 0 comes first
    expect(yard.chooseSlot(A, 7, 3)).toEqual(at(0, 1, 1));
    stack(yard, 7, 3, 0, [10, 11, 12]);
    yard.store(13, 7, at(3, 2, 0));
    expect(yard.chooseSlot(A, 7, 3)).toEqual(at(3, 2, 1)); // row 2 holds 1, row 0 holds 3
    expect(yard.chooseSlot(A, 7, 1)).toEqual(at(0, 1, 1));
    expect(yard.chooseSlot(A, 7, 1.5)).toEqual(at(0, 1, 1)); // bays 0 and 3 equally near: the lower
    yard.store(14, 7, at(3, 1, 0));
    expect(yard.chooseSlot(A, 7, 3)).toEqual(at(3, 1, 1)); // rows 1 and 2 both hold 1: the lower row
  });

  it('lets groups share a bay, a stack each', () => {
    const yard = new YardStacks(shapes);
    const groups = [1, 2, 3, 4, 1];
    groups.forEach((group, box) => yard.store(box, group, yard.chooseSlot(A, group, 0)!));
    expect(groups.map((_, box) => yard.locate(box))).toEqual([at(0, 0, 0), at(0, 1, 0), at(0, 2, 0), at(1, 0, 0), at(0, 0, 1)]);
    expect([owners(yard, A, 0), owners(yard, A, 1)]).toEqual([
      [1, 2, 3],
      [4, -1, -1],
    ]);
    expect(yard.problems()).toEqual([]);
  });

  it("returns null only when the block has no empty stack and no stack of the group with room", () => {
    const yard = new YardStacks([{ id: 'S', bays: 2, rows: 1, tiers: 2 }]);
    yard.store(0, 1, at(0, 0, 0));
    yard.store(1, 2, at(1, 0, 0));
    expect(yard.chooseSlot(0, 3, 0)).toBeNull(); // 2 free slots, both on other groups' stacks
    expect(yard.chooseSlot(0, 1, 1)).toEqual(at(0, 0, 1));
    yard.store(2, 1, at(0, 0, 1));
    yard.store(3, 2, at(1, 0, 1));
    expect(yard.freeSlots(0)).toBe(0);
    expect(yard.chooseSlot(0, 1, 0)).toBeNull();
    expect(yard.chooseSlot(0, 2, 0)).toBeNull();
    yard.retrieve(3);
    yard.retrieve(1); // the stack's last box: it becomes free
    expect(yard.stackOwner(0, 1, 0)).toBe(-1);
    expect(yard.chooseSlot(0, 3, 0)).toEqual(at(1, 0, 0));
  });
});

describe('YardStacks.retrieve', () => {
  it("rehandles to the group's other stacks in the bay, lowest row first, then to an empty stack of the bay", () => {
    const yard = new YardStacks([{ id: 'W', bays: 2, rows: 5, tiers: 5 }]);
    stack(yard, 1, 0, 0, [10, 11, 12, 13, 14]);
    stack(yard, 2, 0, 2, [20]);
    stack(yard, 1, 0, 3, [30, 31, 32, 33]);
    stack(yard, 1, 0, 4, [40, 41, 42]);
    expect(yard.retrieve(10)).toEqual({
      from: at(0, 0, 0),
      rehandles: [
        { box: 14, from: at(0, 0, 4), to: at(0, 3, 4) }, // row 3 before the lower stack in row 4
        { box: 13, from: at(0, 0, 3), to: at(0, 4, 3) },
        { box: 12, from: at(0, 0, 2), to: at(0, 4, 4) },
        { box: 11, from: at(0, 0, 1), to: at(0, 1, 0) }, // the empty stack of the bay, not bay 1
      ],
    });
    expect([0, 1, 2, 3, 4].map((row) => yard.height(0, 0, row))).toEqual([0, 1, 1, 5, 5]);
    expect(owners(yard, 0, 0)).toEqual([-1, 1, 2, 1, 1]);
    expect([yard.locate(10), yard.groupOf(10), yard.locate(11), yard.occupied]).toEqual([null, -1, at(0, 1, 0), 12]);
    expect(yard.retrieve(11)).toEqual({ from: at(0, 1, 0), rehandles: [] });
    expect(yard.stackOwner(0, 0, 1)).toBe(-1);
    expect(yard.problems()).toEqual([]);
  });

  it("spills to the group's stack in the nearest other bay, lowest stack there, before nearer empty stacks", () => {
    const yard = new YardStacks(shapes);
    stack(yard, 1, 1, 0, [100, 101, 102, 103]);
    stack(yard, 2, 1, 1, [110]);
    stack(yard, 1, 1, 2, [120, 121, 122, 123]);
    stack(yard, 2, 2, 0, [200]);
    stack(yard, 1, 3, 0, [300, 301, 302]);
    stack(yard, 1, 3, 1, [310]);
    expect(yard.retrieve(100).rehandles).toEqual([
      { box: 103, from: at(1, 0, 3), to: at(3, 1, 1) },
      { box: 102, from: at(1, 0, 2), to: at(3, 1, 2) },
      { box: 101, from: at(1, 0, 1), to: at(3, 0, 3) }, // rows 0 and 1 both hold 3: the lower row
    ]);
    expect([owners(yard, A, 0), owners(yard, A, 1)]).toEqual([
      [-1, -1, -1],
      [-1, 2, 1],
    ]);
    expect(yard.problems()).toEqual([]);
  });

  it('spills to an empty stack of the nearest other bay, ties to the lower bay, when the group has no stack with room', () => {
    const yard = new YardStacks(shapes);
    stack(yard, 1, 1, 0, [100, 101, 102, 103]);
    stack(yard, 2, 1, 1, [110]);
    stack(yard, 3, 1, 2, [120]);
    stack(yard, 4, 0, 0, [0]);
    stack(yard, 5, 2, 0, [200]);
    stack(yard, 1, 2, 1, [210, 211, 212, 213]); // full
    // chooseSlot would break the tie between bays 0 and 2 for bay 2, where group 1 owns a stack; rehandles do not
    expect(yard.chooseSlot(A, 1, 1)).toEqual(at(2, 2, 0));
    expect(yard.retrieve(100).rehandles).toEqual([
      { box: 103, from: at(1, 0, 3), to: at(0, 1, 0) },
      { box: 102, from: at(1, 0, 2), to: at(0, 1, 1) }, // now the group's stack with room
      { box: 101, from: at(1, 0, 1), to: at(0, 1, 2) },
    ]);
    expect([owners(yard, A, 0), owners(yard, A, 1)]).toEqual([
      [4, 1, -1],
      [-1, 2, 3],
    ]);
    expect(yard.problems()).toEqual([]);
  });

  it('throws, changing nothing, when the block has no room for the boxes above', () => {
    const yard = new YardStacks([{ id: 'S', bays: 2, rows: 1, tiers: 2 }]);
    yard.store(0, 1, at(0, 0, 0, 0));
    yard.store(1, 1, at(0, 0, 1, 0));
    yard.store(2, 2, at(1, 0, 0, 0));
    expect(messageOf(() => yard.retrieve(0))).toBe(
      'cannot retrieve box 0 from block "S" bay 0, row 0, tier 0: 1 box above it must be moved aside ' +
        "but the block has room for only 0 outside its stack (other groups' stacks excluded)",
    );
    expect([yard.locate(0), yard.locate(1), yard.occupied]).toEqual([at(0, 0, 0, 0), at(0, 0, 1, 0), 3]);
    expect(yard.problems()).toEqual([]);
  });

  it('throws when the box is not in the yard', () => {
    const yard = new YardStacks(shapes);
    expect(messageOf(() => yard.retrieve(4))).toBe('cannot retrieve box 4: it is not in the yard');
    yard.store(4, 0, at(0, 0, 0));
    yard.retrieve(4);
    expect(messageOf(() => yard.retrieve(4))).toBe('cannot retrieve box 4: it is not in the yard');
  });

  it('frees a stack when its last box leaves', () => {
    const yard = new YardStacks([{ id: 'R', bays: 3, rows: 1, tiers: 3 }]);
    yard.store(0, 4, at(1, 0, 0, 0));
    yard.store(1, 4, at(1, 0, 1, 0));
    expect(yard.stackOwner(0, 1, 0)).toBe(4);
    // box 1 has to leave the one-row bay: bays 0 and 2 are equally near, so bay 0
    expect(yard.retrieve(0).rehandles).toEqual([{ box: 1, from: at(1, 0, 1, 0), to: at(0, 0, 0, 0) }]);
    expect([yard.stackOwner(0, 0, 0), yard.stackOwner(0, 1, 0)]).toEqual([4, -1]);
    expect(yard.chooseSlot(0, 5, 1)).toEqual(at(1, 0, 0, 0));
    yard.retrieve(1);
    expect(yard.stackOwner(0, 0, 0)).toBe(-1);
    expect(yard.occupied).toBe(0);
    expect(yard.problems()).toEqual([]);
  });
});

describe('YardStacks.store', () => {
  const yard = new YardStacks(shapes);
  yard.store(1, 1, at(0, 0, 0));

  it('refuses a slot that would float', () => {
    expect(messageOf(() => yard.store(5, 1, at(0, 0, 2)))).toBe(
      `cannot store box 5 at block "A" bay 0, row 0, tier 2: it would float; the stack's next free tier is 1`,
    );
  });
  it('refuses a taken slot', () => {
    expect(messageOf(() => yard.store(6, 1, at(0, 0, 0)))).toBe(
      'cannot store box 6 at block "A" bay 0, row 0, tier 0: the slot is taken by box 1',
    );
  });
  it('refuses a box already in the yard', () => {
    expect(messageOf(() => yard.store(1, 1, at(2, 0, 0)))).toBe(
      'cannot store box 1 at block "A" bay 2, row 0, tier 0: it is already in the yard at block "A" bay 0, row 0, tier 0',
    );
  });
  it("refuses another group's stack", () => {
    expect(messageOf(() => yard.store(7, 2, at(0, 0, 1)))).toBe(
      `cannot store box 7 at block "A" bay 0, row 0, tier 1: the stack belongs to group 1, not to the box's group 2`,
    );
  });
  it('refuses slots outside the yard and ids that are not non-negative integers', () => {
    expect(messageOf(() => yard.store(8, 1, at(4, 0, 0)))).toBe(
      'store box 8: slot {block 0, bay 4, row 0, tier 0} is outside the yard ' +
        '(block "A" is 4 bays × 3 rows × 4 tiers, 0-based)',
    );
    expect(messageOf(() => yard.store(-1, 1, at(0, 1, 0)))).toBe('store: box id must be a non-negative integer, got -1');
    expect(messageOf(() => yard.store(9, 1.5, at(0, 1, 0)))).toBe('store box 9: group must be a non-negative integer, got 1.5');
  });
  it('changed nothing on refusal', () => {
    expect([yard.occupied, yard.boxAt(at(0, 0, 0)), yard.height(A, 0, 0), yard.problems()]).toEqual([1, 1, 1, []]);
    expect([5, 6, 7, 8, 9].map((box) => yard.locate(box))).toEqual([null, null, null, null, null]);
  });
});

describe('YardStacks.store into a shared bay', () => {
  it('accepts another group on an empty stack of a bay that holds a group', () => {
    const yard = new YardStacks(shapes);
    yard.store(1, 1, at(0, 0, 0));
    yard.store(7, 2, at(0, 1, 0));
    expect(owners(yard, A, 0)).toEqual([1, 2, -1]);
    expect(yard.problems()).toEqual([]);
  });
});

describe('YardStacks queries', () => {
  it('grows for large box ids and lists boxes in slot order', () => {
    const yard = new YardStacks(shapes);
    yard.store(250_000, 3, at(1, 1, 0, 1));
    yard.store(2, 3, at(3, 2, 0));
    yard.store(0, 3, at(3, 0, 0));
    expect([yard.locate(250_000), yard.groupOf(250_000), yard.boxAt(at(1, 1, 0, 1))]).toEqual([at(1, 1, 0, 1), 3, 250_000]);
    expect([yard.freeSlots(0), yard.freeSlots(1)]).toEqual([46, 7]);
    const seen: [number, SlotRef][] = [];
    yard.forEachBox((box, slot) => seen.push([box, slot]));
    expect(seen).toEqual([
      [0, at(3, 0, 0)],
      [2, at(3, 2, 0)],
      [250_000, at(1, 1, 0, 1)],
    ]);
    expect(yard.problems()).toEqual([]);
  });

  it('stackOwner refuses a stack outside the yard', () => {
    const yard = new YardStacks(shapes);
    expect(messageOf(() => yard.stackOwner(A, 4, 0))).toBe(
      'stackOwner: slot {block 0, bay 4, row 0, tier 0} is outside the yard (block "A" is 4 bays × 3 rows × 4 tiers, 0-based)',
    );
  });
});
