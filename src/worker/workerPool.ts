import { availableParallelism } from 'node:os';
import { spawnSimWorker, type SimWorker } from './spawnSimWorker';
import { RunLimitError, type WorkerLimits } from './workerLimits';

/** The failure of a run that ran out of its wall time. */
export function timedOut(timeoutS: number): RunLimitError {
  return new RunLimitError(`the run did not finish within its ${formatSeconds(timeoutS)} timeout: it was stopped (--timeout changes the limit)`);
}

const formatSeconds = (s: number) => (s >= 3600 ? `${+(s / 3600).toFixed(2)} h` : s >= 60 ? `${+(s / 60).toFixed(2)} min` : `${s} s`);

export interface PoolOptions {
  /** worker threads; default: the machine's available parallelism */
  workers?: number;
  /**
   * true: the first failure stops the pool (no new task starts) and rejects with it.
   * false: a failure is reported through onSettled like a result, its worker is replaced (it may
   * have died), and the other tasks go on.
   */
  stopOnFailure: boolean;
  /** wall time one task may take before its worker is stopped and the task fails, s (default: none) */
  timeoutS?: number;
  /** each worker's decision-time and memory limits */
  limits?: Partial<WorkerLimits>;
}

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/**
 * Runs tasks on a pool of reusable simulation workers, each taking the next task when it is free;
 * `onSettled` hears of each task as it ends, in whatever order they end. The workers are terminated
 * in every case.
 */
export async function onWorkerPool<T, R>(
  tasks: readonly T[],
  work: (worker: SimWorker, task: T, index: number) => Promise<R>,
  onSettled: (index: number, outcome: Outcome<R>) => void,
  options: PoolOptions,
): Promise<void> {
  if (tasks.length === 0) return;
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), tasks.length));
  const spawn = () => spawnSimWorker(options.limits);
  const pool = Array.from({ length: count }, spawn);
  let next = 0;
  let stopped = false;

  const lane = async (slot: number) => {
    while (!stopped && next < tasks.length) {
      const k = next++;
      let outcome: Outcome<R>;
      const worker = pool[slot];
      const timer = options.timeoutS === undefined ? null : setTimeout(() => worker.kill(timedOut(options.timeoutS!)), options.timeoutS * 1000);
      try {
        outcome = { ok: true, value: await work(worker, tasks[k], k) };
      } catch (error) {
        if (options.stopOnFailure) {
          stopped = true;
          throw error;
        }
        outcome = { ok: false, error };
        // a run that failed may have taken its thread with it: start the next task on a fresh one
        const old = pool[slot];
        pool[slot] = spawn();
        await old.terminate();
      } finally {
        if (timer !== null) clearTimeout(timer);
      }
      onSettled(k, outcome);
    }
  };

  try {
    await Promise.all(pool.map((_, slot) => lane(slot)));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
