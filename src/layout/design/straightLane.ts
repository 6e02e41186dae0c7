export type Xy = [x: number, y: number];

/** Junctions closer than this would merge (0.5 m) or nearly so: a design mistake, not a layout. */
const MIN_JUNCTION_GAP_M = 1;

/**
 * The vertices of a straight lane from `from` to `to` along one axis, with a vertex at every
 * junction coordinate strictly between them: lanes only connect where they share a vertex.
 */
function straight(from: number, to: number, junctions: readonly number[]): number[] {
  const dir = Math.sign(to - from);
  const inner = junctions.filter((j) => (j - from) * dir > 1e-9 && (to - j) * dir > 1e-9);
  const stops = [from, ...[...new Set(inner)].sort((a, b) => (a - b) * dir), to];
  for (let i = 1; i < stops.length; i++) {
    if (Math.abs(stops[i] - stops[i - 1]) < MIN_JUNCTION_GAP_M) {
      throw new Error(`junctions ${stops[i - 1]} and ${stops[i]} are closer than ${MIN_JUNCTION_GAP_M} m`);
    }
  }
  return stops;
}

/** A lane along y = const (east-west), from x `fromX` to `toX`. */
export function alongX(y: number, fromX: number, toX: number, junctionXs: readonly number[]): Xy[] {
  return straight(fromX, toX, junctionXs).map((x) => [x, y]);
}

/** A lane along x = const (north-south), from y `fromY` to `toY`. */
export function alongY(x: number, fromY: number, toY: number, junctionYs: readonly number[]): Xy[] {
  return straight(fromY, toY, junctionYs).map((y) => [x, y]);
}
