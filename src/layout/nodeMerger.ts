/** Lane vertices closer than this are one node: that is how lanes connect (docs/layout-format.md). */
export const NODE_MERGE_M = 0.5;

/**
 * Grid hashing with cells of NODE_MERGE_M, so any vertex within reach lies in the 3×3 cells around
 * the query. The first vertex seen fixes a node's position, and vertices are fed in file order, so
 * the result does not depend on anything but the file.
 */
export interface NodeMerger {
  xs: number[];
  ys: number[];
  cells: Map<number, number[]>;
}

export function createNodeMerger(): NodeMerger {
  return { xs: [], ys: [], cells: new Map() };
}

// Cells are keyed by one safe integer; ±2^21 cells of 0.5 m is ±1,000 km around the origin.
const HALF = 2 ** 21;
const cellKey = (cx: number, cy: number): number => (cx + HALF) * 2 ** 22 + (cy + HALF);

/** The node for a vertex at (x, y): the nearest existing node within NODE_MERGE_M, else a new one. */
export function nodeAt(m: NodeMerger, x: number, y: number): number {
  const cx = Math.floor(x / NODE_MERGE_M);
  const cy = Math.floor(y / NODE_MERGE_M);
  let best = -1;
  let bestD = NODE_MERGE_M;
  for (let dx = -1; dx <= 1; dx++) {
    for (let dy = -1; dy <= 1; dy++) {
      const cell = m.cells.get(cellKey(cx + dx, cy + dy));
      if (cell === undefined) continue;
      for (const node of cell) {
        const d = Math.hypot(m.xs[node] - x, m.ys[node] - y);
        if (d < bestD || (d === bestD && d < NODE_MERGE_M && node < best)) {
          best = node;
          bestD = d;
        }
      }
    }
  }
  if (best >= 0) return best;
  const node = m.xs.length;
  m.xs.push(x);
  m.ys.push(y);
  const key = cellKey(cx, cy);
  const cell = m.cells.get(key);
  if (cell === undefined) m.cells.set(key, [node]);
  else cell.push(node);
  return node;
}
