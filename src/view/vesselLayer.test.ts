import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { quayFrame } from './sceneFrame';
import { cloneSnapshot, demoSmallAt } from './testSnapshots';
import { VesselLayer } from './vesselLayer';

const { loaded, snapshot } = demoSmallAt();
const layout = loaded.layout;
const material = new THREE.MeshBasicMaterial();
const newLayer = () => new VesselLayer(layout, quayFrame(layout), material, material, new THREE.BoxGeometry());
const visible = (mesh: THREE.InstancedMesh) => {
  const out: number[] = [];
  for (let i = 0; i < mesh.count; i++) if (mesh.instanceMatrix.array[i * 16 + 15] !== 0) out.push(i);
  return out;
};

describe('vessels alongside', () => {
  it('carry exactly their boxes aboard, stacked on their own stretch of quay, seaward of the quay line', () => {
    expect(snapshot.vessels.call.length).toBe(1);
    const layer = newLayer();
    layer.update(snapshot.vessels);
    const boxes = visible(layer.cargoMesh);
    expect(boxes.length).toBe(snapshot.vessels.onBoard[0]);
    const m = new THREE.Matrix4();
    const p = new THREE.Vector3();
    for (const i of boxes) {
      layer.cargoMesh.getMatrixAt(i, m);
      p.setFromMatrixPosition(m);
      expect(p.x).toBeGreaterThan(snapshot.vessels.fromM[0]);
      expect(p.x).toBeLessThan(snapshot.vessels.toM[0]);
      expect(-p.z).toBeLessThan(-3); // layout y: seaward of the quay line (y = 0)
    }
  });

  it('rewrites only the boxes a crane moved', () => {
    const layer = newLayer();
    layer.update(snapshot.vessels);
    layer.cargoMesh.instanceMatrix.clearUpdateRanges();
    const s = cloneSnapshot(snapshot);
    s.vessels.onBoard[0] -= 1;
    layer.update(s.vessels);
    expect(visible(layer.cargoMesh).length).toBe(snapshot.vessels.onBoard[0] - 1);
    expect(layer.cargoMesh.instanceMatrix.updateRanges).toEqual([{ start: (snapshot.vessels.onBoard[0] - 1) * 16, count: 16 }]);
  });

  it('clear away when the vessel leaves', () => {
    const layer = newLayer();
    layer.update(snapshot.vessels);
    layer.update({ fromM: new Float32Array(0), toM: new Float32Array(0), call: new Int32Array(0), onBoard: new Int32Array(0) });
    expect(layer.alongside).toEqual([]);
    expect(visible(layer.cargoMesh)).toEqual([]);
  });
});
