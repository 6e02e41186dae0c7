import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { YardStacks, type SlotRef } from './yardStacks';

const shapes = [
  { id: 'A', bays: 4, rows: 3, tiers: 4 },
  { id: 'B', bays: 2, rows: 2, tiers: 2 },
];
// one-row bays and few slots, so that rehandles often find no room and retrieve must refuse cleanly
const crampedShapes = [
  { id: 'C', bays: 2, rows: 1, tiers: 3 },
  { id: 'D', bays: 3, rows: 2, tiers: 2 },
];

type Op =
  | { kind: 'store'; block: number; group: number; nearBay: number }
  | { kind: 'retrieve'; pick: number }
  | { kind: 'storeAt'; group: number; bay: number; row: number; tier: number };

const bit = fc.integer({ min: 0, max: 1 });
const anyGroup = (groups: number) => fc.integer({ min: 0, max: groups - 1 });

/** Random ops; more groups spread boxes over more stacks, a higher store weight fills the yard. */
const ops = (groups: number, storeWeight: number) =>
  fc.array(
    fc.oneof(
      {
        weight: storeWeight,
        arbitrary: fc.record({
          kind: fc.constant('store' as const),
          block: bit,
          group: anyGroup(groups),
          nearBay: fc.integer({ min: -2, max: 10 }).map((half) => half / 2), // halves: ties between two bays
        }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('retrieve' as const), pick: fc.nat() }) },
      // a slot of block 1 picked blindly: store must either refuse it or keep the yard consistent
      {
        weight: 1,
        arbitrary: fc.record({ kind: fc.constant('storeAt' as const), group: anyGroup(groups), bay: bit, row: bit, tier: bit }),
      },
    ) as fc.Arbitrary<Op>,
    { maxLength: 200, size: 'max' }, // 'max': fast-check otherwise keeps arrays to about ten ops
  );

/**
 * A plain model of one block (heights and owners per bay and row, read through the public API) and of
 * the documented placement rules, written independently of the implementation: sort, then take the first.
 */
interface BlockModel {
  tiers: number;
  height: number[][];
  owner: number[][];
}

function modelOf(yard: YardStacks, block: number): BlockModel {
  const { bays, rows, tiers } = yard.blocks[block];
  const grid = (f: (bay: number, row: number) => number) =>
    Array.from({ length: bays }, (_, bay) => Array.from({ length: rows }, (_, row) => f(bay, row)));
  return { tiers, height: grid((bay, row) => yard.height(block, bay, row)), owner: grid((bay, row) => yard.stackOwner(block, bay, row)) };
}

type Place = { bay: number; row: number };
const byDistance = (near: number) => (a: Place, b: Place) => Math.abs(a.bay - near) - Math.abs(b.bay - near) || a.bay - b.bay;

function stacksWhere(m: BlockModel, keep: (bay: number, row: number) => boolean): Place[] {
  const places: Place[] = [];
  m.height.forEach((rows, bay) => rows.forEach((_, row) => keep(bay, row) && places.push({ bay, row })));
  return places;
}

/** chooseSlot's step 1 (also rehandle step 3): the group's stack with room, nearest bay, lowest, lower row. */
function ownStackWithRoom(m: BlockModel, group: number, near: number, skipBay: number): Place | undefined {
  const own = stacksWhere(m, (bay, row) => bay !== skipBay && m.owner[bay][row] === group && m.height[bay][row] < m.tiers);
  return own.sort((a, b) => byDistance(near)(a, b) || m.height[a.bay][a.row] - m.height[b.bay][b.row] || a.row - b.row)[0];
}

/** An empty stack in the nearest bay; equally near, a bay where preferGroup owns a stack, then the lower. */
function emptyStack(m: BlockModel, near: number, skipBay: number, preferGroup: number): Place | undefined {
  const owns = (bay: number) => (m.owner[bay].includes(preferGroup) ? 0 : 1);
  const empty = stacksWhere(m, (bay, row) => bay !== skipBay && m.height[bay][row] === 0);
  const distance = (p: Place) => Math.abs(p.bay - near);
  return empty.sort((a, b) => distance(a) - distance(b) || owns(a.bay) - owns(b.bay) || a.bay - b.bay || a.row - b.row)[0];
}

function expectedChoice(m: BlockModel, group: number, near: number): Place | null {
  return ownStackWithRoom(m, group, near, -1) ?? emptyStack(m, near, -1, group) ?? null;
}

