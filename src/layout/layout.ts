import type { LonLat } from './geo';
import type { Lane, LaneGraph, LanePosition } from './laneGraph';
import type { TravelTable } from './travelTable';

/**
 * A terminal layout in the local metric frame (x east, y north, metres from the quay's first
 * point). Plain data and typed arrays, except `travel`'s lookups (rebuild them after a structured
 * clone with travelTableFrom). Lines are Float64Arrays x0,y0,x1,y1,...; every `feature` is the
 * index of the thing's feature in the file, for messages.
 */
export interface Layout {
  /** the file it came from, as given to buildLayout */
  file: string;
  originLonLat: LonLat;
  quay: { id: string; line: Float64Array };
  berths: Berth[];
  quayCraneRails: { id: string; line: Float64Array }[];
  /** index into `lanes` of the transfer lane all quay cranes share (they can move along the rail), or -1 when each has its own */
  sharedTransferLane: number;
  quayCranes: QuayCrane[];
  blocks: YardBlock[];
  unlockingStations: PlacedPoint[];
  /** at least `plugs` bays each: the first `plugs` at the plugs, the rest queue places */
  chargers: (PlacedPoint & { plugs: number; bays: ParkingBay[] })[];
  /** exactly `capacity` bays each */
  parkings: (PlacedPoint & { capacity: number; bays: ParkingBay[] })[];
  gateLanes: GateLane[];
  lanes: Lane[];
  graph: LaneGraph;
  keyPoints: KeyPoint[];
  travel: TravelTable;
}

export interface Berth {
  id: string;
  line: Float64Array;
  lengthM: number;
}

export interface QuayCrane {
  id: string;
  berth: string;
  feature: number;
  x: number;
  y: number;
  transferLane: string;
  /** where vehicles stop under the crane: the point of its transfer lane nearest to it */
  transfer: LanePosition;
}

/**
 * A yard block. Bay 0 is at the end where its sea-side handover lane starts; row 0 is along the sea
 * side. The centre of slot (bay b, row r) is
 * `bayAxis.start + bayAxis.dir·(b + ½)·bayLengthM + rowAxis.dir·(r + ½)·rowWidthM`.
 */
export interface YardBlock {
  id: string;
  feature: number;
  /** the 4 corners, x0,y0,...,x3,y3 */
  polygon: Float64Array;
  bays: number;
  rows: number;
  tiers: number;
  slots: number;
  /** ids of the sea-side and land-side handover lanes */
  sea: string;
  land: string;
  /** indexes into Layout.lanes of the same lanes */
  handoverLanes: { sea: number; land: number };
  bayAxis: { startX: number; startY: number; dirX: number; dirY: number; bayLengthM: number };
  rowAxis: { dirX: number; dirY: number; rowWidthM: number };
}

/** A point feature snapped onto the nearest lane. */
export interface PlacedPoint {
  id: string;
  feature: number;
  x: number;
  y: number;
  at: LanePosition;
}

/**
 * Where one vehicle stands in a parking or at a charger (metres, like every position here). Drawn as
 * parkingBay features, kept in file order, or synthesised by the loader for a parking or charger
 * that has none (bays.ts).
 */
export interface ParkingBay {
  x: number;
  y: number;
  /** the way the vehicle faces standing in it, counter-clockwise from east, in (-π, π] */
  headingRad: number;
}

export interface GateLane {
  id: string;
  feature: number;
  direction: 'in' | 'out';
  /** index into Layout.lanes */
  lane: number;
  /** the gate booth: the lane's midpoint */
  at: LanePosition;
}

export type KeyPointKind = 'transfer' | 'handover' | 'unlocking' | 'charger' | 'parking' | 'gate';

/** A place dispatch sends vehicles to, e.g. `transfer:QC01`, `handover:Y01:sea`, `gate:GI1`. */
export interface KeyPoint {
  id: string;
  kind: KeyPointKind;
  feature: number;
  at: LanePosition;
  x: number;
  y: number;
}
