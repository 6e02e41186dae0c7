import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../sim';
import { preMarshalMove } from './housekeeping';
import { YardStacks, type SlotRef } from './yardStacks';

const shape = { id: 'A', bays: 6, rows: 4, tiers: 4 };
const at = (bay: number, row: number, tier: number): SlotRef => ({ block: 0, bay, row, tier });

/** Every box in the yard with its slot and group, read slot by slot: the brute-force view. */
function allBoxes(yard: YardStacks): { box: number; slot: SlotRef; group: number }[] {
  const out: { box: number; slot: SlotRef; group: number }[] = [];
  yard.forEachBox((box, slot) => out.push({ box, slot, group: yard.groupOf(box) }));
  return out;
}

describe('category retrieval', () => {
  it('gives a top box of the category, the nearest to the carrier, for any yard (against a brute-force scan)', () => {
    const streams = new RandomStreams(7);
    for (let trial = 0; trial < 200; trial++) {
      const r = streams.stream(`trial:${trial}`);
      const yard = new YardStacks([shape]);
      const groups = 1 + r.int(5);
      let id = 0;
      // fill by the yard's own rule, so stacks hold one group each as they do in a run
      for (let n = r.int(70); n > 0; n--) {
        const group = r.int(groups);
        const slot = yard.chooseSlot(0, group, r.int(shape.bays));
        if (slot !== null) yard.store(id++, group, slot);
      }
      const group = r.int(groups);
      const near = r.int(shape.bays);
      const got = yard.topOfGroup(0, group, near);
      const tops = allBoxes(yard).filter((b) => b.group === group && yard.height(0, b.slot.bay, b.slot.row) === b.slot.tier + 1);
      if (tops.length === 0) {
        expect(got).toBe(-1);
        continue;
      }
      const best = Math.min(...tops.map((b) => Math.abs(b.slot.bay - near)));
      const gotSlot = yard.locate(got)!;
      expect(yard.groupOf(got)).toBe(group);
      expect(yard.height(0, gotSlot.bay, gotSlot.row)).toBe(gotSlot.tier + 1); // on top: no rehandle
      expect(Math.abs(gotSlot.bay - near)).toBe(best);
      expect(yard.retrieve(got).rehandles).toEqual([]);
      expect(yard.problems()).toEqual([]);
    }
  });

  it('keeps to the crane\'s bays and says when the category has no box there', () => {
    const yard = new YardStacks([shape]);
    yard.store(1, 3, at(0, 0, 0));
    yard.store(2, 3, at(5, 1, 0));
    expect(yard.topOfGroup(0, 3, 0, 2, 6)).toBe(2);
    expect(yard.topOfGroup(0, 3, 5, 0, 3)).toBe(1);
    expect(yard.topOfGroup(0, 3, 3, 1, 5)).toBe(-1);
    expect(yard.topOfGroup(0, 4, 3)).toBe(-1);
  });
});

