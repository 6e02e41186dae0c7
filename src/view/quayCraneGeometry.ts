import type * as THREE from 'three';
import { PartList } from './partList';

/**
 * A ship-to-shore crane in its own frame: a along the quay, b landward from the sea-side rail, h up.
 * The portal straddles the transfer lanes between the rails (gauge `gaugeM`), the boom reaches over
 * the vessel, and the A-frame's stays carry it. Trolley, ropes and spreader are separate meshes
 * because they move.
 */
export const QC = {
  legA: 9,
  portalTopM: 46,
  boomTopM: 48.6,
  outreachM: 64,
  /** bottom of the trolley, where the ropes hang from */
  trolleyBottomM: 44.6,
  /** highest the spreader's bottom goes */
  spreaderTopM: 36,
} as const;

const RED = '#c7352b';
const STEEL = '#e4e8ec';
const DARK = '#2f343a';

export function quayCraneFrame(gaugeM: number): THREE.BufferGeometry {
  const p = new PartList();
  const g = gaugeM;
  const { legA, portalTopM: top, boomTopM: boom, outreachM } = QC;
  const back = g + 16;
  for (const a of [-legA, legA]) {
    for (const b of [0, g]) {
      p.box(a - 0.9, a + 0.9, b - 0.9, b + 0.9, 1.4, top, RED); // leg
      p.box(a - 2.6, a + 2.6, b - 0.8, b + 0.8, 0, 1.4, DARK); // gantry bogie on the rail
    }
    p.box(a - 0.7, a + 0.7, 0, g, 12.5, 14.2, RED); // lower portal tie
    p.beam(a, 0.5, 14.2, a, g - 0.5, top - 2, 0.6, RED); // bracing
  }
  for (const b of [0, g]) p.box(-legA - 1, legA + 1, b - 1, b + 1, top - 3, top, RED); // upper portal beams
  for (const a of [-2.6, 2.6]) p.box(a - 0.6, a + 0.6, -outreachM, back, top, boom, STEEL); // boom and girder
  for (let b = -outreachM + 4; b < back; b += 10) p.box(-2.6, 2.6, b - 0.3, b + 0.3, boom - 0.5, boom, STEEL); // lattice ties
  // A-frame over the portal, forestays out to the boom, backstay to the machinery house
  const apexB = g * 0.45;
  const apexH = 78;
  for (const s of [-1, 1]) {
    p.beam(s * legA, 0, top, s * 2.6, apexB, apexH, 1.3, RED);
    p.beam(s * legA, g, top, s * 2.6, apexB, apexH, 1.3, RED);
    p.beam(s * 2.6, apexB, apexH, s * 2.6, -outreachM * 0.45, boom, 0.45, STEEL);
    p.beam(s * 2.6, apexB, apexH, s * 2.6, -outreachM * 0.9, boom, 0.45, STEEL);
    p.beam(s * 2.6, apexB, apexH, s * 2.6, back - 1, boom, 0.6, STEEL);
  }
  p.box(-3.4, 3.4, apexB - 1, apexB + 1, apexH - 1, apexH + 1.2, RED);
  p.box(-5.5, 5.5, g + 2, back, boom, boom + 6.5, '#f5f7f9'); // machinery house
  p.box(-5.2, 5.2, g + 2.3, back - 0.3, boom + 6.5, boom + 6.9, '#9aa4ae');
  p.box(-3, 3, -outreachM - 1, -outreachM, top - 1, boom + 1, RED); // boom tip
  return p.geometry();
}

/** Where the picking point and selection look at: the machinery house, solid from every side. */
export const machineryHouseB = (gaugeM: number): number => gaugeM + 9;
export const machineryHouseH = QC.boomTopM + 3.2;

export function quayCraneTrolley(): THREE.BufferGeometry {
  const p = new PartList();
  p.box(-3.6, 3.6, -3.2, 3.2, QC.trolleyBottomM, QC.boomTopM - 0.8, '#26486b');
  p.box(3.6, 5.6, -1.6, 1.6, QC.trolleyBottomM - 2.8, QC.trolleyBottomM + 0.2, '#9fd3f0'); // operator cab
  return p.geometry();
}

/** Four ropes from h = 0 to 1: scaled in height to reach from the spreader to the trolley. */
export function quayCraneRopes(): THREE.BufferGeometry {
  const p = new PartList();
  for (const a of [-1.4, 1.4]) for (const b of [-0.7, 0.7]) p.beam(a, b, 0, a, b, 1, 0.14, '#15181b');
  return p.geometry();
}

/** Spreader and headblock, bottom at h = 0. */
export function spreaderGeometry(lengthM: number): THREE.BufferGeometry {
  const p = new PartList();
  p.box(-lengthM / 2, lengthM / 2, -1.2, 1.2, 0, 0.45, '#ffc400');
  p.box(-1.2, 1.2, -1, 1, 0.45, 1.3, '#3a3f45');
  return p.geometry();
}
export const SPREADER_HEIGHT_M = 1.3;
