import type * as THREE from 'three';
import { PartList } from './partList';
import { VESSEL_DECK_M, WATER_LEVEL_M } from './sceneFrame';

/**
 * A container ship in its own frame: a along the ship (bow at +a), b across (landward +), h up.
 * The hull is built 1 m long and 1 m wide and stretched per vessel; the superstructure keeps its
 * size whatever the ship's length.
 */
const HULL_OUTLINE = [-0.5, -0.38, -0.485, -0.5, 0.3, -0.5, 0.4, -0.44, 0.47, -0.3, 0.5, -0.07, 0.5, 0.07, 0.47, 0.3, 0.4, 0.44, 0.3, 0.5, -0.485, 0.5, -0.5, 0.38];

export function hullGeometry(): THREE.BufferGeometry {
  const p = new PartList();
  p.prism(HULL_OUTLINE, WATER_LEVEL_M - 4, WATER_LEVEL_M + 0.9, '#9c2f27', '#9c2f27'); // boot-top
  p.prism(HULL_OUTLINE, WATER_LEVEL_M + 0.9, VESSEL_DECK_M - 0.7, '#1d3650', '#1d3650');
  p.prism(HULL_OUTLINE, VESSEL_DECK_M - 0.7, VESSEL_DECK_M, '#e9ecef', '#4f5a63'); // sheer line, deck
  return p.geometry();
}

/** Ship's beam for a length: big boxships are ~1/7 as wide as they are long. */
export const beamForLengthM = (lengthM: number): number => Math.min(51, Math.max(30, lengthM * 0.15));

/** Accommodation, bridge with wings spanning `beamM`, funnel aft of it; centred on a = 0. */
export function superstructureGeometry(beamM: number): THREE.BufferGeometry {
  const p = new PartList();
  const d = VESSEL_DECK_M;
  const hb = beamM / 2 - 3;
  p.box(-5, 5, -hb, hb, d, d + 21, '#f3f4f2');
  for (let h = d + 3; h < d + 20; h += 3) {
    // window rows on all four faces
    p.box(-5.15, 5.15, -hb + 1, hb - 1, h, h + 1.1, '#24313d');
    p.box(-4, 4, -hb - 0.15, hb + 0.15, h, h + 1.1, '#24313d');
  }
  p.box(-3, 4, -beamM / 2, beamM / 2, d + 21, d + 24, '#f3f4f2'); // bridge with wings
  p.box(4, 4.15, -beamM / 2 + 1, beamM / 2 - 1, d + 21.8, d + 23.3, '#24313d');
  p.box(-11, -6, -3, 3, d, d + 25, '#2b2f33'); // funnel
  p.box(-11.05, -5.95, -3.05, 3.05, d + 20, d + 23, '#c0392b');
  p.beam(0, 0, d + 24, 0, 0, d + 31, 0.5, '#d0d4d8'); // mast
  return p.geometry();
}

/** Where the superstructure stands, metres from the ship's centre (toward the stern). */
export const superstructureA = (lengthM: number): number => -lengthM / 2 + Math.max(24, lengthM * 0.16);

/**
 * Centres of the cargo bays along the ship: a few aft of the funnel, the rest between the bridge and
 * the bow's taper. Bays are 20 ft, like the yard's.
 */
export function cargoBaysA(lengthM: number, bayM: number): number[] {
  const bays: number[] = [];
  const sup = superstructureA(lengthM);
  for (let a = -lengthM / 2 + 4 + bayM / 2; a + bayM / 2 <= sup - 12; a += bayM) bays.push(a);
  for (let a = sup + 6 + bayM / 2; a + bayM / 2 <= lengthM / 2 - lengthM * 0.09; a += bayM) bays.push(a);
  return bays;
}
