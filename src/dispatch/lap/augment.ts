import type { LapWorkspace } from './workspace';

/**
 * What one row's search found.
 * - `done`: the row is matched now; the matching stays minimum-cost for the rows done so far.
 * - `noAllowedPair`: every pair of the row is forbidden; no matching can use it, so it is skipped.
 * - `blocked`: the row has allowed pairs but no augmenting path; only trading it for another row
 *   could place it, which the lexicographic search decides.
 */
export type AugmentOutcome = 'done' | 'noAllowedPair' | 'blocked';

/**
 * Adds `row` to the matching along a shortest augmenting path: the rectangular shortest augmenting
 * path method of Jonker–Volgenant as Crouse (2016) writes it and SciPy's `linear_sum_assignment`
 * implements it. Dijkstra runs over reduced costs `c[i][j] - u[i] - v[j]` (≥ 0 on the rows already
 * matched) from `row` until it scans a free column, then the duals move so that the path becomes
 * tight and the matching flips along it.
 *
 * `cost` is row-major with `cols` columns, rows ≤ cols. Infinity (forbidden) stays Infinity through
 * the arithmetic and is never chosen. On `blocked` nothing but scratch has changed.
 */
export function augmentRow(ws: LapWorkspace, cost: Float64Array, cols: number, row: number, colForRow: Int32Array, rowForCol: Int32Array): AugmentOutcome {
  const u = ws.rowDual;
  const v = ws.colDual;
  const distance = ws.distance;
  let index = scanFirst(ws, cost, cols, row, rowForCol);
  let lowest = index === -1 ? Infinity : distance[index];
  if (lowest === Infinity) return 'noAllowedPair';
  if (rowForCol[index] === -1) {
    // The nearest column is free: the path is that one pair, and the only dual to move is the row's.
    u[row] += lowest;
    colForRow[row] = index;
    rowForCol[index] = row;
    return 'done';
  }

  // A longer search. A scanned column leaves the relaxation by taking the dual -Infinity: every
  // path through it then costs Infinity and never lowers its distance, so each scan can run over
  // all columns in memory order, without a scanned flag or an index list. The scanned list keeps
  // each scanned column, its real dual and its distance (the lowest distance when it was scanned).
  const scannedCol = ws.scannedCol;
  const scannedDual = ws.scannedDual;
  const scannedDistance = ws.scannedDistance;
  ws.pathRow.fill(row, 0, cols);
  let scanned = 0;
  let reached: number;
  for (;;) {
    if (lowest === Infinity) {
      for (let k = 0; k < scanned; k++) v[scannedCol[k]] = scannedDual[k];
      return 'blocked';
    }
    const j = index;
    scannedCol[scanned] = j;
    scannedDual[scanned] = v[j];
    scannedDistance[scanned] = lowest;
    scanned++;
    v[j] = -Infinity;
    distance[j] = Infinity;
    const owner = rowForCol[j];
    if (owner === -1) {
      reached = j;
      break;
    }
    // Continue from the row that holds j; lowest is the distance to that row.
    index = scanFrom(ws, cost, cols, owner, lowest - u[owner], rowForCol);
    lowest = index === -1 ? Infinity : distance[index];
  }

  // Dual update (Crouse's step 4) over the scanned columns and the rows that hold them; lowest is
  // the length of the path to the free column `reached`.
  u[row] += lowest;
  for (let k = 0; k < scanned; k++) {
    const j = scannedCol[k];
    const slack = lowest - scannedDistance[k];
    v[j] = scannedDual[k] - slack;
    if (j !== reached) u[rowForCol[j]] += slack;
  }
  flipPath(ws.pathRow, reached, colForRow, rowForCol);
  return 'done';
}

// The two scans are functions of their own (not inlined loops) so that V8 optimises each with its
// own type feedback: one big function entered by on-stack replacement in its first loop kept
// deoptimising on the paths that loop had not yet run.

/**
 * The first scan, from `row` itself, reaches every column: it sets the distances rather than
 * lowering them, and walks the cost row in memory order. Negative costs are fine here: only the
 * source row's reduced costs may be negative, which shifts every distance alike.
 * Returns the nearest column, a free one on a tie (the search ends there, one scan sooner).
 */
function scanFirst(ws: LapWorkspace, cost: Float64Array, cols: number, row: number, rowForCol: Int32Array): number {
  const v = ws.colDual;
  const distance = ws.distance;
  const offset = row * cols;
  const base = -ws.rowDual[row];
  let lowest = Infinity;
  let index = -1;
  for (let j = 0; j < cols; j++) {
    const d = base + cost[offset + j] - v[j];
    distance[j] = d;
    if (d <= lowest && (d < lowest || rowForCol[j] === -1)) {
      lowest = d;
      index = j;
    }
  }
  return index;
}

/** Lowers the distances through row `from` (at distance `base` + its dual); returns the nearest open column, or -1. */
function scanFrom(ws: LapWorkspace, cost: Float64Array, cols: number, from: number, base: number, rowForCol: Int32Array): number {
  const v = ws.colDual;
  const distance = ws.distance;
  const pathRow = ws.pathRow;
  const offset = from * cols;
  let lowest = Infinity;
  let index = -1;
  for (let c = 0; c < cols; c++) {
    let d = distance[c];
    const through = base + cost[offset + c] - v[c];
    if (through < d) {
      d = through;
      distance[c] = d;
      pathRow[c] = from;
    }
    if (d <= lowest && (d < lowest || rowForCol[c] === -1)) {
      lowest = d;
      index = c;
    }
  }
  return index;
}

/**
 * Flips the matching along the predecessor chain from the free column `reached` back to the free
 * row the path starts at (the only free row on it).
 */
export function flipPath(pathRow: Int32Array, reached: number, colForRow: Int32Array, rowForCol: Int32Array): void {
  let j = reached;
  for (;;) {
    const i = pathRow[j];
    rowForCol[j] = i;
    const previous = colForRow[i];
    colForRow[i] = j;
    if (previous === -1) return;
    j = previous;
  }
}
