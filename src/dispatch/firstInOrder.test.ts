import { describe, expect, it } from 'vitest';
import { compareNumbers, firstInOrder } from './firstInOrder';

describe('firstInOrder', () => {
  it('takes what sorting a copy and slicing takes, for every n', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 50; trial++) {
      // coarse values so that ties are common; id breaks them
      const items = Array.from({ length: Math.floor(next() * 40) }, (_, id) => ({ t: Math.floor(next() * 5) / 2, id }));
      const order = (a: { t: number; id: number }, b: { t: number; id: number }) => compareNumbers(a.t, b.t) || a.id - b.id;
      for (const n of [1, 2, 3, 15, 16, 50]) expect(firstInOrder(items, n, order)).toEqual([...items].sort(order).slice(0, n));
    }
  });

  it('reads equal infinities as a tie, as the NaN of their difference was', () => {
    expect(compareNumbers(Infinity, Infinity)).toBe(0);
    expect(compareNumbers(1.5, 2)).toBe(-1);
  });
});