/** Where retrieve's rule sends the top box of (bay, row), a box of `group`. */
function expectedRehandle(m: BlockModel, group: number, bay: number, row: number): Place | undefined {
  const inBay = (keep: (r: number) => boolean) => m.owner[bay].findIndex((_, r) => r !== row && keep(r));
  const own = inBay((r) => m.owner[bay][r] === group && m.height[bay][r] < m.tiers);
  if (own >= 0) return { bay, row: own };
  const ownElsewhere = ownStackWithRoom(m, group, bay, bay);
  if (ownElsewhere) return ownElsewhere;
  const empty = inBay((r) => m.height[bay][r] === 0);
  if (empty >= 0) return { bay, row: empty };
  return emptyStack(m, bay, bay, -1);
}

/** Room outside (bay, row) for boxes of `group`: its stacks with room and the empty stacks. */
function rehandleRoom(m: BlockModel, group: number, bay: number, row: number): number {
  const open = stacksWhere(m, (b, r) => !(b === bay && r === row) && (m.height[b][r] === 0 || m.owner[b][r] === group));
  return open.reduce((room, p) => room + m.tiers - m.height[p.bay][p.row], 0);
}

function move(m: BlockModel, from: Place, to: Place, group: number): void {
  if (--m.height[from.bay][from.row] === 0) m.owner[from.bay][from.row] = -1;
  m.height[to.bay][to.row]++;
  m.owner[to.bay][to.row] = group;
}

/** Runs the ops against a yard and a model (box → group), checking problems() after every one. */
function checkOps(yard: YardStacks, ops: Op[]): void {
  const groupOf = new Map<number, number>();
  let nextBox = 0;
  let stores = 0;
  let retrieves = 0;
  for (const o of ops) {
    if (o.kind === 'store' || o.kind === 'storeAt') {
      const block = o.kind === 'store' ? o.block : 1;
      let slot: SlotRef | null;
      if (o.kind === 'store') {
        const model = modelOf(yard, block);
        slot = yard.chooseSlot(block, o.group, o.nearBay);
        const expected = expectedChoice(model, o.group, o.nearBay);
        expect(slot).toEqual(expected && { block, ...expected, tier: model.height[expected.bay][expected.row] });
        // null only when the block has no empty stack (and no stack of the group with room)
        if (slot === null) expect(model.height.flat()).not.toContain(0);
        if (slot === null) continue;
      } else {
        slot = { block, bay: o.bay, row: o.row, tier: o.tier };
      }
      const box = nextBox++;
      try {
        yard.store(box, o.group, slot);
      } catch (e) {
        expect(o.kind).toBe('storeAt'); // a chosen slot is always accepted
        expect((e as Error).message).toMatch(new RegExp(`^cannot store box ${box} `));
        expect(yard.locate(box)).toBeNull();
        continue;
      }
      groupOf.set(box, o.group);
      stores++;
      expect([yard.locate(box), yard.groupOf(box), yard.stackOwner(slot.block, slot.bay, slot.row)]).toEqual([slot, o.group, o.group]);
    } else {
      if (groupOf.size === 0) continue;
      const box = [...groupOf.keys()][o.pick % groupOf.size];
      const from = yard.locate(box)!;
      const group = groupOf.get(box)!;
      const model = modelOf(yard, from.block);
      const above = model.height[from.bay][from.row] - 1 - from.tier;
      let result;
      try {
        result = yard.retrieve(box);
      } catch (e) {
        expect((e as Error).message).toMatch(/must be moved aside but the block has room for only/);
        expect(rehandleRoom(model, group, from.bay, from.row)).toBeLessThan(above);
        expect(yard.locate(box)).toEqual(from);
        continue;
      }
      groupOf.delete(box);
      retrieves++;
      expect(result.from).toEqual(from);
      expect(result.rehandles.map((r) => r.from.tier)).toEqual(Array.from({ length: above }, (_, i) => from.tier + above - i));
      for (const r of result.rehandles) {
        const to = expectedRehandle(model, group, from.bay, from.row)!;
        expect(r.to).toEqual({ block: from.block, ...to, tier: model.height[to.bay][to.row] });
        move(model, from, to, group);
        expect([yard.locate(r.box), yard.groupOf(r.box)]).toEqual([r.to, group]);
      }
      if (yard.height(from.block, from.bay, from.row) === 0) expect(yard.stackOwner(from.block, from.bay, from.row)).toBe(-1);
    }
    expect(yard.problems()).toEqual([]);
  }
  expect(yard.problems()).toEqual([]);
  expect(yard.occupied).toBe(stores - retrieves);
  for (const [box, group] of groupOf) {
    expect(yard.locate(box)).not.toBeNull();
    expect(yard.groupOf(box)).toBe(group);
  }
  let listed = 0;
  yard.forEachBox((box, slot) => {
    listed++;
    expect([groupOf.has(box), yard.boxAt(slot)]).toEqual([true, box]);
  });
  expect(listed).toBe(groupOf.size);
}

