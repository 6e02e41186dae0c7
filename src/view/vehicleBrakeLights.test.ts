import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { VEHICLE_STATES, type RenderSnapshot } from '../run/renderSnapshot';
import { VEHICLE_STATE_COLOURS } from './palettes';
import { STOPPED_HALO_DIM, VEHICLE_LENGTH_M, VehicleLayer } from './vehicleLayer';

/** Three vehicles by hand: 0 and 2 stopped in traffic, 1 moving; 2 faces north. */
function vehicles(): RenderSnapshot['vehicles'] {
  const waitQuay = VEHICLE_STATES.indexOf('waitQuay');
  return {
    x: Float32Array.of(100, 200, 300),
    y: Float32Array.of(50, 50, 80),
    headingRad: Float32Array.of(0, 0, Math.PI / 2),
    state: Uint8Array.of(waitQuay, waitQuay, waitQuay),
    boxes: new Uint8Array(3),
    soc: Float32Array.of(0.5, 0.5, 0.5),
    cargoFlow: new Int8Array(3).fill(-1),
    cargoCall: new Int16Array(3).fill(-1),
    stopped: Uint8Array.of(1, 0, 1),
  };
}

const haloOf = (layer: VehicleLayer, i: number) => {
  let halos: THREE.InstancedMesh | undefined;
  layer.group.traverse((o) => (o instanceof THREE.InstancedMesh && o.name === 'vehicleHalos' ? (halos = o) : undefined));
  return new THREE.Color().fromArray(halos!.instanceColor!.array as Float32Array, i * 3);
};

describe('vehicles stopped in traffic', () => {
  it('show tail lights at their rear end, and only they', () => {
    const layer = new VehicleLayer(new THREE.MeshBasicMaterial());
    layer.update(vehicles());
    const lights = layer.brakeLights;
    expect(lights.visible).toBe(true);
    expect(lights.count).toBe(2);
    const m = new THREE.Matrix4();
    const at = new THREE.Vector3();
    // vehicle 0 faces east: its rear is half a length west of its centre; scene z is minus layout y
    lights.getMatrixAt(0, m);
    expect(at.setFromMatrixPosition(m).toArray()).toEqual([100 - VEHICLE_LENGTH_M / 2, 0, -50]);
    // vehicle 2 faces north: its rear is to the south
    lights.getMatrixAt(1, m);
    at.setFromMatrixPosition(m);
    expect(at.x).toBeCloseTo(300, 6);
    expect(at.z).toBeCloseTo(-(80 - VEHICLE_LENGTH_M / 2), 6);
  });

  it('keep their state colour but dim their halo', () => {
    const layer = new VehicleLayer(new THREE.MeshBasicMaterial());
    layer.update(vehicles());
    const state = new THREE.Color(VEHICLE_STATE_COLOURS.waitQuay);
    const body = new THREE.Color();
    layer.mesh.getColorAt(0, body);
    expect(body.getHexString()).toBe(state.getHexString());
    expect(haloOf(layer, 1).getHexString()).toBe(state.getHexString());
    const dim = haloOf(layer, 0);
    expect(dim.r).toBeCloseTo(state.r * STOPPED_HALO_DIM, 6);
    expect(dim.g).toBeCloseTo(state.g * STOPPED_HALO_DIM, 6);
  });

  it('cost no draw call when none is stopped, and grow their lights with the halos from afar', () => {
    const layer = new VehicleLayer(new THREE.MeshBasicMaterial());
    const v = vehicles();
    v.stopped.fill(0);
    layer.update(v);
    expect(layer.brakeLights.visible).toBe(false);
    v.stopped[1] = 1;
    layer.update(v);
    const m = new THREE.Matrix4();
    layer.brakeLights.getMatrixAt(0, m);
    const near = new THREE.Vector3().setFromMatrixScale(m).x;
    expect(layer.setViewDistance(2000)).toBe(true);
    layer.brakeLights.getMatrixAt(0, m);
    expect(new THREE.Vector3().setFromMatrixScale(m).x).toBeGreaterThan(2 * near);
  });
});
