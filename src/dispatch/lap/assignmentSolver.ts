import { augmentRow } from './augment';
import { augmentRowLexicographic } from './lexicographicAugment';
import { INVALID_COST, reduceRows } from './rowReduction';
import { LapWorkspace } from './workspace';

export interface AssignmentResult {
  /** the column of each row; -1 = row unassigned */
  rowToCol: Int32Array;
  /** the row of each column; -1 = column unassigned */
  colToRow: Int32Array;
  /** sum of the costs of the assigned pairs */
  cost: number;
  /** number of assigned pairs */
  assigned: number;
}

/**
 * Rectangular linear assignment (min-cost bipartite matching), exact, in three stages:
 * Jonker–Volgenant's augmenting row reduction places most rows cheaply (rowReduction.ts); each row
 * left joins along a shortest augmenting path, the method of Crouse 2016 and SciPy's
 * `linear_sum_assignment` (augment.ts); if forbidden pairs block a row, a search on two-part costs
 * finishes (lexicographicAugment.ts). O(min² · max) worst case, far less on typical instances.
 *
 * One solver keeps its scratch buffers between calls, growing them only for a larger instance; it
 * is not re-entrant. Each result owns fresh arrays, valid for as long as the caller keeps them.
 */
export class AssignmentSolver {
  private readonly ws = new LapWorkspace();

  /** cost is row-major rows×cols; Infinity marks a forbidden pair. Either side may be larger.
   *  Result: a maximum-cardinality set of allowed pairs and, among those, minimum total cost.
   *  Only the first rows×cols entries are read, and never written. Throws a RangeError for a NaN
   *  or -Infinity cost (naming its row and column) or a bad shape. */
  solve(cost: Float64Array, rows: number, cols: number): AssignmentResult {
    checkShape(cost, rows, cols);
    const rowToCol = new Int32Array(rows).fill(-1);
    const colToRow = new Int32Array(cols).fill(-1);
    if (rows === 0 || cols === 0) return { rowToCol, colToRow, cost: 0, assigned: 0 };

    // The search adds one row at a time and wants rows ≤ columns: a tall matrix is solved as its
    // transpose, and the roles of the two result arrays swap with it.
    const valid =
      rows <= cols
        ? solveWide(this.ws, cost, rows, cols, rowToCol, colToRow)
        : solveWide(this.ws, this.ws.transpose(cost, rows, cols), cols, rows, colToRow, rowToCol);
    if (!valid) throwInvalidCost(cost, rows, cols);

    let total = 0;
    let assigned = 0;
    for (let i = 0; i < rows; i++) {
      const j = rowToCol[i];
      if (j === -1) continue;
      total += cost[i * cols + j];
      assigned++;
    }
    return { rowToCol, colToRow, cost: total, assigned };
  }
}

/**
 * Fills colForRow/rowForCol (all -1 on entry) for a rows × cols matrix with rows ≤ cols.
 * Returns false, with the matching unfinished, if a cost is NaN or -Infinity.
 */
function solveWide(ws: LapWorkspace, cost: Float64Array, rows: number, cols: number, colForRow: Int32Array, rowForCol: Int32Array): boolean {
  ws.prepare(rows, cols);
  const left = reduceRows(ws, cost, rows, cols, colForRow, rowForCol);
  if (left === INVALID_COST) return false;
  const free = ws.freeRows;
  let k = 0;
  for (; k < left; k++) {
    if (augmentRow(ws, cost, cols, free[k], colForRow, rowForCol) === 'blocked') break;
  }
  if (k === left) return true;

  // A row is blocked: finish exactly with two-part costs, then give up the forbidden pairs they
  // had to use (those rows are the ones no maximum matching of allowed pairs can also place).
  ws.prepareLexicographic(rows, cols);
  for (; k < left; k++) augmentRowLexicographic(ws, cost, cols, free[k], colForRow, rowForCol);
  for (let i = 0; i < rows; i++) {
    const j = colForRow[i];
    if (j !== -1 && cost[i * cols + j] === Infinity) {
      colForRow[i] = -1;
      rowForCol[j] = -1;
    }
  }
  return true;
}

function checkShape(cost: Float64Array, rows: number, cols: number): void {
  if (!Number.isSafeInteger(rows) || rows < 0 || !Number.isSafeInteger(cols) || cols < 0) {
    throw new RangeError(`rows and cols must be non-negative integers, got ${rows}×${cols}`);
  }
  if (cost.length < rows * cols) throw new RangeError(`cost has ${cost.length} entries, a ${rows}×${cols} matrix needs ${rows * cols}`);
}

/** The solve met a NaN or -Infinity (it checks while it scans): find the first and name it. */
function throwInvalidCost(cost: Float64Array, rows: number, cols: number): never {
  const k = cost.subarray(0, rows * cols).findIndex((c) => !(c > -Infinity));
  throw new RangeError(`cost[${Math.floor(k / cols)}][${k % cols}] is ${cost[k]}: costs must be finite or +Infinity (forbidden)`);
}
