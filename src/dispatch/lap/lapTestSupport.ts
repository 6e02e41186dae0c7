import fc from 'fast-check';
import { expect } from 'vitest';
import type { AssignmentResult } from './assignmentSolver';

/** Shared by the solver's tests (not used at run time). */

export interface Instance {
  rows: number;
  cols: number;
  /** row-major rows × cols */
  cost: Float64Array;
}

/** An instance of the given shape whose entries come from `entry`. */
export function instanceOf(rows: number, cols: number, entry: fc.Arbitrary<number>): fc.Arbitrary<Instance> {
  return fc.array(entry, { minLength: rows * cols, maxLength: rows * cols }).map((values) => ({ rows, cols, cost: Float64Array.from(values) }));
}

/** Costs of `rows` random points to `cols` random points on a 2400 m × 600 m plane (Euclidean). */
export function geometricInstance(rows: number, cols: number): fc.Arbitrary<Instance> {
  const point = fc.tuple(fc.double({ min: 0, max: 2400, noNaN: true }), fc.double({ min: 0, max: 600, noNaN: true }));
  return fc
    .tuple(fc.array(point, { minLength: rows, maxLength: rows }), fc.array(point, { minLength: cols, maxLength: cols }))
    .map(([from, to]) => {
      const cost = new Float64Array(rows * cols);
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) cost[i * cols + j] = Math.hypot(from[i][0] - to[j][0], from[i][1] - to[j][1]);
      }
      return { rows, cols, cost };
    });
}

/** The pairing is a matching of allowed pairs, both arrays say the same, and cost/assigned add up. */
export function expectConsistent(result: AssignmentResult, { rows, cols, cost }: Instance): void {
  expect(result.rowToCol.length).toBe(rows);
  expect(result.colToRow.length).toBe(cols);
  let total = 0;
  let assigned = 0;
  for (let i = 0; i < rows; i++) {
    const j = result.rowToCol[i];
    if (j === -1) continue;
    expect(j).toBeGreaterThanOrEqual(0);
    expect(j).toBeLessThan(cols);
    expect(result.colToRow[j]).toBe(i);
    expect(cost[i * cols + j]).not.toBe(Infinity);
    total += cost[i * cols + j];
    assigned++;
  }
  for (let j = 0; j < cols; j++) {
    const i = result.colToRow[j];
    if (i !== -1) expect(result.rowToCol[i]).toBe(j);
  }
  expect(result.assigned).toBe(assigned);
  expect(result.cost).toBe(total);
}

/** |actual - expected| within 1e-9 relative: the same optimum summed in another order. */
export function expectSameCost(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}
