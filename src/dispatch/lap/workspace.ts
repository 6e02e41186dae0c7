/**
 * The solver's scratch memory. A dispatch loop solves many small-to-medium instances in a row, so
 * the buffers live across calls and only grow when a larger instance arrives: the hot loops then
 * allocate nothing and V8 keeps seeing the same typed-array shapes.
 *
 * Sizes refer to the instance as solved, with rows ≤ columns (a taller matrix is transposed first).
 */
export class LapWorkspace {
  /** row duals (potentials) */
  rowDual = new Float64Array(0);
  /** column duals; stay ≤ 0, and 0 for an unmatched column */
  colDual = new Float64Array(0);
  /** length of the shortest alternating path to each column in the current search */
  distance = new Float64Array(0);
  /** the row each column is reached from on that path */
  pathRow = new Int32Array(0);
  /** the search's scanned columns in scan order, with their real duals and their distances */
  scannedCol = new Int32Array(0);
  scannedDual = new Float64Array(0);
  scannedDistance = new Float64Array(0);
  /** the lexicographic search's scan order: [0, unscanned) still open, the rest scanned */
  columns = new Int32Array(0);
  /** rows still to place: the row reduction's work list, then what it leaves to the searches */
  freeRows = new Int32Array(0);
  /** the transposed copy of a taller-than-wide cost matrix */
  transposed = new Float64Array(0);

  /**
   * The "forbidden pairs used" halves of the lexicographic duals and distances (see
   * lexicographicAugment.ts). Allocated on the first instance that needs them.
   */
  rowDualForbidden = new Float64Array(0);
  colDualForbidden = new Float64Array(0);
  distanceForbidden = new Float64Array(0);

  /** Sizes the buffers for a rows × cols solve (rows ≤ cols) and zeroes the duals. */
  prepare(rows: number, cols: number): void {
    if (this.rowDual.length < rows) {
      const size = grown(this.rowDual.length, rows);
      this.rowDual = new Float64Array(size);
      this.freeRows = new Int32Array(size);
    }
    if (this.colDual.length < cols) {
      const size = grown(this.colDual.length, cols);
      this.colDual = new Float64Array(size);
      this.distance = new Float64Array(size);
      this.pathRow = new Int32Array(size);
      this.columns = new Int32Array(size);
      this.scannedCol = new Int32Array(size);
      this.scannedDual = new Float64Array(size);
      this.scannedDistance = new Float64Array(size);
    }
    this.rowDual.fill(0, 0, rows);
    this.colDual.fill(0, 0, cols);
  }

  /** Sizes and zeroes the lexicographic halves; the real halves keep their values. */
  prepareLexicographic(rows: number, cols: number): void {
    if (this.rowDualForbidden.length < rows) this.rowDualForbidden = new Float64Array(grown(this.rowDualForbidden.length, rows));
    if (this.colDualForbidden.length < cols) {
      const size = grown(this.colDualForbidden.length, cols);
      this.colDualForbidden = new Float64Array(size);
      this.distanceForbidden = new Float64Array(size);
    }
    this.rowDualForbidden.fill(0, 0, rows);
    this.colDualForbidden.fill(0, 0, cols);
  }

  /** The cols × rows transpose of a row-major rows × cols matrix, in the reused buffer. */
  transpose(cost: Float64Array, rows: number, cols: number): Float64Array {
    const size = rows * cols;
    if (this.transposed.length < size) this.transposed = new Float64Array(grown(this.transposed.length, size));
    const out = this.transposed;
    // Walk the source in order (the larger, row-major read) and scatter with stride `rows`.
    for (let i = 0, k = 0; i < rows; i++) {
      for (let j = 0, t = i; j < cols; j++, k++, t += rows) out[t] = cost[k];
    }
    return out;
  }
}

/** At least `needed`, and at least 1.5× the old size, so a slowly growing instance reallocates rarely. */
function grown(old: number, needed: number): number {
  return Math.max(needed, Math.ceil(old * 1.5));
}
