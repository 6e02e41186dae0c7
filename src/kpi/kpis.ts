import type { KpiVehicleState } from './recorder';

/** The KPIs of docs/kpis.md, one key each; null where the run gives no data. */
export interface Kpis {
  moves: number;
  craneRate: number | null;
  berthRate: number | null;
  vesselTurnaroundH: number | null;
  berthWaitH: number | null;
  openCalls: number;
  qcBound: number | null;
  gapToQcBound: number | null;
  qcWaitShare: number | null;
  vehicleStateShares: Record<KpiVehicleState, number | null>;
  emptyTravelRatio: number | null;
  energyPerMoveKWh: number | null;
  chargerUtilisation: number | null;
  chargerQueueMean: number | null;
  rehandlesPerRetrieval: number | null;
  /** the same for boxes retrieved to be loaded onto a vessel (exports, transshipment) */
  rehandlesPerExportRetrieval: number | null;
  /** the same for imports retrieved for an external truck */
  rehandlesPerImportRetrieval: number | null;
  /** boxes re-marshalled by yard cranes in idle time (housekeeping) */
  housekeepingMoves: number;
  yardOccupancy: number | null;
  yardCraneUtilisation: number | null;
  /** yard crane time waiting for (or pushed aside by) another crane of its block ÷ yard crane busy time */
  yardCraneInterferenceShare: number | null;
  /** vehicle time lost to other vehicles (queues, junctions) ÷ driving time; null when traffic is not modelled */
  trafficDelayShare: number | null;
  externalTurnTimeMin: number | null;
  truckTurnWithin60Share: number | null;
}

export interface CraneKpis {
  crane: string;
  moves: number;
  /** crane cycles those moves took (a combined dual cycle counts once for its two moves) */
  craneCycles: number;
  craneRate: number | null;
  qcBound: number | null;
  gapToQcBound: number | null;
  qcWaitShare: number | null;
}

export interface CallKpis {
  call: string;
  arrivalS: number;
  berthS: number | null;
  departS: number | null;
  cranes: string[];
  moves: number;
  /** crane cycles its moves took (a combined dual cycle counts once for its two moves) */
  craneCycles: number;
  craneRate: number | null;
  qcBound: number | null;
  gapToQcBound: number | null;
  qcWaitShare: number | null;
  berthRate: number | null;
  vesselTurnaroundH: number | null;
  berthWaitH: number | null;
  /** time in port so far (arrival to departure, or to the end for a call not departed), h */
  inPortH: number;
  /** crane moves still to do at the end (0 once departed) */
  movesLeft: number;
}

/** Hourly series after the warm-up, columnar: `startS[k]` is the start of hour k. */
export interface KpiSeries {
  startS: number[];
  moves: number[];
  craneRate: (number | null)[];
  gapToQcBound: (number | null)[];
  qcWaitShare: (number | null)[];
  berthRate: (number | null)[];
  vesselTurnaroundH: (number | null)[];
  berthWaitH: (number | null)[];
  /** mean number of calls waiting for a berth during the hour */
  callsWaiting: (number | null)[];
  vehicleStateShares: Record<KpiVehicleState, (number | null)[]>;
  emptyTravelRatio: (number | null)[];
  energyPerMoveKWh: (number | null)[];
  chargerUtilisation: (number | null)[];
  chargerQueueMean: (number | null)[];
  rehandlesPerRetrieval: (number | null)[];
  yardOccupancy: (number | null)[];
  yardCraneUtilisation: (number | null)[];
  yardCraneInterferenceShare: (number | null)[];
  trafficDelayShare: (number | null)[];
  externalTurnTimeMin: (number | null)[];
  truckTurnWithin60Share: (number | null)[];
}

/** a ÷ b, or null when b is 0 (no data). */
export const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
