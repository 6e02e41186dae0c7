import type { LapWorkspace } from './workspace';

/** Returned by `reduceRows` when a cost is NaN or -Infinity; the caller then names the entry. */
export const INVALID_COST = -1;

/**
 * Jonker–Volgenant's augmenting row reduction: a cheap start that places most rows before the
 * exact shortest-path searches, which then only handle the rows still in conflict.
 *
 * A free row takes the column of its smallest reduced cost `c - v`. If that is strictly below the
 * second smallest, the column's dual drops by the gap (its price rises to the row's second choice)
 * and a row it displaces bids again at once; on a tie the row takes the second column instead, and
 * a row displaced that way waits for the next pass. Two passes, as in JV.
 *
 * The start is exact, not a heuristic fix-up: every placed row sits on a column of least reduced
 * cost, prices only rise on columns that stay taken, and untaken columns keep v = 0, which is what
 * the searches need (see augment.ts). Forbidden pairs never set a price: a row whose second choice
 * is forbidden cannot displace anyone, and is left to the searches, which can also trade rows.
 *
 * Every row is scanned in full here first, so this is also where costs are checked.
 * Leaves the rows to search in ws.freeRows and returns their count, or INVALID_COST.
 */
export function reduceRows(ws: LapWorkspace, cost: Float64Array, rows: number, cols: number, colForRow: Int32Array, rowForCol: Int32Array): number {
  const v = ws.colDual;
  const free = ws.freeRows;
  for (let i = 0; i < rows; i++) free[i] = i;
  let pending = rows;
  // Bids are cheap but a price war can go on; past this many scans, displaced rows go to the searches.
  let bidsLeft = 4 * rows;

  for (let pass = 0; pass < 2; pass++) {
    const listed = pending;
    let k = 0;
    pending = 0; // rows set aside for the next pass, written behind the reading position k
    while (k < listed) {
      const i = free[k++];
      const offset = i * cols;
      let best = Infinity;
      let second = Infinity;
      let bestCol = -1;
      let secondCol = -1;
      for (let j = 0; j < cols; j++) {
        const c = cost[offset + j];
        if (!(c > -Infinity)) return INVALID_COST; // NaN compares false, -Infinity is not above itself
        const h = c - v[j];
        if (h < second) {
          if (h >= best) {
            second = h;
            secondCol = j;
          } else {
            second = best;
            secondCol = bestCol;
            best = h;
            bestCol = j;
          }
        }
      }
      if (best === Infinity) continue; // no allowed pair: no matching can place this row

      let col = bestCol;
      let displaced = rowForCol[col];
      const raise = best < second && second !== Infinity;
      if (raise) v[col] -= second - best;
      else if (displaced !== -1) {
        if (second === Infinity) {
          free[pending++] = i; // its one allowed column is taken: up to the searches
          continue;
        }
        col = secondCol; // a tie: the second column is as good, and may be free
        displaced = rowForCol[col];
      }
      colForRow[i] = col;
      rowForCol[col] = i;
      if (displaced === -1) continue;
      colForRow[displaced] = -1;
      if (raise && bidsLeft-- > 0) free[--k] = displaced;
      else free[pending++] = displaced;
    }
  }

  // The searches take each placed row's dual as its reduced cost 0 on its own column.
  const u = ws.rowDual;
  for (let i = 0; i < rows; i++) {
    const j = colForRow[i];
    if (j !== -1) u[i] = cost[i * cols + j] - v[j];
  }
  return pending;
}
