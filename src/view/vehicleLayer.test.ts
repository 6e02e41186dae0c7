import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { VEHICLE_STATES } from '../run/renderSnapshot';
import { VEHICLE_STATE_COLOURS } from './palettes';
import { cloneSnapshot, demoSmallAt } from './testSnapshots';
import { VehicleLayer } from './vehicleLayer';

const { snapshot } = demoSmallAt();
const m = new THREE.Matrix4();
const forward = new THREE.Vector3();
const at = new THREE.Vector3();

describe('vehicles', () => {
  it('stand at their x, y and point along their heading', () => {
    const layer = new VehicleLayer(new THREE.MeshBasicMaterial());
    const s = cloneSnapshot(snapshot);
    s.vehicles.x[0] = 120;
    s.vehicles.y[0] = 80;
    s.vehicles.headingRad[0] = Math.PI / 2; // north
    layer.update(s.vehicles);
    expect(layer.mesh.count).toBe(s.vehicles.x.length);
    for (let i = 0; i < s.vehicles.x.length; i++) {
      layer.mesh.getMatrixAt(i, m);
      at.setFromMatrixPosition(m);
      expect(at.x).toBeCloseTo(s.vehicles.x[i], 4);
      expect(at.z).toBeCloseTo(-s.vehicles.y[i], 4);
      expect(at.y).toBe(0);
      // the body's +x axis turned into the layout's heading (scene z is minus layout y)
      forward.set(1, 0, 0).transformDirection(m);
      expect(forward.x).toBeCloseTo(Math.cos(s.vehicles.headingRad[i]), 5);
      expect(-forward.z).toBeCloseTo(Math.sin(s.vehicles.headingRad[i]), 5);
    }
    layer.mesh.getMatrixAt(0, m);
    forward.set(1, 0, 0).transformDirection(m);
    expect(forward.x).toBeCloseTo(0, 6);
    expect(forward.z).toBeCloseTo(-1, 6);
  });

  it('take their state colour, or their charge from red to green', () => {
    const layer = new VehicleLayer(new THREE.MeshBasicMaterial());
    const s = cloneSnapshot(snapshot);
    s.vehicles.state[1] = VEHICLE_STATES.indexOf('charging');
    s.vehicles.soc[1] = 0;
    s.vehicles.soc[2] = 1;
    layer.update(s.vehicles);
    const c = new THREE.Color();
    layer.mesh.getColorAt(1, c);
    expect(c.getHexString()).toBe(new THREE.Color(VEHICLE_STATE_COLOURS.charging).getHexString());
    layer.setColouring('charge');
    layer.mesh.getColorAt(1, c);
    expect(c.r).toBeGreaterThan(0.5);
    expect(c.g).toBeLessThan(0.1);
    layer.mesh.getColorAt(2, c);
    expect(c.g).toBeGreaterThan(0.5);
    expect(c.r).toBeLessThan(0.1);
  });

  it('grow when a run brings more vehicles than the mesh was made for', () => {
    const layer = new VehicleLayer(new THREE.MeshBasicMaterial(), 4);
    layer.update(snapshot.vehicles);
    const meshes: THREE.Object3D[] = [];
    layer.group.traverse((o) => (o instanceof THREE.InstancedMesh ? meshes.push(o) : undefined));
    expect(meshes).toHaveLength(3); // the bodies, their halos and tail lights, the outgrown ones gone
    expect(meshes).toContain(layer.mesh);
    expect(layer.mesh.count).toBe(snapshot.vehicles.x.length);
  });
});
