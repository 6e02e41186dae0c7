import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AssignmentSolver } from './index';
import { expectConsistent, expectSameCost, geometricInstance, instanceOf, type Instance } from './lapTestSupport';

const F = Infinity;

function solve(rows: number, cols: number, values: number[]) {
  return new AssignmentSolver().solve(Float64Array.from(values), rows, cols);
}

/**
 * Every partial injection rows → columns over allowed pairs: the most pairs, then the least cost.
 * Sums in row order, as the solver does, so equal pairings give equal sums to the bit.
 */
function bruteForce({ rows, cols, cost }: Instance): { assigned: number; cost: number } {
  let best = { assigned: 0, cost: 0 };
  const used = new Array<boolean>(cols).fill(false);
  const visit = (row: number, assigned: number, total: number): void => {
    if (row === rows) {
      if (assigned > best.assigned || (assigned === best.assigned && total < best.cost)) best = { assigned, cost: total };
      return;
    }
    visit(row + 1, assigned, total); // the row stays unassigned
    for (let j = 0; j < cols; j++) {
      const c = cost[row * cols + j];
      if (used[j] || c === Infinity) continue;
      used[j] = true;
      visit(row + 1, assigned + 1, total + c);
      used[j] = false;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** Up to 7 × 7 either way round, entries from `entry`. */
const small = (entry: fc.Arbitrary<number>) =>
  fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })).chain(([rows, cols]) => instanceOf(rows, cols, entry));
const withForbidden = (finite: fc.Arbitrary<number>, forbiddenWeight: number) =>
  fc.oneof({ arbitrary: finite, weight: 10 - forbiddenWeight }, { arbitrary: fc.constant(Infinity), weight: forbiddenWeight });
const integers = fc.integer({ min: -20, max: 60 });
const reals = fc.double({ min: -50, max: 1000, noNaN: true });

/**
 * Columns of uneven scarcity: each column is allowed to a random share of the rows. Rows then
 * compete for the scarce columns and often block, which is what the lexicographic search is for
 * (uniformly scattered Infinity entries rarely get there).
 */
const scarceColumns = (finite: fc.Arbitrary<number>) =>
  fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 })).chain(([rows, cols]) =>
    fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: cols, maxLength: cols }),
        fc.array(fc.tuple(finite, fc.integer({ min: 0, max: 9 })), { minLength: rows * cols, maxLength: rows * cols }),
      )
      .map(([allowedTenths, entries]): Instance => {
        const cost = Float64Array.from(entries, ([c, draw], k) => (draw < allowedTenths[k % cols] ? c : Infinity));
        return { rows, cols, cost };
      }),
  );

/** One solver for all runs (its buffers are reused); consistent pairing, brute force's optimum. */
function agreesWithBruteForce(instances: fc.Arbitrary<Instance>, costs: 'exact' | 'rounded', numRuns: number): void {
  const solver = new AssignmentSolver();
  fc.assert(
    fc.property(instances, (instance) => {
      const result = solver.solve(instance.cost, instance.rows, instance.cols);
      expectConsistent(result, instance);
      const best = bruteForce(instance);
      expect(result.assigned).toBe(best.assigned);
      if (costs === 'exact') expect(result.cost).toBe(best.cost);
      else expectSameCost(result.cost, best.cost);
    }),
    { numRuns },
  );
}

describe('AssignmentSolver against brute force', () => {
  // Integer costs sum exactly, so the optimum must match to the bit; many ties test the tie rules.
  for (const forbiddenWeight of [0, 2, 6]) {
    it(`integer costs, ${forbiddenWeight * 10}% forbidden: same cardinality and cost`, () => {
      agreesWithBruteForce(small(withForbidden(integers, forbiddenWeight)), 'exact', 500);
    });
  }

  it('integer costs, scarce columns: same cardinality and cost', () => {
    agreesWithBruteForce(scarceColumns(integers), 'exact', 1000);
  });

  it('real costs with forbidden pairs: same cardinality, same cost up to rounding', () => {
    agreesWithBruteForce(fc.oneof(small(withForbidden(reals, 3)), scarceColumns(reals)), 'rounded', 1000);
  });
});

