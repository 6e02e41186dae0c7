import type { ParkingBay } from '../layout';

/** A convex quadrilateral: x0,y0,…,x3,y3 in order round it. */
export type Quad = ArrayLike<number>;

/** An outline on the ground with its bounding box. */
export interface Shape {
  readonly quad: Quad;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A shape put on the ground, and from when it is gone (Infinity: for good or until told). */
export interface Footprint extends Shape {
  freeFrom: number;
}

/**
 * The ground a new standing bay must keep clear of, on a grid: the lanes (a vehicle standing there
 * would stand on the road), the yard blocks (on the stacks), the water, the layout's bays, and the
 * bays held by vehicles now or later (each until the vehicle pulls out). Overlap is the separating-
 * axis test on two convex quadrilaterals, after a bounding-box test.
 */
export class BayGrid {
  private readonly cells = new Map<number, Footprint[]>();

  constructor(private readonly cellM: number) {}

  /** Puts a shape on the ground; set the footprint's freeFrom when it goes. */
  add(shape: Shape | Quad): Footprint {
    const f: Footprint = { ...('quad' in shape ? shape : shapeOf(shape)), freeFrom: Infinity };
    const c = this.cellM;
    for (let i = Math.floor(f.x0 / c); i <= Math.floor(f.x1 / c); i++) {
      for (let j = Math.floor(f.y0 / c); j <= Math.floor(f.y1 / c); j++) {
        const key = cellKey(i, j);
        const list = this.cells.get(key);
        if (list === undefined) this.cells.set(key, [f]);
        else list.push(f);
      }
    }
    return f;
  }

  /**
   * Whether `shape` overlaps nothing still on the ground at `atS`. Footprints gone by `forgetBeforeS`
   * (no later question can be about an earlier time) are dropped as they are met.
   */
  isClear(f: Shape, atS: number, forgetBeforeS: number): boolean {
    const c = this.cellM;
    for (let i = Math.floor(f.x0 / c); i <= Math.floor(f.x1 / c); i++) {
      for (let j = Math.floor(f.y0 / c); j <= Math.floor(f.y1 / c); j++) {
        const list = this.cells.get(cellKey(i, j));
        if (list === undefined) continue;
        let kept = 0;
        for (let k = 0; k < list.length; k++) {
          const other = list[k];
          if (other.freeFrom <= forgetBeforeS) continue;
          list[kept++] = other;
        }
        list.length = kept;
        for (const other of list) if (other.freeFrom > atS && overlap(f, other)) return false;
      }
    }
    return true;
  }
}

/** Layouts span at most a few kilometres: cell indices stay well inside ±2^20. */
const cellKey = (i: number, j: number) => i * 2 ** 21 + j;

/** A vehicle's footprint in a bay: `lengthM` along its heading, `halfWidthM` to each side. */
export function bayFootprint(bay: ParkingBay, lengthM: number, halfWidthM: number): Quad {
  const ux = Math.cos(bay.headingRad);
  const uy = Math.sin(bay.headingRad);
  return box(bay.x, bay.y, ux * (lengthM / 2), uy * (lengthM / 2), -uy * halfWidthM, ux * halfWidthM);
}

/** A lane's strip: from (ax, ay) to (bx, by), `halfWidthM` to each side. */
export function strip(ax: number, ay: number, bx: number, by: number, halfWidthM: number): Quad {
  const len = Math.hypot(bx - ax, by - ay) || 1;
  return box((ax + bx) / 2, (ay + by) / 2, (bx - ax) / 2, (by - ay) / 2, (-(by - ay) / len) * halfWidthM, ((bx - ax) / len) * halfWidthM);
}

/** The rectangle centred on (cx, cy) with half-axes (ax, ay) and (bx, by). */
function box(cx: number, cy: number, ax: number, ay: number, bx: number, by: number): Quad {
  return [cx - ax - bx, cy - ay - by, cx + ax - bx, cy + ay - by, cx + ax + bx, cy + ay + by, cx - ax + bx, cy - ay + by];
}

/** The shape of an outline: it and its bounding box. */
export function shapeOf(quad: Quad): Shape {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < 8; i += 2) {
    x0 = Math.min(x0, quad[i]);
    x1 = Math.max(x1, quad[i]);
    y0 = Math.min(y0, quad[i + 1]);
    y1 = Math.max(y1, quad[i + 1]);
  }
  return { quad, x0, y0, x1, y1 };
}

/** Touching is not overlapping: the bays of one row stand exactly one footprint apart. */
const TOUCH_M = 1e-6;

/** Two convex quadrilaterals overlap (with some area) unless an edge normal of one separates them. */
function overlap(a: Shape, b: Shape): boolean {
  if (a.x1 <= b.x0 + TOUCH_M || b.x1 <= a.x0 + TOUCH_M || a.y1 <= b.y0 + TOUCH_M || b.y1 <= a.y0 + TOUCH_M) return false;
  return !separates(a.quad, a.quad, b.quad) && !separates(b.quad, a.quad, b.quad);
}

function separates(edgesOf: Quad, a: Quad, b: Quad): boolean {
  for (let i = 0; i < 8; i += 2) {
    const nx = -(edgesOf[(i + 3) % 8] - edgesOf[i + 1]);
    const ny = edgesOf[(i + 2) % 8] - edgesOf[i];
    const tolerance = TOUCH_M * Math.hypot(nx, ny);
    let aMin = Infinity;
    let aMax = -Infinity;
    let bMin = Infinity;
    let bMax = -Infinity;
    for (let k = 0; k < 8; k += 2) {
      const p = a[k] * nx + a[k + 1] * ny;
      const q = b[k] * nx + b[k + 1] * ny;
      aMin = Math.min(aMin, p);
      aMax = Math.max(aMax, p);
      bMin = Math.min(bMin, q);
      bMax = Math.max(bMax, q);
    }
    if (aMax <= bMin + tolerance || bMax <= aMin + tolerance) return true;
  }
  return false;
}
