import { runBatch, type BatchOptions, type RunTask } from '../worker/runBatch';
import type { TrafficControl } from '../run/provenance';
import { estimate, type Estimate } from './statistics';

/** Share of QC-bound a fleet must reach to be "enough": the crane, not the fleet, then sets the pace. */
export const FLEET_NEEDED_SHARE = 0.95;

export interface SweepPoint {
  fleet: number;
  craneRate: Estimate | null;
  qcBound: Estimate | null;
  /** mean crane rate ÷ mean QC-bound */
  shareOfBound: number | null;
}

export interface SweepReport {
  scenario: string;
  durationS: number;
  /** whether traffic was modelled in the runs ("off": the idealised road, --no-traffic) */
  traffic: TrafficControl;
  seeds: number[];
  fleets: number[];
  strategies: { strategy: string; points: SweepPoint[]; fleetNeeded: number | null }[];
}

/**
 * Crane rate against fleet size, per strategy, each point over the same seeds; the fleet needed
 * is the smallest swept size whose mean crane rate reaches 95% of the mean QC-bound of the same
 * runs (null when none does). Rankings of rules change with fleet size: this is how to see it.
 */
export async function sweep(scenarioFile: string, fleets: readonly number[], strategies: readonly string[], seeds: readonly number[], options: BatchOptions & { durationS?: number; warmUpS?: number | 'auto'; noTraffic?: boolean } = {}): Promise<SweepReport> {
  const sorted = [...fleets].sort((a, b) => a - b);
  // one batch for the whole grid, so the workers stay busy across fleet sizes
  const tasks: RunTask[] = sorted.flatMap((fleet) => strategies.flatMap((strategy) => seeds.map((seed) => ({ scenarioFile, strategy, seed, fleet, durationS: options.durationS, warmUpS: options.warmUpS, noTraffic: options.noTraffic }))));
  const flat = await runBatch(tasks, options);
  const runsOf = (f: number, s: number) => flat.slice((f * strategies.length + s) * seeds.length, (f * strategies.length + s + 1) * seeds.length);
  const first = flat[0].provenance;
  return {
    scenario: first.scenario,
    durationS: first.durationS,
    traffic: first.traffic,
    seeds: [...seeds],
    fleets: sorted,
    strategies: strategies.map((_, s) => {
      const points = sorted.map((fleet, f): SweepPoint => {
        const runs = runsOf(f, s);
        const craneRate = estimate(runs.map((x) => x.kpis.craneRate));
        const qcBound = estimate(runs.map((x) => x.kpis.qcBound));
        return { fleet, craneRate, qcBound, shareOfBound: craneRate === null || qcBound === null || qcBound.mean === 0 ? null : craneRate.mean / qcBound.mean };
      });
      const fleetNeeded = points.find((p) => p.shareOfBound !== null && p.shareOfBound >= FLEET_NEEDED_SHARE)?.fleet ?? null;
      return { strategy: runsOf(0, s)[0].provenance.strategy, points, fleetNeeded };
    }),
  };
}
