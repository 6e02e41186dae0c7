import * as THREE from 'three';
import type { Layout } from '../layout';
import { boxShade, writeBoxColour, type BoxColouring } from './palettes';
import { BOX, PAD_HEIGHT_M, TIER_PITCH_M, slotBases, toScene } from './sceneFrame';
import { ChangedRuns, dynamicInstances, writeHidden, writePose } from './instances';

/**
 * Every yard slot as one instance of one InstancedMesh (instance i = slot i, in the snapshot's slot
 * order), so 50,000 slots are a single draw call. Slots never move: an update compares each slot's
 * box keys with the previous snapshot's and rewrites (and uploads) only the slots that changed.
 */
export class YardBoxLayer {
  readonly mesh: THREE.InstancedMesh;
  /** scene position of each slot's box centre, x,y,z */
  readonly slotCentre: Float32Array;
  private readonly slotCos: Float32Array;
  private readonly slotSin: Float32Array;
  private readonly flow: Int8Array;
  private readonly call: Int16Array;
  private colouring: BoxColouring = 'call';
  private readonly runs = new ChangedRuns();
  /** slots rewritten by the last update (for tests and stats) */
  lastChanged = 0;

  constructor(layout: Layout, material: THREE.Material, geometry: THREE.BufferGeometry) {
    const bases = slotBases(layout);
    const n = bases[layout.blocks.length];
    this.mesh = dynamicInstances(geometry, material, n, true);
    this.mesh.name = 'yardBoxes';
    this.slotCentre = new Float32Array(n * 3);
    this.slotCos = new Float32Array(n);
    this.slotSin = new Float32Array(n);
    // nothing drawn yet: a key no snapshot holds makes the first update write every slot
    this.flow = new Int8Array(n).fill(-2);
    this.call = new Int16Array(n).fill(-2);
    const p = new THREE.Vector3();
    layout.blocks.forEach((b, k) => {
      const { bayAxis: ba, rowAxis: ra } = b;
      const angle = Math.atan2(ba.dirY, ba.dirX);
      for (let bay = 0; bay < b.bays; bay++) {
        for (let row = 0; row < b.rows; row++) {
          const x = ba.startX + ba.dirX * (bay + 0.5) * ba.bayLengthM + ra.dirX * (row + 0.5) * ra.rowWidthM;
          const y = ba.startY + ba.dirY * (bay + 0.5) * ba.bayLengthM + ra.dirY * (row + 0.5) * ra.rowWidthM;
          for (let tier = 0; tier < b.tiers; tier++) {
            const s = bases[k] + (bay * b.rows + row) * b.tiers + tier;
            toScene(x, y, PAD_HEIGHT_M + tier * TIER_PITCH_M + BOX.heightM / 2, p).toArray(this.slotCentre, s * 3);
            this.slotCos[s] = Math.cos(angle);
            this.slotSin[s] = Math.sin(angle);
          }
        }
      }
    });
  }

  get slotCount(): number {
    return this.flow.length;
  }

  /** Maps the yard's per-slot keys (-1 = empty) into the mesh; returns how many slots changed. */
  update(flow: Int8Array, call: Int16Array): number {
    const n = Math.min(this.flow.length, flow.length);
    const m = this.mesh.instanceMatrix.array as Float32Array;
    const col = this.mesh.instanceColor!.array as Float32Array;
    for (let s = 0; s < n; s++) {
      if (flow[s] === this.flow[s] && call[s] === this.call[s]) continue;
      this.flow[s] = flow[s];
      this.call[s] = call[s];
      this.write(s, m, col);
      this.runs.mark(s);
    }
    this.lastChanged = this.runs.count;
    this.runs.flush(this.mesh.instanceMatrix, this.mesh.instanceColor);
    return this.lastChanged;
  }

  /** Recolours every box (a one-off full upload when the legend changes). */
  setColouring(mode: BoxColouring): void {
    if (mode === this.colouring) return;
    this.colouring = mode;
    const col = this.mesh.instanceColor!.array as Float32Array;
    for (let s = 0; s < this.flow.length; s++) if (this.flow[s] >= 0) writeBoxColour(mode, this.flow[s], this.call[s], boxShade(s), col, s);
    this.mesh.instanceColor!.clearUpdateRanges();
    this.mesh.instanceColor!.needsUpdate = true;
  }

  private write(s: number, m: Float32Array, col: Float32Array): void {
    if (this.flow[s] < 0) {
      writeHidden(m, s);
      return;
    }
    const c = this.slotCentre;
    writePose(m, s, c[s * 3], c[s * 3 + 1], c[s * 3 + 2], this.slotCos[s], this.slotSin[s]);
    writeBoxColour(this.colouring, this.flow[s], this.call[s], boxShade(s), col, s);
  }
}
