import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap } from './eventHeap';

describe('EventHeap', () => {
  it('pops in (time, priority, insertion) order under random schedules', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: fc.integer({ min: 0, max: 20 }), priority: fc.integer({ min: 0, max: 3 }) }), { maxLength: 300 }),
        (entries) => {
          const heap = new EventHeap<number>(4); // tiny start so growth is exercised
          entries.forEach((e, i) => heap.push(e.time, e.priority, i));
          const popped: number[] = [];
          while (heap.size > 0) popped.push(heap.pop());
          const expected = entries
            .map((e, i) => ({ ...e, i }))
            .sort((a, b) => a.time - b.time || a.priority - b.priority || a.i - b.i)
            .map((e) => e.i);
          expect(popped).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps order when pushes and pops interleave, and refills a taken top', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 50 })), { maxLength: 400 }), (ops) => {
        const heap = new EventHeap<number>(2);
        const model: { t: number; i: number }[] = [];
        let n = 0;
        for (const [isPush, dt] of ops) {
          if (isPush || model.length === 0) {
            heap.push(dt, 1, n);
            model.push({ t: dt, i: n++ });
          } else if (dt % 2 === 0) {
            model.sort((a, b) => a.t - b.t || a.i - b.i);
            expect(heap.pop()).toBe(model.shift()!.i);
          } else {
            // take the top and schedule a successor into the hole, as the kernel does
            model.sort((a, b) => a.t - b.t || a.i - b.i);
            const top = model.shift()!;
            expect(heap.takeTop()).toBe(top.i);
            heap.push(top.t + dt, 1, n);
            model.push({ t: top.t + dt, i: n++ });
            heap.closeHole();
          }
          const min = model.reduce((m, e) => Math.min(m, e.t), Infinity);
          expect(heap.peekTime()).toBe(min);
        }
        expect(heap.size).toBe(model.length);
      }),
      { numRuns: 300 },
    );
  });

  it('reports Infinity when empty', () => {
    const heap = new EventHeap<string>();
    expect(heap.peekTime()).toBe(Infinity);
    heap.push(3, 1, 'a');
    heap.pop();
    expect(heap.peekTime()).toBe(Infinity);
  });
});
