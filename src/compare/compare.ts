import { runBatch, type BatchOptions, type RunTask } from '../worker/runBatch';
import { summarizeComparison, type ComparisonReport } from './comparison';

export interface CompareOptions extends BatchOptions {
  /** run length; default: the scenario's */
  durationS?: number;
  /** every run's warm-up: seconds, or 'auto' (each run finds its own by MSER-5) */
  warmUpS?: number | 'auto';
  /** the strategy the others are paired against; default: the first */
  baseline?: string;
  /** fleet size instead of the scenario's */
  fleet?: number;
  /** the idealised road (traffic.control "off") instead of the scenario's traffic control */
  noTraffic?: boolean;
}

/**
 * Runs every strategy with every seed in parallel workers and compares them. Each seed is one
 * replication shared by all strategies: its random streams (arrivals, crane cycles, yard times,
 * gate) are the same whatever the strategy does, so differences are paired (common random numbers).
 * `strategies` are registered names or module URLs.
 */
export async function compare(scenarioFile: string, strategies: readonly string[], seeds: readonly number[], options: CompareOptions = {}): Promise<ComparisonReport> {
  if (strategies.length === 0 || seeds.length === 0) throw new RangeError('compare needs at least one strategy and one seed');
  const baseline = options.baseline ?? strategies[0];
  const b = strategies.indexOf(baseline);
  if (b < 0) throw new RangeError(`baseline "${baseline}" is not among the strategies compared (${strategies.join(', ')})`);
  const tasks: RunTask[] = strategies.flatMap((strategy) => seeds.map((seed) => ({ scenarioFile, strategy, seed, durationS: options.durationS, warmUpS: options.warmUpS, fleet: options.fleet, noTraffic: options.noTraffic })));
  const flat = await runBatch(tasks, options);
  const runs = strategies.map((_, s) => flat.slice(s * seeds.length, (s + 1) * seeds.length));
  const names = runs.map((r) => r[0].provenance.strategy);
  return summarizeComparison(names, seeds, runs, names[b]);
}
