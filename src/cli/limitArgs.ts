import type { WorkerLimits } from '../worker/workerLimits';
import { parseDuration } from './duration';
import { UsageError } from './usage';

/** The options every command that runs simulations takes for its limits. */
export const LIMIT_OPTIONS = {
  timeout: { type: 'string' },
  'decision-limit': { type: 'string' },
  'max-memory': { type: 'string' },
} as const;

export interface RunLimits extends Partial<WorkerLimits> {
  /** wall time per run, s */
  timeoutS?: number;
}

/** `--timeout 30m` (per run), `--decision-limit 10` (s), `--max-memory 4096` (MB). */
export function runLimits(values: { timeout?: string; 'decision-limit'?: string; 'max-memory'?: string }): RunLimits {
  const out: RunLimits = {};
  if (values.timeout !== undefined) out.timeoutS = parseDuration(values.timeout, '--timeout');
  if (values['decision-limit'] !== undefined) out.decisionLimitS = bounded(values['decision-limit'], '--decision-limit', 0.1, 3600, 'seconds');
  if (values['max-memory'] !== undefined) out.maxMemoryMb = Math.round(bounded(values['max-memory'], '--max-memory', 256, 65536, 'MB'));
  return out;
}

function bounded(text: string, option: string, min: number, max: number, unit: string): number {
  const v = Number(text);
  if (!(Number.isFinite(v) && v >= min && v <= max)) throw new UsageError(`${option} expects a number of ${unit} from ${min} to ${max}, got "${text}"`);
  return v;
}
