import * as THREE from 'three';
import type { VehicleState } from '../dispatch/strategy';
import { VEHICLE_STATES } from '../run/renderSnapshot';

/**
 * The view's legend colours, exported so the dashboard draws the same ones. CSS hex strings;
 * layers convert them once to linear RGB floats for instance colours. The vehicle states are the
 * dashboard's choice (src/ui/charts/palette.ts): waiting is warm (red at the quay, where the crane
 * is the bottleneck), moving is cool, energy is yellow.
 */
export const VEHICLE_STATE_COLOURS: Readonly<Record<VehicleState, string>> = {
  parked: '#5c6b7a',
  idle: '#9aa8b5',
  toPickup: '#4cc9f0',
  loaded: '#2ec27e',
  waitQuay: '#ff5d5d',
  waitYard: '#ffa94d',
  toCharger: '#c77dff',
  charging: '#ffd43b',
};

/** Box colours by flow, indexed by FLOW_CODE: import, export, transshipment. */
export const BOX_FLOW_COLOURS: readonly string[] = ['#2f80d1', '#f0892e', '#9b59d0'];

/** Box colours by vessel call, indexed by call mod 10: d3.schemeTableau10. */
export const BOX_CALL_COLOURS: readonly string[] = ['#4e79a7', '#f28e2c', '#e15759', '#76b7b2', '#59a14f', '#edc949', '#af7aa1', '#ff9da7', '#9c755f', '#bab0ab'];

/** A box with no call in the run (an export whose vessel comes later), and boxes aboard when coloured by flow. */
export const BOX_NO_CALL_COLOUR = '#a3a9ae';

export type VehicleColouring = 'state' | 'charge';
export type BoxColouring = 'call' | 'flow';

/** Linear RGB triples of a list of CSS colours, flat, for writing straight into instanceColor. */
export function linearRgb(hexes: readonly string[]): Float32Array {
  const out = new Float32Array(hexes.length * 3);
  const c = new THREE.Color();
  hexes.forEach((h, i) => c.set(h).toArray(out, i * 3));
  return out;
}

const FLOW_RGB = linearRgb(BOX_FLOW_COLOURS);
const CALL_RGB = linearRgb(BOX_CALL_COLOURS);
const NONE_RGB = linearRgb([BOX_NO_CALL_COLOUR]);
export const VEHICLE_STATE_RGB = linearRgb(VEHICLE_STATES.map((s) => VEHICLE_STATE_COLOURS[s]));

/**
 * Writes a box's colour at `out[k*3..]`: by call (Tableau10) or by flow; `shade` (about 1) varies
 * boxes of one colour slightly so a stack reads as separate boxes.
 */
export function writeBoxColour(mode: BoxColouring, flow: number, call: number, shade: number, out: Float32Array, k: number): void {
  let src = NONE_RGB;
  let j = 0;
  if (mode === 'flow' && flow >= 0 && flow < 3) {
    src = FLOW_RGB;
    j = flow * 3;
  } else if (mode === 'call' && call >= 0) {
    src = CALL_RGB;
    j = (call % 10) * 3;
  }
  out[k * 3] = src[j] * shade;
  out[k * 3 + 1] = src[j + 1] * shade;
  out[k * 3 + 2] = src[j + 2] * shade;
}

/** A steady per-index shade in [0.86, 1.06]: a hash, not a random draw, so a slot keeps its look. */
export function boxShade(i: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return 0.86 + ((h >>> 0) / 4294967296) * 0.2;
}

const socColour = new THREE.Color();
/** State of charge as a colour from red (empty) through amber to green (full), linear RGB. */
export function writeSocColour(soc: number, out: Float32Array, k: number): void {
  const s = Math.min(1, Math.max(0, soc));
  socColour.setHSL((s * 120) / 360, 0.85, 0.5);
  socColour.toArray(out, k * 3);
}
