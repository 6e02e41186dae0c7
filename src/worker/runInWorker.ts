import * as Comlink from 'comlink';
import type { WorkerRunOptions } from '../../workers/simWorkerApi';
import type { RunResult } from '../run/runResult';
import type { ScenarioTexts } from '../run/scenarioTexts';
import { spawnSimWorker } from './spawnSimWorker';
import type { WorkerLimits } from './workerLimits';
import { timedOut } from './workerPool';

/**
 * One run in its own worker thread, within its limits (decision time, memory, and a wall-time
 * `timeoutS`): how the CLI runs a strategy module the user named, code it cannot trust with its own
 * thread. With `traceSink`, the trace comes back in chunks as the run goes.
 */
export async function runInWorker(texts: ScenarioTexts, options: WorkerRunOptions, limits: Partial<WorkerLimits> & { timeoutS?: number }, traceSink?: (chunk: string) => void): Promise<RunResult> {
  const worker = spawnSimWorker(limits);
  const timeoutS = limits.timeoutS;
  const timer = timeoutS === undefined ? null : setTimeout(() => worker.kill(timedOut(timeoutS)), timeoutS * 1000);
  try {
    await worker.api.load(texts, options, traceSink === undefined ? undefined : Comlink.proxy(traceSink));
    return await worker.api.run();
  } finally {
    if (timer !== null) clearTimeout(timer);
    await worker.terminate();
  }
}
