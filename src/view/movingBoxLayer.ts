import * as THREE from 'three';
import type { RenderSnapshot } from '../run/renderSnapshot';
import { boxShade, writeBoxColour, type BoxColouring } from './palettes';
import { GrowingInstances, writePose } from './instances';
import { CARGO_HEIGHT_M, cargoOffsetM } from './vehicleLayer';
import type { QuayCraneLayer } from './quayCraneLayer';
import type { YardCraneLayer } from './yardCraneLayer';

/**
 * Boxes on the move: on ARTs' beds, under quay-crane spreaders and under yard-crane spreaders. Few
 * and all moving, so one mesh is simply rewritten every update.
 */
export class MovingBoxLayer {
  private readonly instances: GrowingInstances;
  private colouring: BoxColouring = 'call';
  private last: RenderSnapshot | null = null;
  private readonly p = new THREE.Vector3();

  constructor(
    geometry: THREE.BufferGeometry,
    material: THREE.Material,
    private readonly quayCranes: QuayCraneLayer,
    private readonly yardCranes: YardCraneLayer,
  ) {
    this.instances = new GrowingInstances(geometry, material, 256, true, 'movingBoxes');
  }

  get group(): THREE.Group {
    return this.instances.group;
  }

  get mesh(): THREE.InstancedMesh {
    return this.instances.mesh;
  }

  /** Call after the crane layers have mapped the same snapshot (the boxes hang from their spreaders). */
  update(s: RenderSnapshot): void {
    this.last = s;
    const v = s.vehicles;
    const q = s.quayCranes;
    const y = s.yardCranes;
    this.instances.ensure(2 * v.x.length + q.x.length + y.block.length);
    const mesh = this.instances.mesh;
    const m = mesh.instanceMatrix.array as Float32Array;
    const col = mesh.instanceColor!.array as Float32Array;
    let k = 0;
    for (let i = 0; i < v.x.length; i++) {
      const boxes = Math.min(2, v.boxes[i]);
      const c = Math.cos(v.headingRad[i]);
      const sn = Math.sin(v.headingRad[i]);
      for (let b = 0; b < boxes; b++) {
        const off = cargoOffsetM(boxes, b);
        writePose(m, k, v.x[i] + c * off, CARGO_HEIGHT_M, -(v.y[i] + sn * off), c, sn);
        writeBoxColour(this.colouring, v.cargoFlow[i], v.cargoCall[i], boxShade(i * 2 + b), col, k++);
      }
    }
    const qc = Math.cos(this.quayCranes.angleRad);
    const qs = Math.sin(this.quayCranes.angleRad);
    for (let i = 0; i < q.x.length; i++) {
      if (q.holdingFlow[i] < 0) continue;
      this.quayCranes.holdPoint(i, q, this.p);
      writePose(m, k, this.p.x, this.p.y, this.p.z, qc, qs);
      writeBoxColour(this.colouring, q.holdingFlow[i], q.holdingCall[i], 1, col, k++);
    }
    const at = this.yardCranes.holdAt;
    for (let j = 0; j < y.block.length; j++) {
      if (y.holdingFlow[j] < 0) continue;
      const block = this.yardCranes.blockAngle(y.block[j]);
      writePose(m, k, at[j * 3], at[j * 3 + 1], at[j * 3 + 2], Math.cos(block), Math.sin(block));
      writeBoxColour(this.colouring, y.holdingFlow[j], y.holdingCall[j], 1, col, k++);
    }
    mesh.count = k;
    mesh.instanceMatrix.needsUpdate = true;
    mesh.instanceColor!.needsUpdate = true;
  }

  setColouring(mode: BoxColouring): void {
    this.colouring = mode;
    if (this.last !== null) this.update(this.last);
  }
}
