import * as THREE from 'three';
import * as d3 from 'd3';
import { describe, expect, it } from 'vitest';
import { VEHICLE_STATES } from '../run/renderSnapshot';
import { SHOT_S, TOUR, chooseArt, easeInOut, newPose, shotPose, tourPlaces } from './cameraTour';
import { BOX_CALL_COLOURS, VEHICLE_STATE_COLOURS } from './palettes';
import { pickAt, toPixels } from './picking';
import { TerminalScene } from './terminalScene';
import { cloneSnapshot, demoSmallAt } from './testSnapshots';

const { loaded, snapshot } = demoSmallAt();
const W = 1280;
const H = 720;

function sceneWithCamera() {
  const view = new TerminalScene(loaded.layout, { yardCranesPerBlock: 2 });
  view.update(snapshot);
  const camera = new THREE.PerspectiveCamera(38, W / H, 1, 10000);
  camera.position.set(175, 260, 260);
  camera.lookAt(175, 0, -80);
  camera.updateMatrixWorld();
  return { view, camera };
}

describe('the terminal scene', () => {
  it('costs one draw call per layer part, however many boxes there are', () => {
    const { view } = sceneWithCamera();
    view.select({ kind: 'vehicle', index: 0 });
    view.trajectory.set(new Float32Array([10, 40, 50, 40, 60, 60]));
    let drawables = 0;
    view.scene.traverseVisible((o) => {
      if ((o as THREE.Mesh).isMesh || (o as THREE.Line).isLine) drawables++;
    });
    expect(drawables).toBeLessThanOrEqual(59); // and the sky: at most 60
    expect(view.yardBoxes.mesh.count).toBe(snapshot.yard.flow.length);
  });

  it('picks the vehicle drawn nearest the pointer, and cranes by their machinery', () => {
    const { view, camera } = sceneWithCamera();
    const anchors = Array.from({ length: snapshot.vehicles.x.length }, (_, index) => toPixels(view.anchorOf({ kind: 'vehicle', index })!, camera, W, H)!);
    // every vehicle drawn apart from the others (vehicles waiting at one point overlap)
    const apart = anchors.map((a, i) => (anchors.every((b, j) => j === i || Math.hypot(a.x - b.x, a.y - b.y) > 8) ? i : -1)).filter((i) => i >= 0);
    expect(apart.length).toBeGreaterThanOrEqual(3);
    for (const index of apart) expect(pickAt(view, camera, anchors[index].x, anchors[index].y, W, H)).toEqual({ kind: 'vehicle', index });
    const qc = toPixels(view.anchorOf({ kind: 'quayCrane', index: 1 })!, camera, W, H)!;
    expect(pickAt(view, camera, qc.x, qc.y, W, H)).toEqual({ kind: 'quayCrane', index: 1 });
    const yc = toPixels(view.anchorOf({ kind: 'yardCrane', index: 2 })!, camera, W, H)!;
    expect(pickAt(view, camera, yc.x, yc.y, W, H)).toEqual({ kind: 'yardCrane', index: 2 });
    expect(pickAt(view, camera, 2, 2, W, H)).toBeNull(); // sky
  });

  it('rings the selected thing and follows it as it moves', () => {
    const { view } = sceneWithCamera();
    view.select({ kind: 'vehicle', index: 3 });
    expect(view.marker.visible).toBe(true);
    const s = cloneSnapshot(snapshot);
    s.vehicles.x[3] = 200;
    s.vehicles.y[3] = 150;
    view.update(s);
    const ring = view.marker.group.children[0];
    expect([ring.position.x, ring.position.z]).toEqual([200, -150]);
    view.select(null);
    expect(view.marker.visible).toBe(false);
  });
});

describe('the camera tour', () => {
  it('follows the first ART on the move', () => {
    const s = cloneSnapshot(snapshot);
    s.vehicles.state.fill(VEHICLE_STATES.indexOf('waitQuay'));
    expect(chooseArt(s)).toBe(0);
    s.vehicles.state[7] = VEHICLE_STATES.indexOf('loaded');
    s.vehicles.state[9] = VEHICLE_STATES.indexOf('toPickup');
    expect(chooseArt(s)).toBe(7);
  });

  it('frames each shot from above the ground, and moves with eased transitions', () => {
    const places = tourPlaces(loaded.layout, new TerminalScene(loaded.layout).quay);
    for (const shot of TOUR) {
      if (shot === 'followArt') continue;
      for (const t of [0, SHOT_S / 2, SHOT_S]) {
        const pose = shotPose(shot, t, places, newPose());
        expect(pose.position.y).toBeGreaterThan(10);
        expect(pose.position.distanceTo(pose.target)).toBeGreaterThan(20);
      }
    }
    expect([easeInOut(0), easeInOut(0.5), easeInOut(1)]).toEqual([0, 0.5, 1]);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
  });
});

describe('palettes', () => {
  it('colour boxes by call with d3.schemeTableau10 and name a colour for every vehicle state', () => {
    expect(BOX_CALL_COLOURS).toEqual(d3.schemeTableau10);
    expect(Object.keys(VEHICLE_STATE_COLOURS).sort()).toEqual([...VEHICLE_STATES].sort());
  });
});
