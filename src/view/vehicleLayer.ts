import * as THREE from 'three';
import type { RenderSnapshot } from '../run/renderSnapshot';
import { PartList } from './partList';
import { VEHICLE_STATE_RGB, writeSocColour, type VehicleColouring } from './palettes';
import { BED_HEIGHT_M, BOX, PAINT_HEIGHT_M } from './sceneFrame';
import { GrowingInstances, writePose } from './instances';

/** An ART: 15 m, a low flat bed for two 20 ft boxes and a front module; white parts take the state colour. */
export const VEHICLE_LENGTH_M = 15;
const TINT = '#ffffff';
const DARK = '#262a2f';

export function vehicleGeometry(): THREE.BufferGeometry {
  const p = new PartList();
  const half = 1.4;
  p.box(-7.5, 4.9, -half, half, 0.55, BED_HEIGHT_M - 0.12, TINT); // chassis and side skirts
  p.box(-7.5, 4.9, -half + 0.05, half - 0.05, BED_HEIGHT_M - 0.12, BED_HEIGHT_M, '#9aa3ab'); // load bed
  p.box(4.9, 7.5, -half, half, 0.55, 2.9, TINT); // front module
  p.box(7.35, 7.55, -half + 0.25, half - 0.25, 1.9, 2.7, '#1b2733'); // sensor window
  p.box(5.2, 7.2, -half + 0.15, half - 0.15, 2.9, 3.05, '#dfe6ec'); // roof with lidar
  for (const a of [-6.2, -4.9, 3.3, 6.2]) {
    p.box(a - 0.55, a + 0.55, half - 0.1, half + 0.08, 0, 1.1, DARK);
    p.box(a - 0.55, a + 0.55, -half - 0.08, -half + 0.1, 0, 1.1, DARK);
  }
  return p.geometry();
}

/** Where the boxes on board sit along the bed: one box in the middle, two end to end. */
export function cargoOffsetM(boxes: number, k: number): number {
  if (boxes <= 1) return -1.3;
  return k === 0 ? -4.4 : 1.8;
}
export const CARGO_HEIGHT_M = BED_HEIGHT_M + BOX.heightM / 2;

/**
 * Tail lights, built about the vehicle's rear end at the ground: two red lamps on the rear corners
 * of the chassis. Drawn only on vehicles stopped in traffic, grown with the halos from afar.
 */
export function brakeLightGeometry(): THREE.BufferGeometry {
  const p = new PartList();
  for (const side of [-1, 1]) p.box(-0.12, 0.2, side * 0.55, side * 1.45, 0.75, 1.4, BRAKE_LIGHT);
  return p.geometry();
}
export const BRAKE_LIGHT = '#ff1e1e';
/** A stopped vehicle's halo keeps its colour at this brightness: the fleet's queues read from afar. */
export const STOPPED_HALO_DIM = 0.4;

/** A flat ellipse on the ground, 1 m across: each vehicle's halo, stretched along its heading. */
function haloGeometry(): THREE.BufferGeometry {
  return new THREE.CircleGeometry(1, 28).rotateX(-Math.PI / 2).translate(0, PAINT_HEIGHT_M + 0.04, 0);
}
const HALO_LENGTH_M = 9.5;
const HALO_WIDTH_M = 3.3;

/**
 * Vehicles mapped from the snapshot's arrays: pose from x, y, heading; colour from state or charge.
 * Under each a halo of its colour, which the view enlarges as the camera backs off, so the fleet's
 * states stay readable from the overview where an ART is a few pixels long.
 */
export class VehicleLayer {
  readonly group = new THREE.Group();
  private readonly instances: GrowingInstances;
  private readonly halos: GrowingInstances;
  private readonly brakes: GrowingInstances;
  private colouring: VehicleColouring = 'state';
  private last: RenderSnapshot['vehicles'] | null = null;
  private haloScale = 1;

  constructor(material: THREE.Material, capacity = 128) {
    this.instances = new GrowingInstances(vehicleGeometry(), material, capacity, true, 'vehicles');
    const glow = new THREE.MeshBasicMaterial({ transparent: true, opacity: 0.8, depthWrite: false });
    this.halos = new GrowingInstances(haloGeometry(), glow, capacity, true, 'vehicleHalos');
    this.brakes = new GrowingInstances(brakeLightGeometry(), new THREE.MeshBasicMaterial({ color: BRAKE_LIGHT, fog: false }), capacity, false, 'vehicleBrakeLights');
    this.group.add(this.halos.group, this.instances.group, this.brakes.group);
  }

