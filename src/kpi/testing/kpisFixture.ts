import type { Kpis } from '../kpis';

/** Every KPI with no data (null, 0 moves and calls), with `over` laid on top: a record's KPIs in tests. */
export function kpisWith(over: Partial<Kpis> = {}): Kpis {
  return {
    moves: 0,
    craneRate: null,
    berthRate: null,
    vesselTurnaroundH: null,
    berthWaitH: null,
    openCalls: 0,
    qcBound: null,
    gapToQcBound: null,
    qcWaitShare: null,
    vehicleStateShares: { loaded: null, empty: null, waitQuay: null, waitYard: null, toCharger: null, charging: null, idle: null },
    emptyTravelRatio: null,
    energyPerMoveKWh: null,
    chargerUtilisation: null,
    chargerQueueMean: null,
    rehandlesPerRetrieval: null,
    rehandlesPerExportRetrieval: null,
    rehandlesPerImportRetrieval: null,
    housekeepingMoves: 0,
    yardOccupancy: null,
    yardCraneUtilisation: null,
    yardCraneInterferenceShare: null,
    trafficDelayShare: null,
    externalTurnTimeMin: null,
    truckTurnWithin60Share: null,
    ...over,
  };
}
