import type { Kpis } from '../kpi/kpis';
import { KPI_VEHICLE_STATES } from '../kpi/recorder';

/** Every terminal-wide KPI but the state shares, in the order of docs/kpis.md. */
const SCALAR_KPIS = [
  'moves',
  'craneRate',
  'berthRate',
  'vesselTurnaroundH',
  'berthWaitH',
  'openCalls',
  'qcBound',
  'gapToQcBound',
  'qcWaitShare',
  'emptyTravelRatio',
  'energyPerMoveKWh',
  'chargerUtilisation',
  'chargerQueueMean',
  'rehandlesPerRetrieval',
  'rehandlesPerExportRetrieval',
  'rehandlesPerImportRetrieval',
  'housekeepingMoves',
  'yardOccupancy',
  'yardCraneUtilisation',
  'yardCraneInterferenceShare',
  'trafficDelayShare',
  'externalTurnTimeMin',
  'truckTurnWithin60Share',
] as const satisfies readonly Exclude<keyof Kpis, 'vehicleStateShares'>[];

// a KPI added to Kpis and not here fails to compile: results must carry every KPI
type Forgotten = Exclude<keyof Kpis, 'vehicleStateShares' | (typeof SCALAR_KPIS)[number]>;
const everyKpi: [Forgotten] extends [never] ? true : Forgotten = true;
void everyKpi;

/** Every KPI as one number, the state shares flattened: `craneRate`, `vehicleStateShares.loaded`, … */
export const KPI_NAMES: readonly string[] = [...SCALAR_KPIS, ...KPI_VEHICLE_STATES.map((s) => `vehicleStateShares.${s}`)];

/** A run's KPIs by flat name (null where the run gave no data). */
export function flatKpis(kpis: Kpis): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const k of SCALAR_KPIS) out[k] = kpis[k];
  for (const s of KPI_VEHICLE_STATES) out[`vehicleStateShares.${s}`] = kpis.vehicleStateShares[s];
  return out;
}
