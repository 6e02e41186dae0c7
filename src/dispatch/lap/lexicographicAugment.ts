import { flipPath } from './augment';
import type { LapWorkspace } from './workspace';

/**
 * The exact fallback once a row is blocked. Skipping a blocked row would keep the matching maximum
 * but not cheapest: the row might replace a matched row at lower cost (rows A and B both allowed
 * only column X, A came first, B is cheaper). So from then on every pair gets a two-part cost,
 * compared lexicographically: (0, c) for an allowed pair, (1, 0) for a forbidden one. With rows ≤
 * columns every row can now be matched, and a minimum of this cost first uses the fewest forbidden
 * pairs (the most allowed pairs), then the lowest sum over the allowed ones; the caller drops the
 * forbidden pairs afterwards. The first parts are small integers, so they add up exactly, unlike a
 * big-M added to real costs.
 *
 * The search is augment.ts's, from this one row, with pairs for duals and distances, and over a
 * list of open columns. The state augment.ts leaves is a valid start: its duals are the second
 * parts, and all first parts are 0.
 */
export function augmentRowLexicographic(ws: LapWorkspace, cost: Float64Array, cols: number, row: number, colForRow: Int32Array, rowForCol: Int32Array): void {
  const u = ws.rowDual;
  const v = ws.colDual;
  const uForbidden = ws.rowDualForbidden;
  const vForbidden = ws.colDualForbidden;
  const distance = ws.distance;
  const distanceForbidden = ws.distanceForbidden;
  const pathRow = ws.pathRow;
  const columns = ws.columns;

  for (let j = 0; j < cols; j++) {
    columns[j] = j;
    distanceForbidden[j] = Infinity;
    distance[j] = Infinity;
  }
  let open = cols;
  let from = row;
  let lowestForbidden = 0;
  let lowest = 0;
  let reached: number;
  for (;;) {
    const offset = from * cols;
    const baseForbidden = lowestForbidden - uForbidden[from];
    const base = lowest - u[from];
    lowestForbidden = Infinity;
    lowest = Infinity;
    let index = -1;
    for (let k = 0; k < open; k++) {
      const j = columns[k];
      const c = cost[offset + j];
      const forbidden = c === Infinity;
      const throughForbidden = baseForbidden + (forbidden ? 1 : 0) - vForbidden[j];
      const through = base + (forbidden ? 0 : c) - v[j];
      let dForbidden = distanceForbidden[j];
      let d = distance[j];
      if (precedes(throughForbidden, through, dForbidden, d)) {
        dForbidden = throughForbidden;
        d = through;
        distanceForbidden[j] = dForbidden;
        distance[j] = d;
        pathRow[j] = from;
      }
      if (precedes(dForbidden, d, lowestForbidden, lowest) || (dForbidden === lowestForbidden && d === lowest && rowForCol[j] === -1)) {
        lowestForbidden = dForbidden;
        lowest = d;
        index = k;
      }
    }
    // Every pair has a finite two-part cost, so a column is always found.
    const j = columns[index];
    open--;
    columns[index] = columns[open];
    columns[open] = j;
    const owner = rowForCol[j];
    if (owner === -1) {
      reached = j;
      break;
    }
    from = owner;
  }

  uForbidden[row] += lowestForbidden;
  u[row] += lowest;
  for (let k = open; k < cols; k++) {
    const j = columns[k];
    const slackForbidden = lowestForbidden - distanceForbidden[j];
    const slack = lowest - distance[j];
    vForbidden[j] -= slackForbidden;
    v[j] -= slack;
    if (j !== reached) {
      uForbidden[rowForCol[j]] += slackForbidden;
      u[rowForCol[j]] += slack;
    }
  }
  flipPath(pathRow, reached, colForRow, rowForCol);
}

/** (aForbidden, a) < (bForbidden, b) lexicographically. */
function precedes(aForbidden: number, a: number, bForbidden: number, b: number): boolean {
  return aForbidden < bForbidden || (aForbidden === bForbidden && a < b);
}
