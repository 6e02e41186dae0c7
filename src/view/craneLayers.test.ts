import * as THREE from 'three';
import { describe, expect, it } from 'vitest';
import { lanePoint } from '../layout';
import { MovingBoxLayer } from './movingBoxLayer';
import { QC, SPREADER_HEIGHT_M } from './quayCraneGeometry';
import { QuayCraneLayer } from './quayCraneLayer';
import { BOX, VESSEL_REACH_M, quayFrame } from './sceneFrame';
import { cloneSnapshot, demoSmallAt } from './testSnapshots';
import { YardCraneLayer } from './yardCraneLayer';

const { loaded, snapshot } = demoSmallAt();
const layout = loaded.layout;
const quay = quayFrame(layout);
const material = new THREE.MeshBasicMaterial();
const m = new THREE.Matrix4();
const p = new THREE.Vector3();

describe('quay frame', () => {
  it('runs along the quay with the land to its left', () => {
    // demo-small's quay runs east from (0, 0) and its yard lies north
    expect(quay.ux).toBeCloseTo(1, 6);
    expect(quay.uy).toBeCloseTo(0, 4);
    expect(quay.ny).toBeCloseTo(1, 6);
    expect(quay.angleRad).toBeCloseTo(0, 4);
  });
});

describe('quay cranes', () => {
  it('run the trolley from over the vessel (0) to over the transfer lane (1)', () => {
    const layer = new QuayCraneLayer(layout, quay, material);
    const s = cloneSnapshot(snapshot);
    s.quayCranes.trolley.set([0, 1, 0.5]);
    s.quayCranes.hoist.set([1, 1, 0]);
    layer.update(s.quayCranes);
    layer.trolley.getMatrixAt(0, m);
    p.setFromMatrixPosition(m);
    expect(p.x).toBeCloseTo(s.quayCranes.x[0], 2); // where the snapshot has the crane on its rail
    expect(-p.z).toBeCloseTo(-VESSEL_REACH_M, 2); // the quay line is y = 0
    layer.trolley.getMatrixAt(1, m);
    p.setFromMatrixPosition(m);
    const [, transferY] = lanePoint(layout.graph, layout.quayCranes[1].transfer);
    expect(-p.z).toBeCloseTo(transferY, 2);
    layer.trolley.getMatrixAt(2, m);
    p.setFromMatrixPosition(m);
    const [, y2] = lanePoint(layout.graph, layout.quayCranes[2].transfer);
    expect(-p.z).toBeCloseTo((-VESSEL_REACH_M + y2) / 2, 2);
    // hoisted to the top, the spreader hangs at spreaderTopM; lowered over the lane it sits on a box on a bed
    expect(layer.spreaderH[0]).toBeCloseTo(QC.spreaderTopM, 5);
    expect(layer.spreaderH[2]).toBeLessThan(QC.spreaderTopM);
    s.quayCranes.trolley[2] = 1;
    layer.update(s.quayCranes);
    expect(layer.spreaderH[2]).toBeCloseTo(1.45 + BOX.heightM, 5);
  });

  it('hang the box a crane holds under its spreader', () => {
    const qc = new QuayCraneLayer(layout, quay, material);
    const yc = new YardCraneLayer(layout, material, 4);
    const moving = new MovingBoxLayer(new THREE.BoxGeometry(), material, qc, yc);
    const s = cloneSnapshot(snapshot);
    s.vehicles.boxes.fill(0);
    s.yardCranes.holdingFlow.fill(-1);
    s.quayCranes.holdingFlow.set([-1, 1, -1]);
    s.quayCranes.holdingCall.set([-1, 3, -1]);
    s.quayCranes.trolley[1] = 0.25;
    qc.update(s.quayCranes);
    yc.update(s.yardCranes);
    moving.update(s);
    expect(moving.mesh.count).toBe(1);
    moving.mesh.getMatrixAt(0, m);
    p.setFromMatrixPosition(m);
    expect(p.x).toBeCloseTo(s.quayCranes.x[1], 2);
    expect(-p.z).toBeCloseTo(s.quayCranes.y[1] + qc.trolleyB[1], 2);
    expect(p.y).toBeCloseTo(qc.spreaderH[1] - BOX.heightM / 2, 4);
    expect(qc.spreaderH[1] + SPREADER_HEIGHT_M).toBeLessThan(QC.trolleyBottomM);
  });
});

describe('yard cranes', () => {
  it('stand over their fractional bay, across the middle of their block', () => {
    const layer = new YardCraneLayer(layout, material, 4);
    const s = cloneSnapshot(snapshot);
    s.yardCranes.block.set([0, 0, 1, 1]);
    s.yardCranes.bay.set([0, 12.5, 3, 29]);
    layer.update(s.yardCranes);
    for (let j = 0; j < 4; j++) {
      const b = layout.blocks[s.yardCranes.block[j]];
      const { bayAxis: ba, rowAxis: ra } = b;
      const along = (s.yardCranes.bay[j] + 0.5) * ba.bayLengthM;
      const across = (b.rows * ra.rowWidthM) / 2;
      layer.mesh.getMatrixAt(j, m);
      p.setFromMatrixPosition(m);
      expect(p.x).toBeCloseTo(ba.startX + ba.dirX * along + ra.dirX * across, 3);
      expect(-p.z).toBeCloseTo(ba.startY + ba.dirY * along + ra.dirY * across, 3);
    }
    // half a bay further along is half a bay length further east in demo-small
    layer.mesh.getMatrixAt(1, m);
    const x1 = new THREE.Vector3().setFromMatrixPosition(m).x;
    layer.mesh.getMatrixAt(0, m);
    expect(x1 - new THREE.Vector3().setFromMatrixPosition(m).x).toBeCloseTo(12.5 * layout.blocks[0].bayAxis.bayLengthM, 3);
  });
});
