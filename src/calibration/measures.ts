import type { Kpis } from '../kpi/kpis';
import type { RunResult } from '../run/runResult';

/** What a run gives a scorecard: its KPIs and the two inputs an input line checks. */
export interface RunFigures {
  kpis: Kpis;
  /** vehicles (ARTs) in the run */
  vehicles: number;
  /** quay cranes of the layout */
  quayCranes: number;
}

/** A finished run's figures as a scorecard reads them (a crane's KPIs are listed for every crane of the layout). */
export function runFigures(r: RunResult): RunFigures {
  return { kpis: r.kpis, vehicles: r.provenance.fleet, quayCranes: r.perCrane.length };
}

/** The KPIs of docs/kpis.md a target may name directly: every terminal-wide figure that is one number. */
export const KPI_MEASURES = [
  'moves', 'craneRate', 'berthRate', 'vesselTurnaroundH', 'berthWaitH', 'qcBound', 'gapToQcBound', 'qcWaitShare',
  'emptyTravelRatio', 'energyPerMoveKWh', 'chargerUtilisation', 'chargerQueueMean', 'rehandlesPerRetrieval',
  'rehandlesPerExportRetrieval', 'rehandlesPerImportRetrieval', 'yardOccupancy', 'yardCraneUtilisation',
  'externalTurnTimeMin', 'truckTurnWithin60Share',
] as const satisfies readonly (keyof Kpis)[];

/** Figures derived from a run, for published figures no KPI states as such (docs/calibration.md). */
export const DERIVED_MEASURES = ['vehiclesPerQuayCrane', 'chargingHoursPer12hWork'] as const;

export const MEASURES = [...KPI_MEASURES, ...DERIVED_MEASURES] as const;
export type Measure = (typeof MEASURES)[number];

/** Vehicle states that count as work for the charging figure: everything but charging and idle. */
export const WORKING_STATES = ['loaded', 'empty', 'waitQuay', 'waitYard', 'toCharger'] as const;

/** A measure's value in one run, or null where the run gives no data. */
export function measureOf(run: RunFigures, measure: Measure): number | null {
  switch (measure) {
    case 'vehiclesPerQuayCrane':
      return run.quayCranes > 0 ? run.vehicles / run.quayCranes : null;
    case 'chargingHoursPer12hWork':
      return chargingHoursPer12hWork(run.kpis.vehicleStateShares);
    default:
      return run.kpis[measure];
  }
}

/**
 * Hours of charging per 12 hours of work, from the fleet's state shares: 12 × charging ÷ (loaded +
 * empty + waitQuay + waitYard + toCharger). Idle time is neither: a vehicle parked without work
 * is not working, and published figures ("charges about an hour for twelve hours of work") count
 * working hours.
 */
export function chargingHoursPer12hWork(shares: Kpis['vehicleStateShares']): number | null {
  if (shares.charging === null) return null;
  let working = 0;
  for (const s of WORKING_STATES) {
    if (shares[s] === null) return null;
    working += shares[s]!;
  }
  return working > 0 ? (12 * shares.charging) / working : null;
}