describe('YardStacks.problems', () => {
  it('finds nothing after any sequence of stores and retrieves, and every box is where the model says', () => {
    fc.assert(
      fc.property(ops(3, 3), (list) => checkOps(new YardStacks(shapes), list)),
      { numRuns: 100 },
    );
  });

  it('places by the rules with many groups at high occupancy, never refusing while the block has an empty stack', () => {
    fc.assert(
      fc.property(ops(12, 8), (list) => checkOps(new YardStacks(shapes), list)),
      { numRuns: 100 },
    );
  });

  it('stays consistent in a cramped yard, where retrieves are often refused for want of room', () => {
    fc.assert(
      fc.property(ops(2, 4), (list) => checkOps(new YardStacks(crampedShapes), list)),
      { numRuns: 150 },
    );
  });

  describe('reports each corruption', () => {
    // box 1 under box 2 in block A bay 0, row 0 (group 1); box 3 alone in block B bay 1, row 1 (group 2)
    function yardOfThree() {
      const yard = new YardStacks(shapes);
      yard.store(1, 1, { block: 0, bay: 0, row: 0, tier: 0 });
      yard.store(2, 1, { block: 0, bay: 0, row: 0, tier: 1 });
      yard.store(3, 2, { block: 1, bay: 1, row: 1, tier: 0 });
      expect(yard.problems()).toEqual([]);
      return { yard, state: yard.state, layout: yard.layout };
    }

    it('a box in two slots', () => {
      const { yard, state, layout } = yardOfThree();
      state.slotBox[layout.slotIndex(0, 2, 1, 0)] = 1;
      expect(yard.problems()).toEqual([
        'box 1 is recorded in two slots: block "A" bay 0, row 0, tier 0 and block "A" bay 2, row 1, tier 0',
        'block "A" bay 2, row 1, tier 0 holds box 1, but box 1 is recorded at block "A" bay 0, row 0, tier 0',
        'stack at block "A" bay 2, row 1 has recorded height 0 but holds 1 box',
        'stack at block "A" bay 2, row 1 belongs to no group but box 1 at block "A" bay 2, row 1, tier 0 is of group 1',
        'block "A" bay 2 has recorded box count 0 but holds 1 box',
        'block "A" bay 2 has recorded 3 empty stacks but has 2',
        'block "A" has recorded box count 2 but holds 3 boxes',
        'occupied count is 3 but the slots hold 4 boxes',
      ]);
    });

    it("a slot whose box's recorded location is another slot", () => {
      const { yard, state, layout } = yardOfThree();
      state.boxSlot[2] = layout.slotIndex(0, 0, 1, 0);
      expect(yard.problems()).toEqual([
        'block "A" bay 0, row 0, tier 1 holds box 2, but box 2 is recorded at block "A" bay 0, row 1, tier 0',
        'box 2 is recorded at block "A" bay 0, row 1, tier 0, but that slot is empty',
      ]);
    });

    it('a floating box', () => {
      const { yard, state, layout } = yardOfThree();
      state.slotBox[layout.slotIndex(1, 1, 1, 0)] = -1;
      state.slotBox[layout.slotIndex(1, 1, 1, 1)] = 3;
      state.boxSlot[3] = layout.slotIndex(1, 1, 1, 1);
      expect(yard.problems()).toEqual(['box 3 at block "B" bay 1, row 1, tier 1 floats: tier 0 below it is empty']);
    });

    it('a stack height that disagrees with its slots', () => {
      const { yard, state, layout } = yardOfThree();
      state.stackHeight[layout.stackIndex(0, 0, 0)] = 3;
      expect(yard.problems()).toEqual(['stack at block "A" bay 0, row 0 has recorded height 3 but holds 2 boxes']);
    });

    it("a stack whose owner disagrees with its boxes' group, and an owned empty stack", () => {
      const { yard, state, layout } = yardOfThree();
      state.stackOwner[layout.stackIndex(0, 0, 0)] = 9;
      state.stackOwner[layout.stackIndex(0, 3, 2)] = 2;
      expect(yard.problems()).toEqual([
        'stack at block "A" bay 0, row 0 belongs to group 9 but box 1 at block "A" bay 0, row 0, tier 0 is of group 1',
        'stack at block "A" bay 3, row 2 is empty but belongs to group 2; an empty stack should be free',
      ]);
    });

    it("a box of one group in another group's stack", () => {
      const { yard, state } = yardOfThree();
      state.boxGroup[2] = 4; // on top of box 1, in group 1's stack
      expect(yard.problems()).toEqual([
        'stack at block "A" bay 0, row 0 belongs to group 1 but box 2 at block "A" bay 0, row 0, tier 1 is of group 4',
      ]);
    });

    it('bay and block counts that disagree', () => {
      const { yard, state, layout } = yardOfThree();
      state.bayBoxes[layout.bayIndex(0, 0)] = 5;
      state.bayEmptyStacks[layout.bayIndex(0, 1)] = 2;
      state.blockBoxes[1] = 0;
      expect(yard.problems()).toEqual([
        'block "A" bay 0 has recorded box count 5 but holds 2 boxes',
        'block "A" bay 1 has recorded 2 empty stacks but has 3',
        'block "B" has recorded box count 0 but holds 1 box',
      ]);
    });

    it("lists of stacks with room that disagree with the stacks", () => {
      const { yard, state, layout } = yardOfThree();
      state.openStacks[1].delete(2); // box 3's stack in block B has room: it must be listed
      state.openPos[layout.stackIndex(0, 2, 2)] = 0; // an empty stack marked as listed
      state.openStacks[0].get(1)!.push(layout.stackIndex(1, 0, 0)); // a stack of block B in a list of block A
      state.openStacks[0].set(5, []);
      expect(yard.problems()).toEqual([
        'stack at block "A" bay 2, row 2 is empty but is listed as having room',
        `group 1's list of stacks with room in block "A" holds stack index ${layout.stackIndex(1, 0, 0)}, which is not in the block`,
        `group 5's list of stacks with room in block "A" is empty; it should have been dropped`,
        `stack at block "B" bay 1, row 1 has room but is missing from group 2's list of stacks with room`,
      ]);
    });

    it("a list entry in another group's list, and one at a position not recorded", () => {
      const { yard, state, layout } = yardOfThree();
      const stack = layout.stackIndex(0, 0, 0); // group 1's, with room
      state.openStacks[0].set(7, [stack]);
      state.openStacks[0].get(1)!.push(stack);
      expect(yard.problems()).toEqual([
        `group 1's list of stacks with room in block "A" holds the stack at block "A" bay 0, row 0 at position 1, but its recorded position is 0`,
        `group 7's list of stacks with room in block "A" holds the stack at block "A" bay 0, row 0, which belongs to group 1`,
      ]);
    });

    it('a slot holding neither a box nor empty, a box recorded outside the yard, a group left on a retrieved box', () => {
      const { yard, state, layout } = yardOfThree();
      state.slotBox[layout.slotIndex(0, 3, 0, 0)] = -5;
      state.boxSlot[5] = 999;
      state.boxGroup[6] = 3;
      expect(yard.problems()).toEqual([
        'block "A" bay 3, row 0, tier 0 holds -5, which is neither a box id nor empty (-1)',
        'stack at block "A" bay 3, row 0 has recorded height 0 but holds 1 box',
        'block "A" bay 3 has recorded box count 0 but holds 1 box',
        'block "A" bay 3 has recorded 3 empty stacks but has 2',
        'block "A" has recorded box count 2 but holds 3 boxes',
        'box 5 is recorded at slot index 999, which is outside the yard',
        'box 6 is not in the yard but still has group 3',
        'occupied count is 3 but the slots hold 4 boxes',
      ]);
    });

    it('an occupied count that disagrees', () => {
      const { yard, state } = yardOfThree();
      state.occupied = 2;
      expect(yard.problems()).toEqual(['occupied count is 2 but the slots hold 3 boxes']);
    });
  });
});
