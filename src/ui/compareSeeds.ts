import { summarizeComparison, type ComparisonReport } from '../compare/comparison';
import type { RunResult } from '../run/runResult';
import type { ScenarioTexts } from '../run/scenarioTexts';
import { spawnBrowserSimWorker } from './liveRun';

export interface SeedRunsOptions {
  texts: ScenarioTexts;
  strategies: readonly string[];
  seeds: readonly number[];
  durationS?: number;
  /** parallel workers; default: the machine's cores, at most 4 */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
  /** set to stop between runs */
  cancelled?: () => boolean;
}

/**
 * Every strategy × seed run to its end in a pool of browser workers, then summarised exactly as
 * `npx zhigang compare` does: means with confidence intervals and paired differences against the
 * first strategy. Runs are independent and seeded, so their order does not change the numbers.
 */
export async function runSeeds(o: SeedRunsOptions): Promise<ComparisonReport | null> {
  const tasks = o.strategies.flatMap((strategy, s) => o.seeds.map((seed, k) => ({ strategy, seed, s, k })));
  const results: RunResult[][] = o.strategies.map(() => []);
  const size = Math.max(1, Math.min(o.workers ?? Math.min(4, navigator.hardwareConcurrency || 2), tasks.length));
  let next = 0;
  let done = 0;
  const worker = async () => {
    const w = spawnBrowserSimWorker();
    try {
      while (next < tasks.length && !(o.cancelled?.() ?? false)) {
        const task = tasks[next++];
        await w.api.load(o.texts, { seed: task.seed, durationS: o.durationS, strategy: task.strategy });
        results[task.s][task.k] = await w.api.run();
        o.onProgress?.(++done, tasks.length);
      }
    } finally {
      w.terminate();
    }
  };
  await Promise.all(Array.from({ length: size }, worker));
  if (done < tasks.length) return null;
  return summarizeComparison(o.strategies, o.seeds, results, o.strategies[0]);
}
