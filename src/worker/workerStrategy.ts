import type { WorkerRunOptions } from '../../workers/simWorkerApi';

/**
 * A strategy spec as the worker takes it: a module's file: or blob: URL (chosen by the user, and
 * checked by whoever made the task) as `strategyModule`, anything else as a registered name.
 */
export function workerStrategy(spec: string | undefined): Pick<WorkerRunOptions, 'strategy' | 'strategyModule'> {
  if (spec === undefined) return {};
  return /^(file|blob):/i.test(spec) ? { strategyModule: spec } : { strategy: spec };
}
