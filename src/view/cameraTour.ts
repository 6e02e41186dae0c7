import * as THREE from 'three';
import type { Layout } from '../layout';
import { VEHICLE_STATES, type RenderSnapshot } from '../run/renderSnapshot';
import type { QuayFrame } from './sceneFrame';
import { extentsInQuayFrame } from './terminalGround';

/** Where the camera is and what it looks at. */
export interface CameraPose {
  position: THREE.Vector3;
  target: THREE.Vector3;
}

export const newPose = (): CameraPose => ({ position: new THREE.Vector3(), target: new THREE.Vector3() });

/**
 * The unattended demo's tour: overview from the sea, along the quay cranes, over the yard, the
 * chargers, then behind an ART that is on the move; each shot SHOT_S long, entered by an eased
 * TRANSITION_S move from wherever the camera was, looping forever.
 */
export const TOUR = ['overview', 'quay', 'yard', 'chargers', 'followArt'] as const;
export type TourShot = (typeof TOUR)[number];
export const SHOT_S = 9;
export const TRANSITION_S = 2.5;

/** The layout's places the shots are framed on, in the quay frame (a along the quay, b landward). */
export interface TourPlaces {
  quay: QuayFrame;
  aMin: number;
  aMax: number;
  bMax: number;
  /** the first charging station, or the terminal centre without one */
  chargerX: number;
  chargerY: number;
}

export function tourPlaces(layout: Layout, quay: QuayFrame): TourPlaces {
  const ext = extentsInQuayFrame(layout, quay);
  const c = layout.chargers[0];
  const mid = (ext.aMin + ext.aMax) / 2;
  return {
    quay,
    ...ext,
    chargerX: c?.x ?? quay.startX + quay.ux * mid + quay.nx * ext.bMax * 0.5,
    chargerY: c?.y ?? quay.startY + quay.uy * mid + quay.ny * ext.bMax * 0.5,
  };
}

/** Scene point at (a, b) in the quay frame, h up. */
function at(p: TourPlaces, a: number, b: number, h: number, out: THREE.Vector3): THREE.Vector3 {
  const q = p.quay;
  return out.set(q.startX + q.ux * a + q.nx * b, h, -(q.startY + q.uy * a + q.ny * b));
}

/** The pose of a framed shot `tS` seconds in (the ART shot is the rig's follow camera instead). */
export function shotPose(shot: Exclude<TourShot, 'followArt'>, tS: number, p: TourPlaces, out: CameraPose): CameraPose {
  const length = p.aMax - p.aMin;
  const mid = (p.aMin + p.aMax) / 2;
  if (shot === 'overview') {
    // a slow drift along the quay keeps the picture alive
    at(p, mid - length * 0.25 + tS * 6, -length * 0.5, length * 0.32, out.position);
    at(p, mid, p.bMax * 0.35, 0, out.target);
  } else if (shot === 'quay') {
    const a = p.aMin + length * 0.05 + tS * 14;
    at(p, a, -95, 42, out.position);
    at(p, a + 150, 12, 16, out.target);
  } else if (shot === 'yard') {
    const a = mid - length * 0.3 + tS * 16;
    at(p, a, p.bMax * 0.1, 115, out.position);
    at(p, a + 160, p.bMax * 0.55, 0, out.target);
  } else {
    const angle = Math.PI * 1.3 + tS * 0.07;
    out.target.set(p.chargerX, 2, -p.chargerY);
    out.position.set(p.chargerX + Math.cos(angle) * 75, 38, -(p.chargerY + Math.sin(angle) * 75));
  }
  return out;
}

const MOVING = new Set(['toPickup', 'loaded', 'toCharger'].map((s) => VEHICLE_STATES.indexOf(s as (typeof VEHICLE_STATES)[number])));

/** The ART the tour follows: the first one driving (deterministic), else the first. */
export function chooseArt(s: RenderSnapshot | null): number {
  if (s === null) return 0;
  const i = s.vehicles.state.findIndex((code) => MOVING.has(code));
  return Math.max(0, i);
}

/** Ease in and out: slow start, slow landing. */
export const easeInOut = (u: number): number => {
  const t = Math.min(1, Math.max(0, u));
  return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
};