describe('AssignmentSolver on known instances', () => {
  it('solves a 3×3 with a unique optimum', () => {
    // Rows pick columns 1, 0, 2: 1 + 2 + 2 = 5; the next best pairing costs 6.
    const result = solve(3, 3, [4, 1, 3, 2, 0, 5, 3, 2, 2]);
    expect([...result.rowToCol]).toEqual([1, 0, 2]);
    expect([...result.colToRow]).toEqual([1, 0, 2]);
    expect(result.cost).toBe(5);
    expect(result.assigned).toBe(3);
  });

  it('solves a wide 2×4 and its tall transpose alike', () => {
    const wide = [7, 3, 9, 2, 4, 1, 8, 6];
    // Row 0 → column 3 (2), row 1 → column 1 (1): 3; giving row 1 column 0 instead costs 6.
    const result = solve(2, 4, wide);
    expect([...result.rowToCol]).toEqual([3, 1]);
    expect([...result.colToRow]).toEqual([-1, 1, -1, 0]);
    expect(result.cost).toBe(3);
    const tall = solve(4, 2, [7, 4, 3, 1, 9, 8, 2, 6]);
    expect([...tall.rowToCol]).toEqual([-1, 1, -1, 0]);
    expect([...tall.colToRow]).toEqual([3, 1]);
    expect(tall.cost).toBe(3);
  });

  it('leaves an all-forbidden row unassigned and matches the others', () => {
    const result = solve(3, 3, [1, 5, 9, F, F, F, 2, 1, 7]);
    expect([...result.rowToCol]).toEqual([0, -1, 1]);
    expect(result.cost).toBe(2);
    expect(result.assigned).toBe(2);
  });

  it('prefers more pairs over a lower cost', () => {
    // Row 0 alone could take column 0 for 1, but then row 1 has nothing: two pairs cost 100 + 100.
    const result = solve(2, 2, [1, 100, 100, F]);
    expect([...result.rowToCol]).toEqual([1, 0]);
    expect(result.cost).toBe(200);
  });

  it('trades a matched row for a cheaper blocked one', () => {
    // Rows 0 and 1 both may only take column 0; row 1 is cheaper. Skipping the blocked row would keep 5.
    for (const result of [solve(3, 3, [5, F, F, 1, F, F, F, 3, F]), solve(3, 2, [5, F, 1, F, F, 3])]) {
      expect([...result.rowToCol]).toEqual([-1, 0, 1]);
      expect(result.cost).toBe(4);
      expect(result.assigned).toBe(2);
    }
  });

  it('handles negative costs', () => {
    const result = solve(2, 3, [-5, -1, 0, -4, -6, F]);
    expect([...result.rowToCol]).toEqual([0, 1]);
    expect(result.cost).toBe(-11);
  });

  it('returns an empty matching for 0×n, n×0 and all-forbidden matrices', () => {
    for (const [rows, cols, values] of [[0, 4, []], [3, 0, []], [2, 2, [F, F, F, F]]] as const) {
      const result = solve(rows, cols, [...values]);
      expect([...result.rowToCol]).toEqual(new Array(rows).fill(-1));
      expect([...result.colToRow]).toEqual(new Array(cols).fill(-1));
      expect(result.cost).toBe(0);
      expect(result.assigned).toBe(0);
    }
  });

  it('rejects NaN and -Infinity naming the row and column, and a short cost array', () => {
    expect(() => solve(2, 3, [1, 2, 3, 4, NaN, 6])).toThrow(new RangeError('cost[1][1] is NaN: costs must be finite or +Infinity (forbidden)'));
    expect(() => solve(3, 2, [1, 2, 3, 4, 5, -F])).toThrow(new RangeError('cost[2][1] is -Infinity: costs must be finite or +Infinity (forbidden)'));
    expect(() => solve(2, 2, [1, 2, 3])).toThrow(RangeError);
    expect(() => solve(-1, 2, [])).toThrow(RangeError);
  });
});

describe('AssignmentSolver buffer reuse', () => {
  it('gives the same results as fresh solvers on big, small, big sequences', () => {
    const sequence = fc.tuple(
      geometricInstance(40, 25),
      small(withForbidden(integers, 3)),
      instanceOf(30, 45, withForbidden(reals, 2)),
      geometricInstance(12, 50),
    );
    fc.assert(
      fc.property(sequence, (instances) => {
        const reused = new AssignmentSolver();
        for (const instance of instances) {
          const again = reused.solve(instance.cost, instance.rows, instance.cols);
          const fresh = new AssignmentSolver().solve(instance.cost, instance.rows, instance.cols);
          expect(again).toEqual(fresh);
        }
      }),
      { numRuns: 30 },
    );
  });
});
