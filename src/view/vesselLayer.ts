import * as THREE from 'three';
import type { Layout } from '../layout';
import type { RenderSnapshot } from '../run/renderSnapshot';
import { boxShade, writeBoxColour, type BoxColouring } from './palettes';
import { BOX, TIER_PITCH_M, VESSEL_DECK_M, type QuayFrame } from './sceneFrame';
import { beamForLengthM, cargoBaysA, hullGeometry, superstructureA, superstructureGeometry } from './vesselGeometry';
import { ChangedRuns, GrowingInstances, writeHidden, writePose } from './instances';

const BAY_M = 6.5;
const ROW_M = 2.55;
const MAX_TIERS = 8;
const FENDER_GAP_M = 3;
const SUPER_BEAM_M = 44;

/** One vessel alongside as the layer lays it out: where it lies and its deck's stowage grid. */
interface Stowage {
  call: number;
  fromM: number;
  toM: number;
  /** scene centre of the hull */
  cx: number;
  cz: number;
  beamM: number;
  bays: number[];
  rows: number;
  /** tiers used: boxes spread over the whole deck, as high as the count needs */
  tiers: number;
  onBoard: number;
  /** first instance of the vessel in the cargo mesh */
  first: number;
  capacity: number;
}

/**
 * Vessels alongside: hulls stretched to their stretch of quay, a superstructure each, and every box
 * aboard as one instance of one cargo mesh, stacked bay by bay. A frame in which a crane moved one
 * box rewrites only the boxes between the old and new counts.
 */
export class VesselLayer {
  readonly group = new THREE.Group();
  private readonly hulls: GrowingInstances;
  private readonly supers: GrowingInstances;
  private readonly cargo: GrowingInstances;
  private stowage: Stowage[] = [];
  private colouring: BoxColouring = 'call';
  private readonly runs = new ChangedRuns(64);
  private readonly dirX: number;
  private readonly dirY: number;

  constructor(
    layout: Layout,
    private readonly quay: QuayFrame,
    frameMaterial: THREE.Material,
    boxMaterial: THREE.Material,
    boxGeometry: THREE.BufferGeometry,
  ) {
    this.hulls = new GrowingInstances(hullGeometry(), frameMaterial, 4, false, 'vesselHulls');
    this.supers = new GrowingInstances(superstructureGeometry(SUPER_BEAM_M), frameMaterial, 4, false, 'vesselSuperstructures');
    this.cargo = new GrowingInstances(boxGeometry, boxMaterial, 8192, true, 'vesselBoxes');
    this.group.add(this.hulls.group, this.supers.group, this.cargo.group);
    // fromM..toM count along the quay line from its first point
    const line = layout.quay.line;
    const last = line.length - 2;
    const len = Math.hypot(line[last] - line[0], line[last + 1] - line[1]) || 1;
    this.dirX = (line[last] - line[0]) / len;
    this.dirY = (line[last + 1] - line[1]) / len;
  }

  get cargoMesh(): THREE.InstancedMesh {
    return this.cargo.mesh;
  }

  /** the vessels as laid out by the last update */
  get alongside(): readonly Readonly<Stowage>[] {
    return this.stowage;
  }

  update(v: RenderSnapshot['vessels']): void {
    const n = v.call.length;
    const same = n === this.stowage.length && this.stowage.every((s, k) => s.call === v.call[k] && s.fromM === v.fromM[k] && s.toM === v.toM[k]);
    if (!same) this.layOut(v);
    const m = this.cargo.mesh.instanceMatrix.array as Float32Array;
    const col = this.cargo.mesh.instanceColor!.array as Float32Array;
    this.stowage.forEach((s, k) => {
      const onBoard = Math.min(v.onBoard[k], s.capacity);
      const tiers = Math.min(MAX_TIERS, Math.max(1, Math.ceil(onBoard / (s.bays.length * s.rows))));
      if (!same || tiers !== s.tiers) {
        // restacked at another height: every box that was or is aboard moves (after a lay-out all were hidden)
        const upto = same ? Math.max(s.onBoard, onBoard) : onBoard;
        s.tiers = tiers;
        s.onBoard = onBoard;
        for (let i = 0; i < upto; i++) this.writeBox(s, i, m, col);
      } else if (onBoard !== s.onBoard) {
        const [lo, hi] = onBoard < s.onBoard ? [onBoard, s.onBoard] : [s.onBoard, onBoard];
        s.onBoard = onBoard;
        for (let i = lo; i < hi; i++) this.writeBox(s, i, m, col);
      }
    });
    this.runs.flush(this.cargo.mesh.instanceMatrix, this.cargo.mesh.instanceColor);
    if (!same) {
      // a new line-up rewrote the whole buffer: upload it whole
      this.cargo.mesh.instanceMatrix.clearUpdateRanges();
      this.cargo.mesh.instanceColor!.clearUpdateRanges();
    }
  }

