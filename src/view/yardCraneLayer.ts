import * as THREE from 'three';
import type { Layout } from '../layout';
import type { RenderSnapshot } from '../run/renderSnapshot';
import { PartList } from './partList';
import { BOX, PAD_HEIGHT_M, TIER_PITCH_M } from './sceneFrame';
import { GrowingInstances, writePose } from './instances';

/**
 * Automated stacking cranes: a gantry straddling its block's rows, with cantilevers reaching over
 * the sea-side and land-side handover lanes. Built once for a block `widthM` wide (a along the
 * bays, b across the rows, centred), then placed at the crane's bay and stretched to each block.
 */
export const YC = { girderM: 20, trolleyTopM: 23.6 } as const;
/** A box a yard crane holds hangs clear of a full stack. */
export const yardHoldHeightM = (tiers: number): number => PAD_HEIGHT_M + tiers * TIER_PITCH_M + 0.4 + BOX.heightM / 2;

export function yardCraneGeometry(widthM: number, tiers: number): THREE.BufferGeometry {
  const p = new PartList();
  const hw = widthM / 2;
  const legB = hw + 2.2;
  const reach = hw + 8.5;
  const top = YC.girderM;
  const white = '#eef1f4';
  const blue = '#1f4f86';
  for (const b of [-legB, legB]) {
    for (const a of [-5, 5]) p.box(a - 0.5, a + 0.5, b - 0.5, b + 0.5, 1, top, white); // legs
    p.box(-6.2, 6.2, b - 0.7, b + 0.7, 0, 1, '#33383e'); // bogies on the rails
    p.box(-5.5, 5.5, b - 0.6, b + 0.6, top - 1.4, top, white); // end beams
    p.beam(-5, b, 2, 5, b, top - 1.4, 0.35, white); // side bracing
  }
  for (const a of [-4, 4]) p.box(a - 0.55, a + 0.55, -reach, reach, top, top + 2, blue); // girders with cantilevers
  p.box(-4.6, 4.6, -3, 3, top + 2, YC.trolleyTopM, '#f2b632'); // trolley
  // spreader waiting above the stacks, on its ropes
  const spreaderH = yardHoldHeightM(tiers) + BOX.heightM / 2;
  p.box(-3.1, 3.1, -1.2, 1.2, spreaderH, spreaderH + 0.45, '#ffc400');
  for (const a of [-1.4, 1.4]) for (const b of [-0.7, 0.7]) p.beam(a, b, spreaderH + 0.45, a, b, top + 2, 0.12, '#15181b');
  return p.geometry();
}

export class YardCraneLayer {
  private readonly instances: GrowingInstances;
  private readonly widthM: Float32Array;
  private readonly baseWidthM: number;
  /** per crane, scene centre of its trolley (anchor) and of the box it holds */
  trolleyAt: Float32Array;
  holdAt: Float32Array;

  constructor(
    private readonly layout: Layout,
    material: THREE.Material,
    capacity: number,
  ) {
    this.widthM = Float32Array.from(layout.blocks, (b) => b.rows * b.rowAxis.rowWidthM);
    this.baseWidthM = this.widthM[0] ?? 28;
    const tiers = layout.blocks[0]?.tiers ?? 5;
    this.instances = new GrowingInstances(yardCraneGeometry(this.baseWidthM, tiers), material, Math.max(1, capacity), false, 'yardCranes');
    this.trolleyAt = new Float32Array(capacity * 3);
    this.holdAt = new Float32Array(capacity * 3);
  }

  /** direction of a block's bay axis in the plan, radians */
  blockAngle(block: number): number {
    const ba = this.layout.blocks[block].bayAxis;
    return Math.atan2(ba.dirY, ba.dirX);
  }

  get group(): THREE.Group {
    return this.instances.group;
  }

  get mesh(): THREE.InstancedMesh {
    return this.instances.mesh;
  }

  update(y: RenderSnapshot['yardCranes']): void {
    const n = y.block.length;
    this.instances.ensure(n);
    if (this.trolleyAt.length < n * 3) {
      this.trolleyAt = new Float32Array(n * 3);
      this.holdAt = new Float32Array(n * 3);
    }
    const mesh = this.instances.mesh;
    const m = mesh.instanceMatrix.array as Float32Array;
    for (let j = 0; j < n; j++) {
      const block = this.layout.blocks[y.block[j]];
      const { bayAxis: ba, rowAxis: ra } = block;
      const half = this.widthM[y.block[j]] / 2;
      const along = (y.bay[j] + 0.5) * ba.bayLengthM;
      const x = ba.startX + ba.dirX * along + ra.dirX * half;
      const yy = ba.startY + ba.dirY * along + ra.dirY * half;
      const angle = Math.atan2(ba.dirY, ba.dirX);
      writePose(m, j, x, 0, -yy, Math.cos(angle), Math.sin(angle), 1, 1, (half * 2) / this.baseWidthM);
      setPoint(this.trolleyAt, j, x, YC.trolleyTopM - 1, -yy);
      setPoint(this.holdAt, j, x, yardHoldHeightM(block.tiers), -yy);
    }
    mesh.count = n;
    mesh.instanceMatrix.needsUpdate = true;
  }
}

function setPoint(a: Float32Array, i: number, x: number, y: number, z: number): void {
  a[i * 3] = x;
  a[i * 3 + 1] = y;
  a[i * 3 + 2] = z;
}
