import * as THREE from 'three';
import { lanePoint, type Layout } from '../layout';

/**
 * The scene's frame: layout metres (x east, y north) become three's x and -z, height is y. Every
 * layer places things through these so the whole view agrees on where the ground and water are.
 */
export const toScene = (x: number, y: number, h = 0, out = new THREE.Vector3()): THREE.Vector3 => out.set(x, h, -y);

/** A 20 ft ISO box, the unit every slot, bed and spreader is sized for. */
export const BOX = { lengthM: 6.06, widthM: 2.44, heightM: 2.59 } as const;
/** Stacks are drawn a hair taller than a box so tiers read as separate boxes. */
export const TIER_PITCH_M = 2.66;
/**
 * Yard pads and the apron are raised above the asphalt, and paint above those, by steps the depth
 * buffer still tells apart from a kilometre away (the camera's near plane moves out with distance).
 */
export const PAD_HEIGHT_M = 0.12;
export const PAINT_HEIGHT_M = 0.22;
/** Still water below the quay edge (ground level is 0). */
export const WATER_LEVEL_M = -2.5;
/** Top of an ART's load bed. */
export const BED_HEIGHT_M = 1.45;

/**
 * The quay as a frame: `u` along the quay (the direction vessels' fromM..toM count along), `n`
 * landward. Cranes and hulls are built with +x along u and -z along n, then turned by `angleRad`
 * about the vertical, so no instance needs a mirrored matrix.
 */
export interface QuayFrame {
  startX: number;
  startY: number;
  ux: number;
  uy: number;
  nx: number;
  ny: number;
  angleRad: number;
}

export function quayFrame(layout: Layout): QuayFrame {
  const line = layout.quay.line;
  const last = line.length - 2;
  const len = Math.hypot(line[last] - line[0], line[last + 1] - line[1]) || 1;
  const ux = (line[last] - line[0]) / len;
  const uy = (line[last + 1] - line[1]) / len;
  // land lies on the side of the yard blocks (or of the cranes' lanes when there are no blocks)
  let sx = 0;
  let sy = 0;
  const pts = layout.blocks.length > 0 ? layout.blocks.map((b) => [b.bayAxis.startX, b.bayAxis.startY]) : [[layout.graph.nodeX[0], layout.graph.nodeY[0]]];
  for (const [x, y] of pts) {
    sx += x - line[0];
    sy += y - line[1];
  }
  const side = -uy * sx + ux * sy >= 0 ? 1 : -1;
  const nx = -uy * side;
  const ny = ux * side;
  // u is the right-hand perpendicular of n, so (u, n) is a proper rotation of (x, y)
  const fx = ny;
  const fy = -nx;
  return { startX: line[0], startY: line[1], ux: fx, uy: fy, nx, ny, angleRad: Math.atan2(fy, fx) };
}

/** Signed distance of a point landward of the quay line, metres. */
export const landwardOf = (q: QuayFrame, x: number, y: number): number => (x - q.startX) * q.nx + (y - q.startY) * q.ny;

/** Where vehicles stop under each quay crane, metres landward of the crane's own point. */
export function transferOffsetsM(layout: Layout, q: QuayFrame): Float32Array {
  return Float32Array.from(layout.quayCranes, (c) => {
    const [x, y] = lanePoint(layout.graph, c.transfer);
    return landwardOf(q, x, y) - landwardOf(q, c.x, c.y);
  });
}

/** A quaternion turning by `angleRad` counter-clockwise in the layout plane (about scene +y). */
export const planRotation = (angleRad: number, out = new THREE.Quaternion()): THREE.Quaternion => out.setFromAxisAngle(UP, angleRad);
const UP = new THREE.Vector3(0, 1, 0);

/** Rows of each block's slots start here: slotBase[k] = slots of blocks 0..k-1. */
export function slotBases(layout: Layout): Int32Array {
  const out = new Int32Array(layout.blocks.length + 1);
  layout.blocks.forEach((b, k) => (out[k + 1] = out[k] + b.bays * b.rows * b.tiers));
  return out;
}

/** Deck of a vessel alongside (hull top), where boxes aboard stand. */
export const VESSEL_DECK_M = 8;
/** Seaward reach of a quay crane's trolley at trolley = 0, from the quay line (see RenderSnapshot). */
export const VESSEL_REACH_M = 35;
