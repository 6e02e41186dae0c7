import type { LonLat } from '../geo';
import { chargingBays, parkingStalls, type DesignedBay } from './bayDesign';
import { alongX, alongY, type Xy } from './straightLane';

/**
 * A parametric automated terminal in metres: x along the quay (east), y inland (north), water at
 * y < 0. Blocks lie parallel to the quay with an ART handover lane along their sea side and a truck
 * handover lane along their land side (double-cantilever ARMG). All lanes are one-way:
 *
 *   gate road (westbound) ─ gate lanes (in: southbound, out: northbound)
 *   north road (eastbound)
 *   parkings: rows of stalls north of the north road
 *   per block row: sea handover lanes (eastbound) · blocks · land handover lanes (eastbound) · travel lane (westbound)
 *   (· a lay-by of charging bays, in a row with chargers)
 *   cross-aisles at both ends and between block columns: one lane north, one south
 *   apron: a transfer lane under the quay cranes with entry and exit ramps every 60 m off the eastbound
 *   apron lane, a westbound lane, the two joined at both ends
 *   quay crane rails, quay edge, water
 */
export interface TerminalDesign {
  originLonLat: LonLat;
  quayLengthM: number;
  berths: number;
  cranesPerBerth: number;
  /** blocks along the quay */
  blockColumns: number;
  /** blocks inland */
  blockRows: number;
  block: { bays: number; rows: number; tiers: number; bayLengthM: number; rowWidthM: number };
  /**
   * roadside, beside the travel lane north of block row `row`, at the middle of block column
   * `column`; a row with a charger has a lay-by north of its travel lane for the charging bays
   */
  chargers: { row: number; column: number; plugs: number }[];
  /** beside the north road, centred on x = xM, with rows of stalls north of it (bayDesign.ts) */
  parkings: { xM: number; capacity: number }[];
  gateInLanes: number;
  gateOutLanes: number;
  /** unlocking stations beside the westbound apron lane, as shares of the quay's length from its west end (default: one at the middle) */
  unlockingAt?: number[];
}

export type MetricGeometry =
  | { type: 'Point'; coordinates: Xy }
  | { type: 'LineString'; coordinates: Xy[] }
  | { type: 'Polygon'; coordinates: Xy[][] };

export interface MetricFeature {
  properties: { kind: string; id: string } & Record<string, unknown>;
  geometry: MetricGeometry;
}

// The cross-section, in metres inland from the quay edge (assumed figures, typical of automated terminals).
const SEA_RAIL_Y = 3;
const LAND_RAIL_Y = 33; // 30 m quay crane gauge
const TRANSFER_Y = 18; // under the portal, between the legs
const TRANSFER_RAMP_M = 15; // how far along the quay each ramp between the apron lane and the transfer lane runs
const TRANSFER_ACCESS_M = 60; // an entry ramp, then an exit ramp, every this many metres along the quay
const APRON_EAST_Y = 40;
const APRON_WEST_Y = 46;
const APRON_END_M = 5; // the two apron lanes join this far from the quay's ends
const FIRST_BLOCK_Y = 64;
const CANTILEVER_LANE_M = 6; // handover lane centre from the block's edge
const TRAVEL_LANE_M = 6; // westbound lane beyond a land-side handover lane
const ROW_GAP_M = 24; // between block rows: land lane, travel lane, next sea lane
const CHARGING_LAYBY_M = 4; // added to the row gap north of a travel lane with chargers: 10 m to the next sea lane, room for chargingBays
const AISLE_GAP_M = 40; // between block columns, and at the yard's ends
const AISLE_HALF_M = 3; // each cross-aisle: a northbound lane 3 m west of its centre, a southbound 3 m east
const NORTH_ROAD_M = 20; // beyond the last travel lane
const GATE_LANE_M = 80; // gate booth at the middle
const GATE_SPACING_M = 5;
const GATE_CENTRE_GAP_M = 10; // in-lanes west of the gate's centre, out-lanes east
const UNLOCKING_OFFSET_M = 3; // beside the westbound apron lane
const CHARGER_OFFSET_M = 2; // beside its travel lane, nearer to it than to the next handover lane
const PARKING_OFFSET_M = 6; // beside the north road

