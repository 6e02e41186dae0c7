import { summarizeComparison, type ComparisonReport } from '../compare/comparison';
import type { RunResult } from '../run/runResult';
import type { ScenarioTexts } from '../run/scenarioTexts';
import type { WorkerRunOptions } from '../../workers/sim.worker';
import { spawnBrowserSimWorker } from './liveRun';

export interface BrowserBatchOptions {
  /** parallel workers; default: the machine's cores, at most 4 */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** set to stop between runs */
  cancelled?: () => boolean;
}

export interface SeedRunsOptions extends BrowserBatchOptions {
  texts: ScenarioTexts;
  strategies: readonly string[];
  seeds: readonly number[];
  durationS?: number;
}

/**
 * Whole runs of one scenario in a pool of browser workers, each worker taking the next run when it
 * is free; results in task order, or null when cancelled before the last. Runs are independent and
 * seeded, so their order does not change the numbers.
 */
export async function runInBrowserWorkers(texts: ScenarioTexts, tasks: readonly WorkerRunOptions[], o: BrowserBatchOptions = {}): Promise<RunResult[] | null> {
  const results: RunResult[] = new Array(tasks.length);
  const size = Math.max(1, Math.min(o.workers ?? Math.min(4, navigator.hardwareConcurrency || 2), tasks.length));
  let next = 0;
  let done = 0;
  const worker = async () => {
    const w = spawnBrowserSimWorker();
    try {
      while (next < tasks.length && !(o.cancelled?.() ?? false)) {
        const k = next++;
        await w.api.load(texts, tasks[k]);
        results[k] = await w.api.run();
        o.onProgress?.(++done, tasks.length);
      }
    } finally {
      w.terminate();
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  return done < tasks.length ? null : results;
}

/**
 * Every strategy × seed run to its end in browser workers, then summarised exactly as
 * `npx zhigang compare` does: means with confidence intervals and paired differences against the
 * first strategy.
 */
export async function runSeeds(o: SeedRunsOptions): Promise<ComparisonReport | null> {
  const tasks = o.strategies.flatMap((strategy) => o.seeds.map((seed) => ({ strategy, seed, durationS: o.durationS })));
  const flat = await runInBrowserWorkers(o.texts, tasks, o);
  if (flat === null) return null;
  const results = o.strategies.map((_, s) => flat.slice(s * o.seeds.length, (s + 1) * o.seeds.length));
  return summarizeComparison(o.strategies, o.seeds, results, o.strategies[0]);
}