describe('rehandle placement, leave-later', () => {
  it('puts a dug-out box on the stack whose boxes all leave after it, the tightest one, not the nearest', () => {
    const yard = new YardStacks([shape]);
    // box 10 (leaves at 500) sits on box 11 (leaves at 100): digging 11 lifts 10
    yard.store(11, 0, at(2, 0, 0), 100);
    yard.store(10, 0, at(2, 0, 1), 500);
    yard.store(20, 0, at(2, 1, 0), 300); // nearest, same bay: but leaves before 10, which would bury it
    yard.store(21, 0, at(4, 0, 0), 900); // leaves after 10, but later than …
    yard.store(22, 0, at(5, 2, 0), 600); // … this one: the tightest fit
    expect(yard.retrieve(11, 'leave-later').rehandles).toEqual([{ box: 10, from: at(2, 0, 1), to: at(5, 2, 1) }]);
    expect(yard.problems()).toEqual([]);
  });

  it('falls back to an empty stack of the same bay, then to the stack whose first box leaves latest', () => {
    const yard = new YardStacks([{ id: 'A', bays: 2, rows: 2, tiers: 3 }]);
    yard.store(1, 0, at(0, 0, 0), 100);
    yard.store(2, 0, at(0, 0, 1), 800);
    yard.store(3, 0, at(1, 0, 0), 200); // leaves before 2: no fit
    // an empty stack of bay 0 (row 1) comes before bay 1's
    expect(yard.retrieve(1, 'leave-later').rehandles).toEqual([{ box: 2, from: at(0, 0, 1), to: at(0, 1, 0) }]);
    const full = new YardStacks([{ id: 'A', bays: 1, rows: 3, tiers: 3 }]);
    full.store(1, 0, at(0, 0, 0), 100);
    full.store(2, 0, at(0, 0, 1), 800);
    full.store(3, 0, at(0, 1, 0), 200);
    full.store(4, 0, at(0, 2, 0), 300); // no empty stack, no fit: the latest first leave (300) is the least harm
    expect(full.retrieve(1, 'leave-later').rehandles).toEqual([{ box: 2, from: at(0, 0, 1), to: at(0, 2, 1) }]);
  });

  it('uses the nearest rule for a box whose leave time is unknown', () => {
    const yard = new YardStacks([shape]);
    yard.store(1, 0, at(2, 0, 0), 100);
    yard.store(2, 0, at(2, 0, 1)); // unknown
    yard.store(3, 0, at(5, 0, 0), 900);
    // nearest rule: the group's room in the same bay first (none), then its nearest stack in another bay
    expect(yard.retrieve(1, 'leave-later').rehandles).toEqual([{ box: 2, from: at(2, 0, 1), to: at(5, 0, 1) }]);
  });
});

describe('housekeeping (pre-marshalling)', () => {
  /** A seeded yard of 40 boxes in one group with random leave times; returns it and the leave order. */
  function seededYard(seed: number): { yard: YardStacks; order: number[] } {
    const r = new RandomStreams(seed).stream('yard');
    const yard = new YardStacks([shape]);
    const leave: number[] = [];
    for (let box = 0; box < 40; box++) {
      leave.push(r.int(100_000));
      const slot = yard.chooseSlot(0, 0, r.int(shape.bays))!;
      yard.store(box, 0, slot, leave[box]);
    }
    return { yard, order: leave.map((_, i) => i).sort((a, b) => leave[a] - leave[b] || a - b) };
  }

  const rehandlesOf = (yard: YardStacks, order: number[]) => order.reduce((n, box) => n + yard.retrieve(box, 'leave-later').rehandles.length, 0);

  it('conserves every box and lowers the rehandles of retrieving them in leave order (seeds 1–5)', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const plain = seededYard(seed);
      const before = rehandlesOf(plain.yard, plain.order);
      const { yard, order } = seededYard(seed);
      const boxes = allBoxes(yard).map((b) => b.box).sort((a, b) => a - b);
      let moves = 0;
      for (let m = preMarshalMove(yard, 0, 0, shape.bays, Infinity, 0); m !== null; m = preMarshalMove(yard, 0, 0, shape.bays, Infinity, 0)) {
        yard.relocate(m.box, m.toBay, m.toRow);
        expect(yard.problems()).toEqual([]);
        if (++moves > 200) throw new Error('housekeeping does not end');
      }
      expect(allBoxes(yard).map((b) => b.box).sort((a, b) => a - b)).toEqual(boxes);
      const after = rehandlesOf(yard, order);
      expect(moves).toBeGreaterThan(0);
      expect(after).toBeLessThan(before);
    }
  });

  it('only moves boxes burying one due within the horizon, inside the crane\'s bays', () => {
    const yard = new YardStacks([shape]);
    yard.store(1, 0, at(1, 0, 0), 1000);
    yard.store(2, 0, at(1, 0, 1), 5000);
    expect(preMarshalMove(yard, 0, 0, 6, 999, 0)).toBeNull(); // box 1 is due after the horizon
    expect(preMarshalMove(yard, 0, 0, 6, 1001, 0)).toEqual({ box: 2, fromBay: 1, toBay: 1, toRow: 1 });
    expect(preMarshalMove(yard, 0, 2, 6, 1001, 0)).toBeNull(); // the stack is outside bays 2–5
    expect(preMarshalMove(yard, 0, 0, 6, 1001, 24)).toBeNull(); // no empty stack may be opened
  });
});
