import { RunFailure } from '../sim';

/** The limits a run in a worker thread lives within. */
export interface WorkerLimits {
  /** longest a strategy may take over one decision (or to load and be made), s */
  decisionLimitS: number;
  /** the worker's heap, MB */
  maxMemoryMb: number;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = { decisionLimitS: 10, maxMemoryMb: 4096 };

export function workerLimits(given: Partial<WorkerLimits>): WorkerLimits {
  return { ...DEFAULT_WORKER_LIMITS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) };
}

/** A run stopped by one of its limits (decision time, memory, the run's own timeout) or by its thread ending. */
export class RunLimitError extends RunFailure {
  constructor(message: string) {
    super(NaN, message);
    this.name = 'RunLimitError';
  }
}