  setColouring(mode: BoxColouring): void {
    if (mode === this.colouring) return;
    this.colouring = mode;
    const col = this.cargo.mesh.instanceColor!.array as Float32Array;
    for (const s of this.stowage) for (let i = 0; i < s.onBoard; i++) this.colour(s, i, col);
    this.cargo.mesh.instanceColor!.clearUpdateRanges();
    this.cargo.mesh.instanceColor!.needsUpdate = true;
  }

  /** Places hulls and superstructures and gives each vessel its range of cargo instances. */
  private layOut(v: RenderSnapshot['vessels']): void {
    const q = this.quay;
    let first = 0;
    this.stowage = Array.from(v.call, (call, k) => {
      const lengthM = Math.max(40, v.toM[k] - v.fromM[k] - 4);
      const beamM = beamForLengthM(lengthM);
      const along = (v.fromM[k] + v.toM[k]) / 2;
      const off = -(FENDER_GAP_M + beamM / 2);
      const x = q.startX + this.dirX * along + q.nx * off;
      const y = q.startY + this.dirY * along + q.ny * off;
      const bays = cargoBaysA(lengthM, BAY_M);
      const rows = Math.max(1, Math.floor((beamM - 4) / ROW_M));
      const s: Stowage = { call, fromM: v.fromM[k], toM: v.toM[k], cx: x, cz: -y, beamM, bays, rows, tiers: 0, onBoard: 0, first, capacity: bays.length * rows * MAX_TIERS };
      first += s.capacity;
      return s;
    });
    this.hulls.ensure(this.stowage.length);
    this.supers.ensure(this.stowage.length);
    if (this.cargo.ensure(first)) this.runs.flush();
    const cos = Math.cos(q.angleRad);
    const sin = Math.sin(q.angleRad);
    const hm = this.hulls.mesh.instanceMatrix.array as Float32Array;
    const sm = this.supers.mesh.instanceMatrix.array as Float32Array;
    this.stowage.forEach((s, k) => {
      const lengthM = Math.max(40, s.toM - s.fromM - 4);
      writePose(hm, k, s.cx, 0, s.cz, cos, sin, lengthM, 1, s.beamM);
      const a = superstructureA(lengthM);
      writePose(sm, k, s.cx + cos * a, 0, s.cz - sin * a, cos, sin, 1, 1, s.beamM / SUPER_BEAM_M);
    });
    for (const g of [this.hulls, this.supers]) {
      g.mesh.count = this.stowage.length;
      g.mesh.instanceMatrix.needsUpdate = true;
    }
    // every box hidden until the vessels' counts are stacked again
    const m = this.cargo.mesh;
    m.instanceMatrix.array.fill(0);
    m.count = first;
  }

  /** Box i of a vessel: aboard if i < onBoard, filling each bay row by row, tier by tier. */
  private writeBox(s: Stowage, i: number, m: Float32Array, col: Float32Array): void {
    const k = s.first + i;
    this.runs.mark(k);
    if (i >= s.onBoard) {
      writeHidden(m, k);
      return;
    }
    const perBay = s.rows * s.tiers;
    const bay = Math.floor(i / perBay);
    const r = i % perBay;
    const tier = Math.floor(r / s.rows);
    const row = r % s.rows;
    const a = s.bays[bay];
    const b = (row - (s.rows - 1) / 2) * ROW_M;
    const cos = Math.cos(this.quay.angleRad);
    const sin = Math.sin(this.quay.angleRad);
    // vessel frame: a along u, b along n (landward); scene z is minus layout y
    const x = s.cx + this.quay.ux * a + this.quay.nx * b;
    const z = s.cz - (this.quay.uy * a + this.quay.ny * b);
    writePose(m, k, x, VESSEL_DECK_M + tier * TIER_PITCH_M + BOX.heightM / 2, z, cos, sin);
    this.colour(s, i, col);
  }

  private colour(s: Stowage, i: number, col: Float32Array): void {
    // aboard, only the call is known; in flow colouring they stay neutral
    writeBoxColour(this.colouring, -1, this.colouring === 'call' ? s.call : -1, boxShade(s.first + i), col, s.first + i);
  }
}
