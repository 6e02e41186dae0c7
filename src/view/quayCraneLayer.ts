import * as THREE from 'three';
import type { Layout } from '../layout';
import type { RenderSnapshot } from '../run/renderSnapshot';
import { BED_HEIGHT_M, BOX, TIER_PITCH_M, VESSEL_DECK_M, VESSEL_REACH_M, landwardOf, transferOffsetsM, type QuayFrame } from './sceneFrame';
import { QC, SPREADER_HEIGHT_M, machineryHouseB, machineryHouseH, quayCraneFrame, quayCraneRopes, quayCraneTrolley, spreaderGeometry } from './quayCraneGeometry';
import { dynamicInstances, writePose } from './instances';

/** Spreader bottom when lowered: on a box two tiers up on deck, or on a box on an ART's bed. */
const DOWN_OVER_VESSEL_M = VESSEL_DECK_M + 2 * TIER_PITCH_M + BOX.heightM;
const DOWN_OVER_LANE_M = BED_HEIGHT_M + BOX.heightM;

/**
 * Quay cranes: one InstancedMesh per part kind (frame, trolley, ropes, spreader), all cranes in each.
 * The trolley runs landward from over the vessel (trolley 0, VESSEL_REACH_M seaward of the quay
 * line) to over the crane's transfer point (trolley 1); the spreader drops from QC.spreaderTopM to
 * the top of the stack aboard or to a box on an ART's bed.
 */
export class QuayCraneLayer {
  readonly group = new THREE.Group();
  readonly frame: THREE.InstancedMesh;
  readonly trolley: THREE.InstancedMesh;
  private readonly ropes: THREE.InstancedMesh;
  private readonly spreader: THREE.InstancedMesh;
  /** per crane: trolley position, metres landward of the crane's point */
  readonly trolleyB: Float32Array;
  /** per crane: height of the spreader's bottom (the top of a box it holds) */
  readonly spreaderH: Float32Array;
  private readonly vesselB: Float32Array;
  private readonly laneB: Float32Array;
  readonly gaugeM: number;
  private readonly cos: number;
  private readonly sin: number;

  constructor(
    layout: Layout,
    private readonly quay: QuayFrame,
    material: THREE.Material,
  ) {
    const n = layout.quayCranes.length;
    // the gauge is the distance from the crane's own (sea-side) rail to the farthest rail landward
    const craneB = n > 0 ? landwardOf(quay, layout.quayCranes[0].x, layout.quayCranes[0].y) : 0;
    const rails = layout.quayCraneRails.map((r) => landwardOf(quay, r.line[0], r.line[1]) - craneB);
    this.gaugeM = Math.max(20, ...rails);
    this.frame = this.mesh(quayCraneFrame(this.gaugeM), material, n, 'quayCraneFrames');
    this.trolley = this.mesh(quayCraneTrolley(), material, n, 'quayCraneTrolleys');
    this.ropes = this.mesh(quayCraneRopes(), material, n, 'quayCraneRopes');
    this.spreader = this.mesh(spreaderGeometry(BOX.lengthM + 0.2), material, n, 'quayCraneSpreaders');
    this.trolleyB = new Float32Array(n);
    this.spreaderH = new Float32Array(n);
    this.laneB = transferOffsetsM(layout, quay);
    this.vesselB = Float32Array.from(layout.quayCranes, (c) => -VESSEL_REACH_M - landwardOf(quay, c.x, c.y));
    this.cos = Math.cos(quay.angleRad);
    this.sin = Math.sin(quay.angleRad);
  }

  private mesh(geometry: THREE.BufferGeometry, material: THREE.Material, n: number, name: string): THREE.InstancedMesh {
    const mesh = dynamicInstances(geometry, material, n, false);
    mesh.name = name;
    this.group.add(mesh);
    return mesh;
  }

  update(q: RenderSnapshot['quayCranes']): void {
    const n = Math.min(q.x.length, this.trolleyB.length);
    const { nx, ny } = this.quay;
    const [f, t, r, s] = [this.frame, this.trolley, this.ropes, this.spreader].map((m) => m.instanceMatrix.array as Float32Array);
    for (let i = 0; i < n; i++) {
      const x = q.x[i];
      const y = q.y[i];
      const u = Math.min(1, Math.max(0, q.trolley[i]));
      const b = this.vesselB[i] + (this.laneB[i] - this.vesselB[i]) * u;
      // lowest the spreader goes: onto the stack aboard over the vessel, onto a bed over the lane
      const down = DOWN_OVER_VESSEL_M + (DOWN_OVER_LANE_M - DOWN_OVER_VESSEL_M) * u;
      const h = down + (QC.spreaderTopM - down) * Math.min(1, Math.max(0, q.hoist[i]));
      this.trolleyB[i] = b;
      this.spreaderH[i] = h;
      const tx = x + nx * b;
      const tz = -(y + ny * b);
      writePose(f, i, x, 0, -y, this.cos, this.sin);
      writePose(t, i, tx, 0, tz, this.cos, this.sin);
      writePose(s, i, tx, h, tz, this.cos, this.sin);
      writePose(r, i, tx, h + SPREADER_HEIGHT_M, tz, this.cos, this.sin, 1, QC.trolleyBottomM - h - SPREADER_HEIGHT_M, 1);
    }
    for (const m of [this.frame, this.trolley, this.ropes, this.spreader]) {
      m.count = n;
      m.instanceMatrix.needsUpdate = true;
    }
  }

  /** Scene point of the box crane i holds (its centre), hanging under the spreader. */
  holdPoint(i: number, q: RenderSnapshot['quayCranes'], out: THREE.Vector3): THREE.Vector3 {
    const b = this.trolleyB[i];
    return out.set(q.x[i] + this.quay.nx * b, this.spreaderH[i] - BOX.heightM / 2, -(q.y[i] + this.quay.ny * b));
  }

  /** Scene point on crane i's machinery house: solid from every side, so a click there hits the crane. */
  anchor(i: number, x: number, y: number, out: THREE.Vector3): THREE.Vector3 {
    const b = machineryHouseB(this.gaugeM);
    return out.set(x + this.quay.nx * b, machineryHouseH, -(y + this.quay.ny * b));
  }

  get angleRad(): number {
    return this.quay.angleRad;
  }
}
