import { availableParallelism } from 'node:os';
import { spawnSimWorker, type SimWorker } from './spawnSimWorker';

export interface PoolOptions {
  /** worker threads; default: the machine's available parallelism */
  workers?: number;
  /**
   * true: the first failure stops the pool (no new task starts) and rejects with it.
   * false: a failure is reported through onSettled like a result, its worker is replaced (it may
   * have died), and the other tasks go on.
   */
  stopOnFailure: boolean;
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
  const pool = Array.from({ length: count }, spawnSimWorker);
  let next = 0;
  let stopped = false;

  const lane = async (slot: number) => {
    while (!stopped && next < tasks.length) {
      const k = next++;
      let outcome: Outcome<R>;
      try {
        outcome = { ok: true, value: await work(pool[slot], tasks[k], k) };
      } catch (error) {
        if (options.stopOnFailure) {
          stopped = true;
          throw error;
        }
        outcome = { ok: false, error };
        // a run that failed may have taken its thread with it: start the next task on a fresh one
        const old = pool[slot];
        pool[slot] = spawnSimWorker();
        await old.terminate();
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
