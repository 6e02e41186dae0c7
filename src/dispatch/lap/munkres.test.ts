import fc from 'fast-check';
import munkres from 'munkres';
import { describe, expect, it } from 'vitest';
import { AssignmentSolver } from './index';
import { expectConsistent, expectSameCost, geometricInstance, instanceOf, type Instance } from './lapTestSupport';

/** The `munkres` package (Hungarian method) on the same matrix: the total of its pairing. */
function munkresCost({ rows, cols, cost }: Instance): number {
  const matrix = Array.from({ length: rows }, (_, i) => Array.from(cost.subarray(i * cols, (i + 1) * cols)));
  let total = 0;
  for (const [i, j] of munkres(matrix)) total += matrix[i][j];
  return total;
}

const SHAPES = [
  [20, 60],
  [50, 50],
  [80, 30],
] as const;

describe('AssignmentSolver against the munkres package', () => {
  for (const [rows, cols] of SHAPES) {
    const uniform = instanceOf(rows, cols, fc.double({ min: 0, max: 1000, noNaN: true }));
    // A tenth forbidden: munkres then pairs every row (or column) of the smaller side, using a
    // forbidden pair only when no full pairing of allowed ones exists (its total is then Infinity).
    const sparse = instanceOf(rows, cols, fc.oneof({ arbitrary: fc.integer({ min: 0, max: 50 }), weight: 9 }, { arbitrary: fc.constant(Infinity), weight: 1 }));

    for (const [name, instances] of [
      ['uniform', uniform],
      ['geometric', geometricInstance(rows, cols)],
      ['integer, 10% forbidden', sparse],
    ] as const) {
      it(`${rows}×${cols} ${name}: same optimal cost`, () => {
        const solver = new AssignmentSolver();
        fc.assert(
          fc.property(instances, (instance) => {
            const expected = munkresCost(instance);
            fc.pre(expected !== Infinity);
            const result = solver.solve(instance.cost, rows, cols);
            expectConsistent(result, instance);
            expect(result.assigned).toBe(Math.min(rows, cols));
            expectSameCost(result.cost, expected);
          }),
          { numRuns: 25 },
        );
      });
    }
  }
});
