import * as THREE from 'three';
import type { Layout, LaneKind } from '../layout';
import { PartList } from './partList';
import { addFacilities } from './terminalFacilities';
import { PAD_HEIGHT_M, PAINT_HEIGHT_M, WATER_LEVEL_M, landwardOf, type QuayFrame } from './sceneFrame';

/** Lane markings by kind: transfer lanes under the cranes, handover lanes beside the blocks. */
export const LANE_COLOURS: Readonly<Record<LaneKind, string>> = {
  lane: '#d9dee3',
  transferLane: '#38c6f4',
  handoverLane: '#f5a623',
  gateLane: '#c77dff',
};
const LANE_WIDTH_M: Record<LaneKind, number> = { lane: 0.5, transferLane: 0.8, handoverLane: 0.7, gateLane: 0.8 };

const ASPHALT = '#464c54';
const APRON = '#8a9097';
const PAD = '#7e837f';
const RAIL = '#25282c';

/**
 * Everything that never moves, merged into one vertex-coloured mesh: hinterland, the paved terminal
 * with its quay wall, the apron with crane rails and berth marks, yard pads with their crane rails,
 * lane markings by kind, chargers, gates, the unlocking station and parkings.
 */
export function terminalGround(layout: Layout, quay: QuayFrame): THREE.Mesh {
  const p = new PartList();
  const ext = extentsInQuayFrame(layout, quay);
  const along = (a: number, b: number) => [quay.startX + quay.ux * a + quay.nx * b, quay.startY + quay.uy * a + quay.ny * b];
  const slab = (a0: number, a1: number, b0: number, b1: number, h0: number, h1: number, colour: string) => {
    const [x, y] = along((a0 + a1) / 2, (b0 + b1) / 2);
    p.orientedBox(x, y, quay.angleRad, a1 - a0, b1 - b0, h0, h1, colour);
  };
  // reclaimed land round the terminal, water beyond: the port reads as an island in the haze
  slab(ext.aMin - 160, ext.aMax + 160, 0, ext.bMax + 160, WATER_LEVEL_M - 2, -0.15, '#8f9a86');
  slab(ext.aMin - 40, ext.aMax + 40, 0, ext.bMax + 45, WATER_LEVEL_M - 2, 0, ASPHALT); // the paved terminal
  slab(ext.aMin - 40, ext.aMax + 40, 0, 1.2, 0, 0.3, '#c9ccca'); // quay edge cap
  const apronM = Math.max(20, ...layout.quayCraneRails.map((r) => landwardOf(quay, r.line[0], r.line[1]) + 14));
  slab(ext.aMin - 40, ext.aMax + 40, 1.2, apronM, 0, 0.1, APRON);
  for (let a = ext.aMin - 30; a <= ext.aMax + 30; a += 24) slab(a - 0.4, a + 0.4, 0.2, 0.9, 0.3, 0.9, '#2b2e31'); // bollards
  for (const r of layout.quayCraneRails) p.ribbon(r.line, 0.9, PAINT_HEIGHT_M, RAIL);
  for (const berth of layout.berths) berthMarks(p, berth.line, quay);
  for (const b of layout.blocks) yardPad(p, b);
  for (const lane of layout.lanes) p.ribbon(lane.line, LANE_WIDTH_M[lane.kind], PAINT_HEIGHT_M, LANE_COLOURS[lane.kind]);
  addFacilities(p, layout);
  const mesh = new THREE.Mesh(p.geometry(), new THREE.MeshLambertMaterial({ vertexColors: true }));
  mesh.name = 'terminalGround';
  return mesh;
}

/** How far the layout reaches along the quay (a) and inland (b), metres in the quay frame. */
export function extentsInQuayFrame(layout: Layout, quay: QuayFrame): { aMin: number; aMax: number; bMax: number } {
  let aMin = Infinity;
  let aMax = -Infinity;
  let bMax = 0;
  const add = (x: number, y: number) => {
    const a = (x - quay.startX) * quay.ux + (y - quay.startY) * quay.uy;
    aMin = Math.min(aMin, a);
    aMax = Math.max(aMax, a);
    bMax = Math.max(bMax, landwardOf(quay, x, y));
  };
  layout.graph.nodeX.forEach((x, i) => add(x, layout.graph.nodeY[i]));
  for (let i = 0; i < layout.quay.line.length; i += 2) add(layout.quay.line[i], layout.quay.line[i + 1]);
  for (const b of layout.blocks) for (let i = 0; i < 8; i += 2) add(b.polygon[i], b.polygon[i + 1]);
  return { aMin, aMax, bMax };
}

/** A berth: a yellow line along its stretch of quay edge and white bars at its ends. */
function berthMarks(p: PartList, line: Float64Array, quay: QuayFrame): void {
  const inset = (x: number, y: number, d: number): [number, number] => [x + quay.nx * d, y + quay.ny * d];
  const n = line.length;
  const [x0, y0] = inset(line[0], line[1], 2);
  const [x1, y1] = inset(line[n - 2], line[n - 1], 2);
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const [dx, dy] = [((x1 - x0) / len) * 3, ((y1 - y0) / len) * 3];
  p.ribbon([x0 + dx, y0 + dy, x1 - dx, y1 - dy], 0.35, PAINT_HEIGHT_M, '#f2c94c');
  for (const [x, y] of [
    [line[0], line[1]],
    [line[n - 2], line[n - 1]],
  ])
    p.ribbon([...inset(x, y, 1.3), ...inset(x, y, 7)], 0.5, PAINT_HEIGHT_M, '#f4f6f8');
}

/** A block's concrete pad, the painted row lines of its stacks and its crane rails. */
function yardPad(p: PartList, b: Layout['blocks'][number]): void {
  const { bayAxis: ba, rowAxis: ra } = b;
  const L = b.bays * ba.bayLengthM;
  const W = b.rows * ra.rowWidthM;
  const at = (along: number, across: number) => [ba.startX + ba.dirX * along + ra.dirX * across, ba.startY + ba.dirY * along + ra.dirY * across];
  p.quad([...at(-1.5, -1), ...at(L + 1.5, -1), ...at(L + 1.5, W + 1), ...at(-1.5, W + 1)], PAD_HEIGHT_M, PAD);
  for (let r = 0; r <= b.rows; r++) p.ribbon([...at(0, r * ra.rowWidthM), ...at(L, r * ra.rowWidthM)], 0.12, PAINT_HEIGHT_M, '#b9bdb8');
  for (const across of [-2.2, W + 2.2]) p.ribbon([...at(-14, across), ...at(L + 14, across)], 0.5, PAINT_HEIGHT_M, RAIL);
}
