import * as THREE from 'three';
import type { Layout } from '../layout';
import type { InspectTarget } from '../run/inspect';
import type { RenderSnapshot } from '../run/renderSnapshot';
import { buildTrafficNetwork, type TrafficGeometry } from '../traffic/network';
import { CongestionLayer } from './congestionLayer';
import { containerGeometry, containerMaterial, containerTexture } from './containerLook';
import { MovingBoxLayer } from './movingBoxLayer';
import type { BoxColouring, VehicleColouring } from './palettes';
import { QuayCraneLayer } from './quayCraneLayer';
import { QC } from './quayCraneGeometry';
import { quayFrame, type QuayFrame } from './sceneFrame';
import { SelectionMarker } from './selectionMarker';
import { addSkyAndLight, waterPlane } from './skyAndLight';
import { extentsInQuayFrame, terminalGround } from './terminalGround';
import { TrajectoryLine } from './trajectoryLine';
import { VehicleLayer } from './vehicleLayer';
import { VesselLayer } from './vesselLayer';
import { YardBoxLayer } from './yardBoxLayer';
import { YC, YardCraneLayer } from './yardCraneLayer';

/**
 * The terminal as a three.js scene, without a renderer or a canvas (so it runs in tests): the static
 * ground, and one layer per kind of thing mapping the snapshot's arrays into its instanced meshes.
 */
export class TerminalScene {
  readonly scene = new THREE.Scene();
  readonly quay: QuayFrame;
  readonly yardBoxes: YardBoxLayer;
  readonly vehicles: VehicleLayer;
  readonly quayCranes: QuayCraneLayer;
  readonly yardCranes: YardCraneLayer;
  readonly vessels: VesselLayer;
  readonly movingBoxes: MovingBoxLayer;
  /** the congestion heat over the lanes; null when the run has no traffic control */
  readonly congestion: CongestionLayer | null;
  readonly trajectory = new TrajectoryLine();
  readonly marker = new SelectionMarker();
  /** centre of the terminal in the scene, and the length of its diagonal */
  readonly centre: THREE.Vector3;
  readonly spanM: number;
  snapshot: RenderSnapshot | null = null;
  selected: InspectTarget | null = null;

  constructor(
    readonly layout: Layout,
    options: { yardCranesPerBlock: number; traffic?: TrafficGeometry | null } = { yardCranesPerBlock: 2 },
  ) {
    this.quay = quayFrame(layout);
    const ext = extentsInQuayFrame(layout, this.quay);
    const q = this.quay;
    const midA = (ext.aMin + ext.aMax) / 2;
    // the centre of interest reaches a little seaward to take in the vessels
    const midB = (ext.bMax - 50) / 2;
    this.centre = new THREE.Vector3(q.startX + q.ux * midA + q.nx * midB, 0, -(q.startY + q.uy * midA + q.ny * midB));
    this.spanM = Math.hypot(ext.aMax - ext.aMin, ext.bMax + 60);
    addSkyAndLight(this.scene, this.spanM);
    const texture = containerTexture();
    const boxMaterial = containerMaterial(texture);
    const boxGeometry = containerGeometry();
    const steel = new THREE.MeshLambertMaterial({ vertexColors: true });
    const tinted = new THREE.MeshLambertMaterial({ vertexColors: true });
    this.yardBoxes = new YardBoxLayer(layout, boxMaterial, boxGeometry);
    this.vehicles = new VehicleLayer(tinted);
    this.quayCranes = new QuayCraneLayer(layout, this.quay, steel);
    this.yardCranes = new YardCraneLayer(layout, steel, layout.blocks.length * options.yardCranesPerBlock);
    this.vessels = new VesselLayer(layout, this.quay, steel, boxMaterial, boxGeometry);
    this.movingBoxes = new MovingBoxLayer(boxGeometry, boxMaterial, this.quayCranes, this.yardCranes);
    // the network the run reserves, built by the same function from the same layout and settings
    const traffic = options.traffic ?? null;
    this.congestion = traffic === null ? null : new CongestionLayer(layout.graph, buildTrafficNetwork(layout.graph, layout.lanes, traffic));
    if (this.congestion !== null) this.scene.add(this.congestion.mesh);
    this.scene.add(
      waterPlane(this.centre),
      terminalGround(layout, this.quay),
      this.yardBoxes.mesh,
      this.vessels.group,
      this.quayCranes.group,
      this.yardCranes.group,
      this.vehicles.group,
      this.movingBoxes.group,
      this.trajectory.group,
      this.marker.group,
    );
  }

