import type { LoadedScenario } from '../scenario';
import type { TrafficControl } from '../run/provenance';
import { LIMITS } from '../scenario/limits';
import { runBatch, type BatchOptions, type RunTask } from '../worker/runBatch';
import type { Targets } from './loadTargets';
import { runFigures } from './measures';
import { scoreRuns, type Scorecard } from './scorecard';

/** What a calibration measures by default after the warm-up: two weeks, every weekly service twice. */
export const MEASURED_S = 14 * 86400;

export interface CalibrateOptions extends BatchOptions {
  /** the whole run, warm-up included, as in run and compare; default: the warm-up + 14 d */
  durationS?: number;
  /** seconds, or 'auto' (MSER-5 per run); default: the scenario's */
  warmUpS?: number | 'auto';
  /** a registered name or a module URL; default: the scenario's (a registered name) */
  strategy: string;
  /** the idealised road (traffic.control "off") instead of the scenario's traffic control */
  noTraffic?: boolean;
}

export interface CalibrationReport {
  scenario: string;
  scenarioHash: string;
  strategy: string;
  /** each run's length, warm-up included, s */
  durationS: number;
  /** each run's warm-up, s, in seed order (with 'auto' each run finds its own) */
  warmUpS: number[];
  /** whether traffic was modelled in the runs ("off": the idealised road, --no-traffic) */
  traffic: TrafficControl;
  seeds: number[];
  scorecard: Scorecard;
}

/**
 * The run length a calibration uses when none is given: the warm-up plus 14 measured days. With an
 * automatic warm-up the length must be fixed before the warm-up is found, so the scenario's own
 * figure stands in for it (0 when the scenario's warm-up is "auto" too).
 */
export function defaultCalibrationDurationS(loaded: LoadedScenario, warmUpS: number | 'auto' | undefined): number {
  const warmUp = typeof warmUpS === 'number' ? warmUpS : loaded.scenario.run.warmUpS;
  return Math.min(LIMITS.durationS, warmUp + MEASURED_S);
}

/**
 * Replications of the scenario, one per seed, in parallel workers (the pool of compare and sweep),
 * scored against the targets: each line's mean over the seeds with its Student-t interval.
 */
export async function calibrate(loaded: LoadedScenario, targets: Targets, seeds: readonly number[], options: CalibrateOptions): Promise<CalibrationReport> {
  if (seeds.length === 0) throw new RangeError('calibrate needs at least one seed');
  const durationS = options.durationS ?? defaultCalibrationDurationS(loaded, options.warmUpS);
  const tasks: RunTask[] = seeds.map((seed) => ({ scenarioFile: loaded.file, strategy: options.strategy, seed, durationS, warmUpS: options.warmUpS, noTraffic: options.noTraffic }));
  const runs = await runBatch(tasks, options);
  const first = runs[0].provenance;
  return {
    scenario: first.scenario,
    scenarioHash: first.scenarioHash,
    strategy: first.strategy,
    durationS: first.durationS,
    warmUpS: runs.map((r) => r.provenance.warmUpS),
    traffic: first.traffic,
    seeds: [...seeds],
    scorecard: scoreRuns(targets, runs.map(runFigures)),
  };
}
