import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventList } from './eventList';

type Entry = { t: number; p: number; i: number };
const byOrder = (a: Entry, b: Entry) => a.t - b.t || a.p - b.p || a.i - b.i;

describe('EventList', () => {
  it('pops in (time, priority, insertion) order under random schedules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: fc.integer({ min: 0, max: 20 }), priority: fc.integer({ min: 0, max: 3 }) }), { maxLength: 300 }),
        (entries) => {
          const list = new EventList<number>();
          entries.forEach((e, i) => list.push(e.time, e.priority, i));
          const popped: number[] = [];
          while (list.size > 0) popped.push(list.pop());
          const expected = entries.map((e, i) => ({ t: e.time, p: e.priority, i })).sort(byOrder).map((e) => e.i);
          expect(popped).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the order as a simulation uses it: pops interleaved with pushes at now + delay', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('pop' as const) }),
      fc.record({
        kind: fc.constant('push' as const),
        // integer delays make equal times common; fractional ones exercise bucket boundaries
        delay: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 1000, noNaN: true })),
        priority: fc.integer({ min: 0, max: 2 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 600 }), (ops) => {
        const list = new EventList<number>();
        const model: Entry[] = [];
        let now = 0;
        let n = 0;
        for (const o of ops) {
          if (o.kind === 'push' || model.length === 0) {
            const delay = o.kind === 'push' ? o.delay : 1;
            const p = o.kind === 'push' ? o.priority : 1;
            list.push(now + delay, p, n);
            model.push({ t: now + delay, p, i: n++ });
          } else {
            model.sort(byOrder);
            const next = model.shift()!;
            expect(list.peekTime()).toBe(next.t);
            expect(list.pop()).toBe(next.i);
            now = next.t;
          }
          expect(list.size).toBe(model.length);
        }
        model.sort(byOrder);
        while (model.length > 0) expect(list.pop()).toBe(model.shift()!.i);
      }),
      { numRuns: 400 },
    );
  });

  it('accepts an event earlier than ones already spread into buckets', () => {
    const list = new EventList<string>();
    for (let i = 0; i < 100; i++) list.push(10 + i, 1, `e${i}`);
    expect(list.peekTime()).toBe(10); // builds the rung
    list.push(3, 1, 'early');
    list.push(10, 0, 'urgent-at-10');
    expect([list.pop(), list.pop(), list.pop()]).toEqual(['early', 'urgent-at-10', 'e0']);
  });

  it('handles thousands of events at one instant in FIFO order', () => {
    const list = new EventList<number>();
    for (let i = 0; i < 5000; i++) list.push(7, 1, i);
    const out: number[] = [];
    while (list.size > 0) out.push(list.pop());
    expect(out).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('reports Infinity when empty and refuses to pop', () => {
    const list = new EventList<string>();
    expect(list.peekTime()).toBe(Infinity);
    list.push(3, 1, 'a');
    list.pop();
    expect(list.peekTime()).toBe(Infinity);
    expect(() => list.pop()).toThrow('pop from an empty event list');
  });
});
