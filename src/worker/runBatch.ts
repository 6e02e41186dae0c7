import { availableParallelism } from 'node:os';
import type { RunResult } from '../run/runResult';
import type { ScenarioTexts } from '../run/scenarioTexts';
import { readScenarioTexts } from './readScenarioTexts';
import { spawnSimWorker, type SimWorker } from './spawnSimWorker';

export interface RunTask {
  /** path of the scenario file; its layout is read beside it */
  scenarioFile: string;
  seed: number;
  /** default: the scenario's */
  durationS?: number;
  /** a registered name or a module URL (see strategySpecFromCli) */
  strategy: string;
  /** number of vehicles; default: the scenario's */
  fleet?: number;
}

export interface BatchOptions {
  /** worker threads; default: the machine's available parallelism */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs tasks on a pool of reusable simulation workers, each taking the next task when it is free.
 * Results come in task order whatever order they finish in. The first failing task rejects the batch
 * (no new tasks start); the workers are terminated in every case.
 */
export async function runBatch(tasks: readonly RunTask[], options: BatchOptions = {}): Promise<RunResult[]> {
  if (tasks.length === 0) return [];
  const results: RunResult[] = new Array(tasks.length);
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), tasks.length));
  const texts = new Map<string, ScenarioTexts>(); // each scenario file is read once per batch
  const textsOf = (file: string) => texts.get(file) ?? texts.set(file, readScenarioTexts(file)).get(file)!;
  let next = 0;
  let done = 0;
  let failed = false;

  const work = async (worker: SimWorker) => {
    while (!failed && next < tasks.length) {
      const k = next++;
      try {
        results[k] = await runTask(worker, tasks[k], textsOf(tasks[k].scenarioFile));
      } catch (e) {
        failed = true;
        const t = tasks[k];
        const fleet = t.fleet === undefined ? '' : `, fleet ${t.fleet}`;
        throw new Error(`task ${k + 1} (${t.scenarioFile}, strategy "${t.strategy}", seed ${t.seed}${fleet}) failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
      options.onProgress?.(++done, tasks.length);
    }
  };

  const pool = Array.from({ length: count }, spawnSimWorker);
  try {
    await Promise.all(pool.map(work));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

async function runTask(worker: SimWorker, task: RunTask, texts: ScenarioTexts): Promise<RunResult> {
  const { seed, durationS, strategy, fleet } = task;
  await worker.api.load(texts, { seed, durationS, strategy, fleet });
  return worker.api.run();
}
