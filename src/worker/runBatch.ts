import type { RunResult } from '../run/runResult';
import type { ScenarioTexts } from '../run/scenarioTexts';
import { readScenarioTexts } from './readScenarioTexts';
import type { SimWorker } from './spawnSimWorker';
import { onWorkerPool } from './workerPool';
import type { WorkerLimits } from './workerLimits';
import { workerStrategy } from './workerStrategy';

export interface RunTask {
  /** path of the scenario file; its layout is read beside it */
  scenarioFile: string;
  seed: number;
  /** default: the scenario's */
  durationS?: number;
  /** a registered name or the file: URL of a module the user chose (see strategyFromText) */
  strategy: string;
  /** number of vehicles; default: the scenario's */
  fleet?: number;
  /** warm-up, s, or 'auto'; default: the scenario's */
  warmUpS?: number | 'auto';
  /** the idealised road (traffic.control "off") instead of the scenario's traffic control; applied in the worker, which reads the scenario itself */
  noTraffic?: boolean;
}

export interface BatchOptions extends Partial<WorkerLimits> {
  /** worker threads; default: the machine's available parallelism */
  workers?: number;
  /** wall time one run may take before it is stopped and fails, s (default: none) */
  timeoutS?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Runs tasks on a pool of reusable simulation workers, each taking the next task when it is free.
 * Results come in task order whatever order they finish in. The first failing task rejects the batch
 * (no new tasks start); the workers are terminated in every case.
 */
export async function runBatch(tasks: readonly RunTask[], options: BatchOptions = {}): Promise<RunResult[]> {
  const results: RunResult[] = new Array(tasks.length);
  const texts = new Map<string, ScenarioTexts>(); // each scenario file is read once per batch
  const textsOf = (file: string) => texts.get(file) ?? texts.set(file, readScenarioTexts(file)).get(file)!;
  let done = 0;
  const work = async (worker: SimWorker, t: RunTask, k: number) => {
    try {
      return await runTask(worker, t, textsOf(t.scenarioFile));
    } catch (e) {
      const fleet = t.fleet === undefined ? '' : `, fleet ${t.fleet}`;
      const road = t.noTraffic === true ? ', no traffic' : '';
      throw new Error(`task ${k + 1} (${t.scenarioFile}, strategy "${t.strategy}", seed ${t.seed}${fleet}${road}) failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
  };
  await onWorkerPool(
    tasks,
    work,
    (k, outcome) => {
      if (outcome.ok) results[k] = outcome.value;
      options.onProgress?.(++done, tasks.length);
    },
    { workers: options.workers, stopOnFailure: true, timeoutS: options.timeoutS, limits: { decisionLimitS: options.decisionLimitS, maxMemoryMb: options.maxMemoryMb } },
  );
  return results;
}

async function runTask(worker: SimWorker, task: RunTask, texts: ScenarioTexts): Promise<RunResult> {
  const { seed, durationS, strategy, fleet, warmUpS, noTraffic } = task;
  await worker.api.load(texts, { seed, durationS, fleet, warmUpS, noTraffic, ...workerStrategy(strategy) });
  return worker.api.run();
}
