import * as THREE from 'three';
import type { InspectTarget } from '../run/inspect';
import type { TerminalScene } from './terminalScene';

/** Vehicles within this many pixels of a click are picked even when the ray misses them (they are small from afar). */
export const VEHICLE_PICK_PX = 12;

const raycaster = new THREE.Raycaster();
const ndc = new THREE.Vector2();
const p = new THREE.Vector3();

/** Pixel position (x right, y down, from the canvas' top left) of a scene point, or null if off screen or behind. */
export function toPixels(point: THREE.Vector3, camera: THREE.Camera, widthPx: number, heightPx: number): { x: number; y: number } | null {
  p.copy(point).project(camera);
  if (!(p.z > -1 && p.z < 1 && Math.abs(p.x) <= 1 && Math.abs(p.y) <= 1)) return null;
  return { x: ((p.x + 1) / 2) * widthPx, y: ((1 - p.y) / 2) * heightPx };
}

/**
 * What is under a pixel: the nearest vehicle within VEHICLE_PICK_PX of it, else the first vehicle,
 * quay crane or yard crane the ray through it hits.
 */
export function pickAt(view: TerminalScene, camera: THREE.PerspectiveCamera, xPx: number, yPx: number, widthPx: number, heightPx: number): InspectTarget | null {
  const s = view.snapshot;
  if (s === null || widthPx <= 0 || heightPx <= 0) return null;
  camera.updateMatrixWorld();
  let best = -1;
  let bestD = VEHICLE_PICK_PX;
  const anchor = new THREE.Vector3();
  for (let i = 0; i < s.vehicles.x.length; i++) {
    const at = toPixels(view.anchorOf({ kind: 'vehicle', index: i }, anchor)!, camera, widthPx, heightPx);
    if (at === null) continue;
    const d = Math.hypot(at.x - xPx, at.y - yPx);
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  }
  if (best >= 0) return { kind: 'vehicle', index: best };
  ndc.set((xPx / widthPx) * 2 - 1, 1 - (yPx / heightPx) * 2);
  raycaster.setFromCamera(ndc, camera);
  const kinds = new Map<THREE.Object3D, InspectTarget['kind']>([
    [view.vehicles.mesh, 'vehicle'],
    [view.quayCranes.frame, 'quayCrane'],
    [view.quayCranes.trolley, 'quayCrane'],
    [view.yardCranes.mesh, 'yardCrane'],
  ]);
  for (const mesh of kinds.keys()) (mesh as THREE.InstancedMesh).boundingSphere = null; // they move: recompute
  const hit = raycaster.intersectObjects([...kinds.keys()], false)[0];
  if (hit === undefined || hit.instanceId === undefined) return null;
  return { kind: kinds.get(hit.object)!, index: hit.instanceId };
}
