import { format } from 'd3';

/** How the report names and prints a KPI. */
export interface KpiFormat {
  label: string;
  unit: string;
  /** a value in the KPI's own unit, as printed */
  value: (v: number) => string;
}

const share = format('.1%');
const fixed = (digits: number) => format(`.${digits}f`);

const FORMATS: Record<string, KpiFormat> = {
  moves: { label: 'moves', unit: 'moves', value: format(',.0f') },
  craneRate: { label: 'crane rate', unit: 'moves/h', value: fixed(1) },
  berthRate: { label: 'berth rate', unit: 'moves/h', value: fixed(1) },
  vesselTurnaroundH: { label: 'vessel turnaround', unit: 'h', value: fixed(1) },
  berthWaitH: { label: 'waiting for a berth', unit: 'h', value: fixed(1) },
  openCalls: { label: 'calls not finished', unit: 'calls', value: format(',.0f') },
  qcBound: { label: 'QC-bound', unit: 'moves/h', value: fixed(1) },
  gapToQcBound: { label: 'gap to QC-bound', unit: '', value: share },
  qcWaitShare: { label: 'QC wait share', unit: '', value: share },
  emptyTravelRatio: { label: 'empty travel', unit: '', value: share },
  energyPerMoveKWh: { label: 'energy per move', unit: 'kWh/move', value: fixed(2) },
  chargerUtilisation: { label: 'charger utilisation', unit: '', value: share },
  chargerQueueMean: { label: 'charger queue', unit: 'vehicles', value: fixed(2) },
  rehandlesPerRetrieval: { label: 'rehandles per retrieval', unit: 'boxes', value: fixed(2) },
  rehandlesPerExportRetrieval: { label: 'rehandles per export retrieval', unit: 'boxes', value: fixed(2) },
  rehandlesPerImportRetrieval: { label: 'rehandles per import retrieval', unit: 'boxes', value: fixed(2) },
  housekeepingMoves: { label: 'housekeeping moves', unit: 'boxes', value: fixed(0) },
  yardOccupancy: { label: 'yard occupancy', unit: '', value: share },
  yardCraneUtilisation: { label: 'yard crane utilisation', unit: '', value: share },
  yardCraneInterferenceShare: { label: 'yard crane interference', unit: '', value: share },
  trafficDelayShare: { label: 'time lost to traffic', unit: '', value: share },
  externalTurnTimeMin: { label: 'truck turn time', unit: 'min', value: fixed(1) },
  truckTurnWithin60Share: { label: 'trucks done within an hour', unit: '', value: share },
};

/** A KPI's format; vehicle state shares (`vehicleStateShares.loaded`) print as shares. */
export function kpiFormat(kpi: string): KpiFormat {
  if (kpi.startsWith('vehicleStateShares.')) return { label: `vehicles ${kpi.slice('vehicleStateShares.'.length)}`, unit: '', value: share };
  return FORMATS[kpi] ?? { label: kpi, unit: '', value: format('.4~g') };
}