  update(s: RenderSnapshot): void {
    this.snapshot = s;
    this.yardBoxes.update(s.yard.flow, s.yard.call);
    this.vessels.update(s.vessels);
    this.quayCranes.update(s.quayCranes);
    this.yardCranes.update(s.yardCranes);
    this.vehicles.update(s.vehicles);
    this.movingBoxes.update(s);
    this.congestion?.update(s.traffic);
    this.placeMarker();
  }

  setVehicleColouring(mode: VehicleColouring): void {
    this.vehicles.setColouring(mode);
  }

  setBoxColouring(mode: BoxColouring): void {
    this.yardBoxes.setColouring(mode);
    this.vessels.setColouring(mode);
    this.movingBoxes.setColouring(mode);
  }

  select(target: InspectTarget | null): void {
    this.selected = target;
    this.placeMarker();
  }

  /**
   * A scene point on the thing as drawn now, where a click hits it: a vehicle's bed, a quay crane's
   * machinery house, a yard crane's trolley. Null if the snapshot has no such thing.
   */
  anchorOf(target: InspectTarget, out = new THREE.Vector3()): THREE.Vector3 | null {
    const s = this.snapshot;
    if (s === null || target.index < 0) return null;
    if (target.kind === 'vehicle') {
      if (target.index >= s.vehicles.x.length) return null;
      return out.set(s.vehicles.x[target.index], 1.8, -s.vehicles.y[target.index]);
    }
    if (target.kind === 'quayCrane') {
      if (target.index >= s.quayCranes.x.length) return null;
      return this.quayCranes.anchor(target.index, s.quayCranes.x[target.index], s.quayCranes.y[target.index], out);
    }
    if (target.index >= s.yardCranes.block.length) return null;
    return out.fromArray(this.yardCranes.trolleyAt, target.index * 3);
  }

  private placeMarker(): void {
    const t = this.selected;
    const s = this.snapshot;
    const p = t === null ? null : this.anchorOf(t);
    if (t === null || s === null || p === null) {
      this.marker.hide();
      return;
    }
    if (t.kind === 'vehicle') this.marker.place(p.x, p.z, 10, 6);
    else if (t.kind === 'yardCrane') this.marker.place(p.x, p.z, 24, YC.trolleyTopM + 3);
    else {
      // ring round the portal between the rails, chevron above the A-frame
      const g = this.quayCranes.gaugeM / 2;
      this.marker.place(s.quayCranes.x[t.index] + this.quay.nx * g, -(s.quayCranes.y[t.index] + this.quay.ny * g), 26, QC.boomTopM + 34);
    }
  }

  dispose(): void {
    const seen = new Set<{ dispose(): void }>();
    this.scene.traverse((o) => {
      const m = o as THREE.Mesh;
      if (m.geometry) seen.add(m.geometry);
      const mats = m.material === undefined ? [] : Array.isArray(m.material) ? m.material : [m.material];
      for (const mat of mats) {
        seen.add(mat);
        for (const v of Object.values(mat)) if (v instanceof THREE.Texture) seen.add(v);
      }
      if (o instanceof THREE.InstancedMesh) seen.add(o);
    });
    if (this.scene.background instanceof THREE.Texture) seen.add(this.scene.background);
    for (const d of seen) d.dispose();
  }
}
