import type { Lane, LaneGraph, LanePosition } from '../../layout';
import { buildLaneGraph, type LaneInput } from '../../layout/laneGraph';
import type { RandomStream } from '../../sim';
import { lane } from './lanes';

/**
 * A random small grid of lanes: `rows` × `cols` crossings, the gaps between neighbouring grid lines
 * 12–70 m (a gap under 16 m leaves no room for a cell between the two junction zones, so it is split
 * between them). The outer ring is two-way or one-way round (either way every position reaches every
 * other); each inner row and column is one-way either way or two-way, drawn as one lane through its
 * crossings.
 */
export function randomGrid(rng: RandomStream): { graph: LaneGraph; lanes: Lane[]; inputs: LaneInput[] } {
  const rows = 2 + rng.int(2);
  const cols = 2 + rng.int(3);
  const coords = (n: number) => {
    const out = [0];
    for (let k = 1; k < n; k++) out.push(out[k - 1] + 12 + Math.round(rng.random() * 58));
    return out;
  };
  const xs = coords(cols);
  const ys = coords(rows);
  const ringTwoWay = rng.chance(0.5);
  const inputs: LaneInput[] = [];
  const line = (pts: [number, number][], reverse: boolean) => (reverse ? [...pts].reverse() : pts).flat();
  for (let r = 0; r < rows; r++) {
    const pts = xs.map((x): [number, number] => [x, ys[r]]);
    const outer = r === 0 || r === rows - 1;
    // one-way ring: east along the bottom row, west along the top one (anticlockwise)
    const twoWay = outer ? ringTwoWay : rng.chance(1 / 3);
    const reverse = outer ? !ringTwoWay && r === rows - 1 : rng.chance(0.5);
    inputs.push(lane(`R${r}`, twoWay, ...line(pts, reverse)));
  }
  for (let c = 0; c < cols; c++) {
    const pts = ys.map((y): [number, number] => [xs[c], y]);
    const outer = c === 0 || c === cols - 1;
    // one-way ring: north up the east column, south down the west one
    const twoWay = outer ? ringTwoWay : rng.chance(1 / 3);
    const reverse = outer ? !ringTwoWay && c === 0 : rng.chance(0.5);
    inputs.push(lane(`C${c}`, twoWay, ...line(pts, reverse)));
  }
  return { ...buildLaneGraph(inputs), inputs };
}

/** `count` random positions on the graph's edges, each at a random distance along its edge. */
export function randomPositions(rng: RandomStream, graph: LaneGraph, count: number): LanePosition[] {
  return Array.from({ length: count }, () => {
    const edge = rng.int(graph.edgeFrom.length);
    return { edge, offsetM: rng.random() * graph.edgeLengthM[edge] };
  });
}
