import type { Xy } from './straightLane';

/** One parkingBay feature of a design, in metres. */
export interface DesignedBay {
  id: string;
  /** the id of its parking or charger */
  parking: string;
  x: number;
  y: number;
  headingDeg: number;
}

// An ART is ~15 m long and ~3 m wide: every bay is a 20 m × 4 m footprint along its heading.
export const BAY_LENGTH_M = 20;
export const BAY_WIDTH_M = 4;

// Charging bays lie along the lay-by north of a westbound travel lane, 5 m from it (and from the
// next sea lane, 10 m on), end to end: the plugs centred on the charger, then the queue places
// upstream, east of them, nearest first.
const CHARGING_BAY_FROM_LANE_M = 5;
const CHARGER_QUEUE_BAYS = 4;

/** A charger's plugs + CHARGER_QUEUE_BAYS bays beside the westbound travel lane at y = laneY, centred on x = chargerX. */
export function chargingBays(charger: string, chargerX: number, laneY: number, plugs: number): DesignedBay[] {
  const first = chargerX - ((plugs - 1) / 2) * BAY_LENGTH_M;
  return Array.from({ length: plugs + CHARGER_QUEUE_BAYS }, (_, k) => ({
    id: `${charger}-${k + 1}`,
    parking: charger,
    x: first + k * BAY_LENGTH_M,
    y: laneY + CHARGING_BAY_FROM_LANE_M,
    headingDeg: 180, // along the lane, so a vehicle pulls in and out forward
  }));
}

// A parking: PARKING_STALL_ROWS rows of straight stalls north of the eastbound north road, the first
// 5 m off it, 8 m aisles between rows; vehicles stand nose out, facing the road (south).
const PARKING_STALL_ROWS = 2;
const PARKING_SETBACK_M = 5;
const PARKING_AISLE_M = 8;

/** `capacity` stalls centred on x = centreX north of the road at y = roadY, filled row by row from the road. */
export function parkingStalls(parking: string, centreX: number, roadY: number, capacity: number): DesignedBay[] {
  const perRow = Math.ceil(capacity / PARKING_STALL_ROWS);
  return Array.from({ length: capacity }, (_, k) => {
    const [row, stall] = [Math.floor(k / perRow), k % perRow];
    const [x, y]: Xy = [
      centreX + (stall - (perRow - 1) / 2) * BAY_WIDTH_M,
      roadY + PARKING_SETBACK_M + BAY_LENGTH_M / 2 + row * (BAY_LENGTH_M + PARKING_AISLE_M),
    ];
    return { id: `${parking}-${k + 1}`, parking, x, y, headingDeg: -90 };
  });
}