export function designTerminal(d: TerminalDesign): MetricFeature[] {
  const out: MetricFeature[] = [];
  const add = (kind: string, id: string, props: Record<string, unknown>, geometry: MetricGeometry) =>
    out.push({ properties: { kind, id, ...props }, geometry });
  const line = (coordinates: Xy[]): MetricGeometry => ({ type: 'LineString', coordinates });
  const point = (x: number, y: number): MetricGeometry => ({ type: 'Point', coordinates: [x, y] });
  const addBay = (b: DesignedBay) => add('parkingBay', b.id, { parking: b.parking, headingDeg: b.headingDeg }, point(b.x, b.y));
  const Q = d.quayLengthM;

  // Yard geometry, centred on the quay.
  const blockL = d.block.bays * d.block.bayLengthM;
  const blockW = d.block.rows * d.block.rowWidthM;
  const x0 = (Q - (d.blockColumns * blockL + (d.blockColumns - 1) * AISLE_GAP_M)) / 2;
  const blockX = (c: number) => x0 + c * (blockL + AISLE_GAP_M);
  const aisleX = (k: number) => x0 - AISLE_GAP_M / 2 + k * (blockL + AISLE_GAP_M);
  const aisles = range(d.blockColumns + 1).map(aisleX);
  const aisleLaneXs = aisles.flatMap((x) => [x - AISLE_HALF_M, x + AISLE_HALF_M]);
  const westX = aisles[0] - AISLE_HALF_M;
  const eastX = aisles[d.blockColumns] + AISLE_HALF_M;
  if (westX < APRON_END_M + 1 || eastX > Q - APRON_END_M - 1) throw new Error('the yard is wider than the quay');
  const laybyRows = new Set(d.chargers.map((ch) => ch.row));
  const rowGap = (r: number) => ROW_GAP_M + (laybyRows.has(r) ? CHARGING_LAYBY_M : 0);
  const blockY = (r: number) => FIRST_BLOCK_Y + r * blockW + range(r).reduce((y, k) => y + rowGap(k), 0);
  const seaY = (r: number) => blockY(r) - CANTILEVER_LANE_M;
  const landY = (r: number) => blockY(r) + blockW + CANTILEVER_LANE_M;
  const travelY = (r: number) => landY(r) + TRAVEL_LANE_M;
  const rows = range(d.blockRows);
  const northY = travelY(d.blockRows - 1) + NORTH_ROAD_M;
  const gateY = northY + GATE_LANE_M;
  const gateIn = range(d.gateInLanes).map((k) => Q / 2 - GATE_CENTRE_GAP_M - k * GATE_SPACING_M);
  const gateOut = range(d.gateOutLanes).map((k) => Q / 2 + GATE_CENTRE_GAP_M + k * GATE_SPACING_M);

  // Quay side.
  add('quay', 'QUAY', {}, line([[0, 0], [Q, 0]]));
  const berthM = Q / d.berths;
  for (const b of range(d.berths)) add('berth', `B${b + 1}`, {}, line([[b * berthM, 0], [(b + 1) * berthM, 0]]));
  add('quayCraneRail', 'QCR-SEA', {}, line([[0, SEA_RAIL_Y], [Q, SEA_RAIL_Y]]));
  add('quayCraneRail', 'QCR-LAND', {}, line([[0, LAND_RAIL_Y], [Q, LAND_RAIL_Y]]));
  // Cranes evenly spread over their berth at first; they share one eastbound transfer lane under the
  // portals, which vehicles enter and leave by ramps off the eastbound apron lane, so a crane can work
  // anywhere along the quay.
  const perBerth = d.cranesPerBerth;
  const craneXs = range(d.berths * perBerth).map((k) => (Math.floor(k / perBerth) + ((k % perBerth) + 0.5) / perBerth) * berthM);
  craneXs.forEach((x, k) => add('quayCrane', craneId(k), { berth: `B${Math.floor(k / perBerth) + 1}` }, point(x, SEA_RAIL_Y)));
  const transferFrom = APRON_END_M + TRANSFER_RAMP_M;
  const transferTo = Q - APRON_END_M - TRANSFER_RAMP_M;
  const accessCount = Math.floor((transferTo - transferFrom) / TRANSFER_ACCESS_M);
  const entries = range(accessCount).map((k) => transferFrom + k * TRANSFER_ACCESS_M); // where entry ramps join the transfer lane
  const exits = range(accessCount).map((k) => transferFrom + (k + 0.5) * TRANSFER_ACCESS_M).concat([transferTo]); // where exit ramps leave it
  add('transferLane', 'TL', {}, line(alongX(TRANSFER_Y, transferFrom, transferTo, [...entries, ...exits])));
  entries.forEach((x, k) => add('lane', `TL-IN${k + 1}`, {}, line([[x - TRANSFER_RAMP_M, APRON_EAST_Y], [x, TRANSFER_Y]])));
  exits.forEach((x, k) => add('lane', `TL-OUT${k + 1}`, {}, line([[x, TRANSFER_Y], [x + TRANSFER_RAMP_M, APRON_EAST_Y]])));
  (d.unlockingAt ?? [0.5]).forEach((share, k) => add('unlockingStation', `UL${k + 1}`, {}, point(share * Q, APRON_WEST_Y + UNLOCKING_OFFSET_M)));

  // Yard blocks and their handover lanes.
  const { bays, rows: blockRowsOfSlots, tiers } = d.block;
  const blocks = rows.flatMap((r) => range(d.blockColumns).map((c) => ({ r, c, id: blockId(r * d.blockColumns + c) })));
  for (const { r, c, id } of blocks) {
    const [xa, xb, ya, yb] = [blockX(c), blockX(c) + blockL, blockY(r), blockY(r) + blockW];
    const ring: Xy[] = [[xa, ya], [xb, ya], [xb, yb], [xa, yb], [xa, ya]];
    add('yardBlock', id, { bays, rows: blockRowsOfSlots, tiers }, { type: 'Polygon', coordinates: [ring] });
  }
  // Both handover lanes run east, exactly the block's length, so bay 0 is the west end on either side.
  for (const { r, c, id } of blocks) {
    const [xa, xb] = [blockX(c), blockX(c) + blockL];
    add('handoverLane', `HL-${id}-SEA`, { block: id, side: 'sea' }, line([[xa, seaY(r)], [xb, seaY(r)]]));
    add('handoverLane', `HL-${id}-LAND`, { block: id, side: 'land' }, line([[xa, landY(r)], [xb, landY(r)]]));
  }

  // Roads.
  const transferEnds = [...entries.map((x) => x - TRANSFER_RAMP_M), ...exits.map((x) => x + TRANSFER_RAMP_M)];
  const apronEast = alongX(APRON_EAST_Y, APRON_END_M, Q - APRON_END_M, [...aisleLaneXs, ...transferEnds]);
  add('lane', 'APRON-E', {}, line([[APRON_END_M, APRON_WEST_Y], ...apronEast, [Q - APRON_END_M, APRON_WEST_Y]]));
  add('lane', 'APRON-W', {}, line(alongX(APRON_WEST_Y, Q - APRON_END_M, APRON_END_M, aisleLaneXs)));
  const levels = [APRON_EAST_Y, APRON_WEST_Y, ...rows.flatMap((r) => [seaY(r), landY(r), travelY(r)]), northY];
  aisles.forEach((x, k) => {
    add('lane', `AISLE${k + 1}-N`, {}, line(alongY(x - AISLE_HALF_M, APRON_EAST_Y, northY, levels)));
    add('lane', `AISLE${k + 1}-S`, {}, line(alongY(x + AISLE_HALF_M, northY, APRON_EAST_Y, levels)));
  });
  for (const r of rows) {
    // Eastbound links between the handover lanes of a row, across the aisles.
    for (const [side, y] of [['SEA', seaY(r)], ['LAND', landY(r)]] as const) {
      for (const c of range(d.blockColumns + 1)) {
        const from = c === 0 ? westX : blockX(c - 1) + blockL;
        const to = c === d.blockColumns ? eastX : blockX(c);
        add('lane', `ROW${r + 1}-${side}-${c + 1}`, {}, line(alongX(y, from, to, aisleLaneXs)));
      }
    }
    add('lane', `ROW${r + 1}-W`, {}, line(alongX(travelY(r), eastX, westX, aisleLaneXs)));
  }
  add('lane', 'NORTH-ROAD', {}, line(alongX(northY, westX, eastX, [...aisleLaneXs, ...gateIn, ...gateOut])));
  const gateXs = [...gateIn, ...gateOut];
  add('lane', 'GATE-ROAD', {}, line(alongX(gateY, Math.max(...gateXs) + 20, Math.min(...gateXs) - 20, gateXs)));

  // Roadside equipment and the gate.
  for (const [k, ch] of d.chargers.entries()) {
    const at = point(blockX(ch.column) + blockL / 2, travelY(ch.row) + CHARGER_OFFSET_M);
    add('charger', `CH${k + 1}`, { plugs: ch.plugs }, at);
  }
  for (const [k, p] of d.parkings.entries()) {
    add('parking', `P${k + 1}`, { capacity: p.capacity }, point(p.xM, northY + PARKING_OFFSET_M));
  }
  gateIn.forEach((x, k) => add('gateLane', `GI${k + 1}`, { direction: 'in' }, line([[x, gateY], [x, northY]])));
  gateOut.forEach((x, k) => add('gateLane', `GO${k + 1}`, { direction: 'out' }, line([[x, northY], [x, gateY]])));
  // The bays last, so every other feature keeps its index in the file.
  d.chargers.forEach((ch, k) => chargingBays(`CH${k + 1}`, blockX(ch.column) + blockL / 2, travelY(ch.row), ch.plugs).forEach(addBay));
  d.parkings.forEach((p, k) => parkingStalls(`P${k + 1}`, p.xM, northY, p.capacity).forEach(addBay));
  return out;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const pad2 = (n: number) => String(n).padStart(2, '0');
const craneId = (k: number) => `QC${pad2(k + 1)}`;
const blockId = (k: number) => `Y${pad2(k + 1)}`;
