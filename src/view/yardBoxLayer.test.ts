import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { BOX_CALL_COLOURS, BOX_FLOW_COLOURS, boxShade } from './palettes';
import { BOX, PAD_HEIGHT_M, TIER_PITCH_M, slotBases } from './sceneFrame';
import { cloneSnapshot, demoSmallAt } from './testSnapshots';
import { YardBoxLayer } from './yardBoxLayer';

const { loaded, snapshot } = demoSmallAt();
const layout = loaded.layout;
const newLayer = () => new YardBoxLayer(layout, new THREE.MeshBasicMaterial(), new THREE.BoxGeometry(BOX.lengthM, BOX.heightM, BOX.widthM));
const m = new THREE.Matrix4();
const p = new THREE.Vector3();
const scale = new THREE.Vector3();
const q = new THREE.Quaternion();

describe('yard boxes: instance i is yard slot i', () => {
  it('has one instance per slot of every block', () => {
    expect(newLayer().slotCount).toBe(layout.blocks.reduce((n, b) => n + b.slots, 0));
    expect(snapshot.yard.flow.length).toBe(newLayer().slotCount);
  });

  it('stands a full slot at its block, bay, row and tier, and scales empty slots to nothing', () => {
    const layer = newLayer();
    layer.update(snapshot.yard.flow, snapshot.yard.call);
    const bases = slotBases(layout);
    let full = 0;
    let empty = 0;
    layout.blocks.forEach((b, k) => {
      const { bayAxis: ba, rowAxis: ra } = b;
      for (const [bay, row, tier] of [
        [0, 0, 0],
        [b.bays - 1, b.rows - 1, 0],
        [7, 3, 1],
        [12, 5, 2],
      ]) {
        const s = bases[k] + (bay * b.rows + row) * b.tiers + tier;
        layer.mesh.getMatrixAt(s, m);
        m.decompose(p, q, scale);
        if (snapshot.yard.flow[s] < 0) {
          empty++;
          expect(m.elements.every((e) => e === 0)).toBe(true);
          continue;
        }
        full++;
        const x = ba.startX + ba.dirX * (bay + 0.5) * ba.bayLengthM + ra.dirX * (row + 0.5) * ra.rowWidthM;
        const y = ba.startY + ba.dirY * (bay + 0.5) * ba.bayLengthM + ra.dirY * (row + 0.5) * ra.rowWidthM;
        expect(p.x).toBeCloseTo(x, 3);
        expect(p.z).toBeCloseTo(-y, 3);
        expect(p.y).toBeCloseTo(PAD_HEIGHT_M + tier * TIER_PITCH_M + BOX.heightM / 2, 3);
        expect(scale.x).toBeCloseTo(1, 5);
      }
    });
    expect(full).toBeGreaterThan(0);
    // every empty slot of the yard is hidden, every full one drawn
    for (let s = 0; s < layer.slotCount; s++) {
      const hidden = layer.mesh.instanceMatrix.array[s * 16 + 15] === 0;
      expect(hidden).toBe(snapshot.yard.flow[s] < 0);
    }
    expect(empty + full).toBe(4 * layout.blocks.length);
  });

  it('rewrites only the slots whose box changed, and uploads only their ranges', () => {
    const layer = newLayer();
    expect(layer.update(snapshot.yard.flow, snapshot.yard.call)).toBe(layer.slotCount);
    layer.mesh.instanceMatrix.clearUpdateRanges(); // as a render would
    layer.mesh.instanceColor!.clearUpdateRanges();
    expect(layer.update(snapshot.yard.flow, snapshot.yard.call)).toBe(0);
    const next = cloneSnapshot(snapshot);
    const emptied = next.yard.flow.findIndex((f) => f >= 0);
    const filled = next.yard.flow.findLastIndex((f) => f < 0);
    next.yard.flow[emptied] = -1;
    next.yard.call[emptied] = -1;
    next.yard.flow[filled] = 2;
    next.yard.call[filled] = 4;
    const before = Float32Array.from(layer.mesh.instanceMatrix.array);
    expect(layer.update(next.yard.flow, next.yard.call)).toBe(2);
    const ranges = layer.mesh.instanceMatrix.updateRanges;
    expect(ranges).toEqual([
      { start: emptied * 16, count: 16 },
      { start: filled * 16, count: 16 },
    ]);
    const after = layer.mesh.instanceMatrix.array;
    const changed = [];
    for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) changed.push(Math.floor(i / 16));
    expect([...new Set(changed)]).toEqual([emptied, filled]);
    const col = layer.mesh.instanceColor!;
    expect(col.updateRanges).toEqual([
      { start: emptied * 3, count: 3 },
      { start: filled * 3, count: 3 },
    ]);
    const expected = new THREE.Color(BOX_CALL_COLOURS[4]).multiplyScalar(boxShade(filled));
    expect(col.getX(filled)).toBeCloseTo(expected.r, 5);
    expect(col.getZ(filled)).toBeCloseTo(expected.b, 5);
  });

  it('colours by call or by flow', () => {
    const layer = newLayer();
    layer.update(snapshot.yard.flow, snapshot.yard.call);
    const s = snapshot.yard.flow.findIndex((f, i) => f === 1 && snapshot.yard.call[i] >= 0);
    const c = new THREE.Color();
    layer.mesh.getColorAt(s, c);
    expect(c.r).toBeCloseTo(new THREE.Color(BOX_CALL_COLOURS[snapshot.yard.call[s] % 10]).r * boxShade(s), 5);
    layer.setColouring('flow');
    layer.mesh.getColorAt(s, c);
    const exportColour = new THREE.Color(BOX_FLOW_COLOURS[1]).multiplyScalar(boxShade(s));
    expect([c.r, c.g, c.b].map((v) => v.toFixed(5))).toEqual([exportColour.r, exportColour.g, exportColour.b].map((v) => v.toFixed(5)));
  });
});
