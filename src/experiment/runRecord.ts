import type { Kpis } from '../kpi/kpis';
import type { RunResult } from '../run/runResult';
import type { FactorValue } from './experimentSchema';
import type { ExperimentPlan } from './plan';
import { replicationKey, type ReplicationTask } from './tasks';

/** Where a recorded replication came from: enough to reproduce it (`zhigang run --seed`) and to refuse mixing. */
export interface RecordProvenance {
  experimentHash: string;
  scenario: string;
  /** the configuration's scenario and layout texts */
  scenarioHash: string;
  /** the strategy's name, as the run reports it (absent when the run failed) */
  strategy?: string;
  fleet?: number;
  durationS: number;
  warmUpS: number;
  version: string;
}

/** One line of runs.jsonl: a replication that finished, or failed with its error. */
export interface RunRecord {
  config: string;
  replication: number;
  seed: number;
  status: 'ok' | 'failed';
  factors: Record<string, FactorValue>;
  kpis?: Kpis;
  error?: string;
  provenance: RecordProvenance;
}

export function okRecord(plan: ExperimentPlan, task: ReplicationTask, result: RunResult): RunRecord {
  const { scenario, scenarioHash, strategy, fleet, durationS, warmUpS, version } = result.provenance;
  return { ...head(plan, task), status: 'ok', factors: plan.configurations[task.configuration].factors, kpis: result.kpis, provenance: { experimentHash: plan.hash, scenario, scenarioHash, strategy, fleet, durationS, warmUpS, version } };
}

export function failedRecord(plan: ExperimentPlan, task: ReplicationTask, error: unknown): RunRecord {
  const c = plan.configurations[task.configuration];
  const message = error instanceof Error ? error.message : String(error);
  return {
    ...head(plan, task),
    status: 'failed',
    factors: c.factors,
    error: message,
    provenance: { experimentHash: plan.hash, scenario: plan.scenario, scenarioHash: c.scenarioHash, durationS: plan.durationS, warmUpS: Math.min(plan.warmUpS, plan.durationS), version: plan.version },
  };
}

function head(plan: ExperimentPlan, task: ReplicationTask) {
  const c = plan.configurations[task.configuration];
  return { config: c.id, replication: task.replication, seed: task.seed };
}

export const recordKey = (r: Pick<RunRecord, 'config' | 'replication'>): string => replicationKey(r.config, r.replication);

/**
 * One record per replication: a success wins over failures (a failure is retried on the next run
 * and may succeed, e.g. after a fix to a strategy module), else the latest failure.
 */
export function effectiveRecords(records: Iterable<RunRecord>): Map<string, RunRecord> {
  const out = new Map<string, RunRecord>();
  for (const r of records) {
    const key = recordKey(r);
    if (out.get(key)?.status !== 'ok') out.set(key, r);
  }
  return out;
}
