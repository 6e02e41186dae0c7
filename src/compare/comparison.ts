import { KPI_VEHICLE_STATES, type KpiVehicleState } from '../kpi/recorder';
import type { Kpis } from '../kpi/kpis';
import type { TrafficControl } from '../run/provenance';
import type { RunResult } from '../run/runSimulation';
import { estimate, pairedDifference, type Estimate } from './statistics';

/** The KPIs a comparison reports, each a number per run. */
export const COMPARED_KPIS = ['craneRate', 'qcBound', 'gapToQcBound', 'qcWaitShare', 'emptyTravelRatio', 'energyPerMoveKWh', 'vesselTurnaroundH', 'trafficDelayShare'] as const satisfies readonly (keyof Kpis)[];
export type ComparedKpi = (typeof COMPARED_KPIS)[number];

export interface StrategyComparison {
  strategy: string;
  kpis: Record<ComparedKpi, Estimate | null>;
  vehicleStateShares: Record<KpiVehicleState, Estimate | null>;
  /** this strategy minus the baseline, paired by seed; null for the baseline itself */
  vsBaseline: Record<ComparedKpi, Estimate | null> | null;
}

export interface ComparisonReport {
  scenario: string;
  scenarioHash: string;
  durationS: number;
  warmUpS: number;
  /** whether traffic was modelled in the runs ("off": the idealised road, --no-traffic) */
  traffic: TrafficControl;
  seeds: number[];
  baseline: string;
  level: number;
  strategies: StrategyComparison[];
}

/**
 * Per strategy, the KPIs' means with confidence intervals over the seeds, and the paired
 * differences against the baseline. `results[s][k]` is strategy s with seeds[k]: every strategy
 * ran every seed, so the pairs share their random numbers.
 */
export function summarizeComparison(strategies: readonly string[], seeds: readonly number[], results: readonly (readonly RunResult[])[], baseline: string, level = 0.95): ComparisonReport {
  const b = strategies.indexOf(baseline);
  if (b < 0) throw new RangeError(`baseline "${baseline}" is not among the strategies compared (${strategies.join(', ')})`);
  results.forEach((runs, s) => {
    if (runs.length !== seeds.length) throw new RangeError(`strategy ${strategies[s]} has ${runs.length} runs for ${seeds.length} seeds`);
    runs.forEach((r, k) => {
      if (r.provenance.seed !== seeds[k] || r.provenance.strategy !== strategies[s]) throw new RangeError(`run ${s}/${k} is ${r.provenance.strategy} seed ${r.provenance.seed}, expected ${strategies[s]} seed ${seeds[k]}`);
    });
  });
  const values = (s: number, key: ComparedKpi) => results[s].map((r) => r.kpis[key]);
  const perKpi = <T>(f: (key: ComparedKpi) => T) => Object.fromEntries(COMPARED_KPIS.map((key) => [key, f(key)])) as Record<ComparedKpi, T>;
  const first = results[0][0].provenance;
  return {
    scenario: first.scenario,
    scenarioHash: first.scenarioHash,
    durationS: first.durationS,
    warmUpS: first.warmUpS,
    traffic: first.traffic,
    seeds: [...seeds],
    baseline,
    level,
    strategies: strategies.map((strategy, s) => ({
      strategy,
      kpis: perKpi((key) => estimate(values(s, key), level)),
      vehicleStateShares: Object.fromEntries(KPI_VEHICLE_STATES.map((st) => [st, estimate(results[s].map((r) => r.kpis.vehicleStateShares[st]), level)])) as Record<KpiVehicleState, Estimate | null>,
      vsBaseline: s === b ? null : perKpi((key) => pairedDifference(values(s, key), values(b, key), level)),
    })),
  };
}
