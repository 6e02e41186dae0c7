import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import type { Layout } from '../layout';
import type { InspectTarget } from '../run/inspect';
import type { RenderSnapshot } from '../run/renderSnapshot';
import type { TrafficGeometry } from '../traffic/network';
import { CameraRig } from './cameraRig';
import { tourPlaces } from './cameraTour';
import type { BoxColouring, VehicleColouring } from './palettes';
import { pickAt, toPixels } from './picking';
import { TerminalScene } from './terminalScene';

export type { BoxColouring, VehicleColouring } from './palettes';
export { BOX_CALL_COLOURS, BOX_FLOW_COLOURS, BOX_NO_CALL_COLOUR, VEHICLE_STATE_COLOURS } from './palettes';
export { LANE_COLOURS } from './terminalGround';

/**
 * The 3D terminal on a canvas: the TerminalScene's layers, a camera the user orbits (or that follows
 * a vehicle or tours the terminal), picking, and rendering on demand: a frame is drawn only when a
 * snapshot, a setting or the camera changed.
 */
export class TerminalView {
  private readonly renderer: THREE.WebGLRenderer;
  private readonly camera: THREE.PerspectiveCamera;
  private readonly controls: OrbitControls;
  private readonly terminal: TerminalScene;
  private readonly rig: CameraRig;
  private dirty = true;
  private lastMs: number | null = null;
  private readonly frameStats = { drawCalls: 0, triangles: 0 };
  private readonly p = new THREE.Vector3();
  /** pixels on the right covered by a panel: the picture centres on the part left visible */
  private rightInsetPx = 0;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    layout: Layout,
    options: { yardCranesPerBlock: number; rightInsetPx?: number; traffic?: TrafficGeometry | null } = { yardCranesPerBlock: 2 },
  ) {
    this.rightInsetPx = Math.max(0, options.rightInsetPx ?? 0);
    this.terminal = new TerminalScene(layout, options);
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: false });
    this.renderer.info.autoReset = false;
    const { centre, spanM } = this.terminal;
    this.camera = new THREE.PerspectiveCamera(38, 1, 1, spanM * 20);
    // obliquely from the sea, a little west, the whole terminal in frame: farther back when a panel
    // leaves only part of the canvas to see it in
    const w = Math.max(1, canvas.clientWidth);
    const back = Math.sqrt(w / Math.max(w / 2, w - this.rightInsetPx));
    this.camera.position.set(centre.x - spanM * 0.12 * back, spanM * 0.5 * back, centre.z + spanM * 0.8 * back);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.target.copy(centre);
    this.controls.enableDamping = true;
    this.controls.dampingFactor = 0.08;
    this.controls.maxPolarAngle = Math.PI * 0.48; // never under the ground
    this.controls.minDistance = 15;
    this.controls.maxDistance = spanM * 4;
    this.controls.addEventListener('change', () => (this.dirty = true));
    this.controls.update();
    this.rig = new CameraRig(this.camera, this.controls, tourPlaces(layout, this.terminal.quay));
    this.resize();
  }

  update(snapshot: RenderSnapshot): void {
    this.terminal.update(snapshot);
    this.dirty = true;
  }

  setVehicleColouring(mode: VehicleColouring): void {
    this.terminal.setVehicleColouring(mode);
    this.dirty = true;
  }

  setBoxColouring(mode: BoxColouring): void {
    this.terminal.setBoxColouring(mode);
    this.dirty = true;
  }

  /** Shows or hides the congestion heat over the lanes (a run without traffic control has none). */
  setCongestionVisible(on: boolean): void {
    this.terminal.congestion?.setVisible(on);
    this.dirty = true;
  }

  /** The heat layer as drawn: whether it is shown, its lane pieces, and how many show any waiting. */
  congestion(): { shown: boolean; pieces: number; warm: number } {
    const layer = this.terminal.congestion;
    if (layer === null) return { shown: false, pieces: 0, warm: 0 };
    const pieces = layer.segments.resource.length;
    let warm = 0;
    for (let k = 0; k < pieces; k++) if (layer.heatOfPiece(k) > 0) warm++;
    return { shown: layer.visible, pieces, warm };
  }

  /** Vehicles drawn stopped in traffic (with tail lights) now. */
  stoppedVehicles(): number {
    const lights = this.terminal.vehicles.brakeLights;
    return lights.visible ? lights.count : 0;
  }

  setTrajectory(xy: Float32Array | null): void {
    this.terminal.trajectory.set(xy);
    this.dirty = true;
  }

  /** points of the trajectory drawn now (0 when none) */
  trajectoryPoints(): number {
    return this.terminal.trajectory.points;
  }

  select(target: InspectTarget | null): void {
    this.terminal.select(target);
    this.dirty = true;
  }

  pick(clientX: number, clientY: number): InspectTarget | null {
    const r = this.canvas.getBoundingClientRect();
    return pickAt(this.terminal, this.camera, clientX - r.left, clientY - r.top, r.width, r.height);
  }

  screenPositionOf(target: InspectTarget): { x: number; y: number } | null {
    const anchor = this.terminal.anchorOf(target, this.p);
    if (anchor === null) return null;
    const r = this.canvas.getBoundingClientRect();
    this.camera.updateMatrixWorld();
    const at = toPixels(anchor, this.camera, r.width, r.height);
    return at === null ? null : { x: r.left + at.x, y: r.top + at.y };
  }

  follow(vehicle: number | null): void {
    this.rig.follow(vehicle, this.terminal.snapshot);
    this.dirty = true;
  }

  startTour(): void {
    this.rig.startTour();
    this.dirty = true;
  }

  stopTour(): void {
    this.rig.stopTour();
    this.dirty = true;
  }

  render(nowMs: number): boolean {
    const dtMs = this.lastMs === null ? 16 : Math.min(100, Math.max(0, nowMs - this.lastMs));
    this.lastMs = nowMs;
    const moved = this.rig.update(nowMs, dtMs, this.terminal.snapshot);
    if (!this.dirty && !moved) return false;
    this.dirty = false;
    // the near plane follows the distance so flat paint a few centimetres apart never z-fights
    const distance = this.camera.position.distanceTo(this.rig.target);
    this.camera.near = Math.min(20, Math.max(0.5, distance / 150));
    this.camera.updateProjectionMatrix();
    this.terminal.marker.scaleFor(this.camera);
    this.terminal.vehicles.setViewDistance(distance);
    this.renderer.info.reset();
    this.renderer.render(this.terminal.scene, this.camera);
    this.frameStats.drawCalls = this.renderer.info.render.calls;
    this.frameStats.triangles = this.renderer.info.render.triangles;
    return true;
  }

  resize(): void {
    const w = Math.max(1, this.canvas.clientWidth);
    const h = Math.max(1, this.canvas.clientHeight);
    this.renderer.setPixelRatio(Math.min(2, globalThis.devicePixelRatio ?? 1));
    this.renderer.setSize(w, h, false);
    // the canvas is a window onto a wider picture whose centre is the middle of the uncovered part
    const inset = Math.min(this.rightInsetPx, w / 2);
    this.camera.aspect = (w + inset) / h;
    if (inset > 0) this.camera.setViewOffset(w + inset, h, inset, 0, w, h);
    else this.camera.clearViewOffset();
    this.camera.updateProjectionMatrix();
    this.dirty = true;
  }

  /** Keeps what the camera looks at in the middle of the part of the canvas a side panel leaves free. */
  setRightInset(px: number): void {
    this.rightInsetPx = Math.max(0, px);
    this.resize();
  }

  stats(): { drawCalls: number; triangles: number } {
    return { ...this.frameStats };
  }

  dispose(): void {
    this.controls.dispose();
    this.terminal.dispose();
    this.renderer.dispose();
  }
}