  /** The tail-light instances: one per vehicle stopped in traffic. */
  get brakeLights(): THREE.InstancedMesh {
    return this.brakes.mesh;
  }

  /** Halo size for a camera `distanceM` away; rewrites the halos only when it changes noticeably. */
  setViewDistance(distanceM: number): boolean {
    const scale = Math.min(2.8, Math.max(1, distanceM / 420));
    if (Math.abs(scale - this.haloScale) < 0.03 * this.haloScale) return false;
    this.haloScale = scale;
    if (this.last !== null) {
      this.writeHalos(this.last);
      this.writeBrakeLights(this.last);
    }
    return true;
  }

  get mesh(): THREE.InstancedMesh {
    return this.instances.mesh;
  }

  update(v: RenderSnapshot['vehicles']): void {
    this.last = v;
    const n = v.x.length;
    this.instances.ensure(n);
    const mesh = this.instances.mesh;
    const m = mesh.instanceMatrix.array as Float32Array;
    for (let i = 0; i < n; i++) writePose(m, i, v.x[i], 0, -v.y[i], Math.cos(v.headingRad[i]), Math.sin(v.headingRad[i]));
    mesh.count = n;
    mesh.instanceMatrix.clearUpdateRanges();
    mesh.instanceMatrix.needsUpdate = true;
    this.writeHalos(v);
    this.writeBrakeLights(v);
    this.recolour();
  }

  /** Tail lights on the vehicles stopped in traffic, at the rear end, as large as the halos. */
  private writeBrakeLights(v: RenderSnapshot['vehicles']): void {
    const n = v.x.length;
    this.brakes.ensure(n);
    const mesh = this.brakes.mesh;
    const m = mesh.instanceMatrix.array as Float32Array;
    const s = this.haloScale;
    let k = 0;
    for (let i = 0; i < n; i++) {
      if (v.stopped[i] !== 1) continue;
      const cos = Math.cos(v.headingRad[i]);
      const sin = Math.sin(v.headingRad[i]);
      const back = VEHICLE_LENGTH_M / 2;
      writePose(m, k++, v.x[i] - cos * back, 0, -(v.y[i] - sin * back), cos, sin, s, s, s);
    }
    mesh.count = k;
    // none stopped: no draw call
    mesh.visible = k > 0;
    mesh.instanceMatrix.clearUpdateRanges();
    mesh.instanceMatrix.needsUpdate = true;
  }

  private writeHalos(v: RenderSnapshot['vehicles']): void {
    const n = v.x.length;
    this.halos.ensure(n);
    const mesh = this.halos.mesh;
    const m = mesh.instanceMatrix.array as Float32Array;
    const s = this.haloScale;
    for (let i = 0; i < n; i++) writePose(m, i, v.x[i], 0, -v.y[i], Math.cos(v.headingRad[i]), Math.sin(v.headingRad[i]), HALO_LENGTH_M * s, 1, HALO_WIDTH_M * s);
    mesh.count = n;
    mesh.instanceMatrix.clearUpdateRanges();
    mesh.instanceMatrix.needsUpdate = true;
  }

  setColouring(mode: VehicleColouring): void {
    this.colouring = mode;
    this.recolour();
  }

  private recolour(): void {
    const v = this.last;
    if (v === null) return;
    const col = this.instances.mesh.instanceColor!;
    const a = col.array as Float32Array;
    for (let i = 0; i < v.x.length; i++) {
      if (this.colouring === 'charge') writeSocColour(v.soc[i], a, i);
      else a.set(VEHICLE_STATE_RGB.subarray(v.state[i] * 3, v.state[i] * 3 + 3), i * 3);
    }
    col.clearUpdateRanges();
    col.needsUpdate = true;
    const halo = this.halos.mesh.instanceColor!;
    const h = halo.array as Float32Array;
    h.set(a.subarray(0, v.x.length * 3));
    for (let i = 0; i < v.x.length; i++) {
      if (v.stopped[i] !== 1) continue;
      h[i * 3] *= STOPPED_HALO_DIM;
      h[i * 3 + 1] *= STOPPED_HALO_DIM;
      h[i * 3 + 2] *= STOPPED_HALO_DIM;
    }
    halo.clearUpdateRanges();
    halo.needsUpdate = true;
  }
}
