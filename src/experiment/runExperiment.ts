import type { RunResult } from '../run/runResult';
import type { SimWorker } from '../worker/spawnSimWorker';
import { onWorkerPool } from '../worker/workerPool';
import type { WorkerLimits } from '../worker/workerLimits';
import { workerStrategy } from '../worker/workerStrategy';
import type { PreparedExperiment } from './prepareExperiment';
import { openResultsDir, resultsFile, writeSummary } from './resultsDir';
import { effectiveRecords, failedRecord, okRecord, recordKey, type RunRecord } from './runRecord';
import { runsCsvLine } from './runsCsv';
import { RunsAppender } from './runsFile';
import type { ExperimentSummary } from './summary';
import { replicationTasks, type ReplicationTask, type Shard } from './tasks';

export interface ExperimentRunOptions extends Partial<WorkerLimits> {
  /** worker threads; default: every core */
  workers?: number;
  /** wall time one replication may take; past it, it is stopped and recorded as failed, s */
  timeoutS?: number;
  shard?: Shard;
  /** replications done in this call so far, of those it has to do */
  onProgress?: (done: number, total: number) => void;
}

export interface ExperimentRunOutcome {
  /** replications of this shard (all of them when unsharded) */
  total: number;
  /** already done in the results directory, so skipped */
  skipped: number;
  /** run now, successful or not */
  ran: number;
  /** replications that failed now, with their errors and seeds */
  failed: RunRecord[];
  /** a torn last line of runs.jsonl that was dropped (its replication ran again) */
  dropped: string | null;
  /** records of runs.jsonl whose KPIs are missing or not numbers, described (their replications ran again) */
  damaged: string[];
  summary: ExperimentSummary;
}

/**
 * Runs an experiment's replications (or one shard of them) into a results directory, skipping those
 * already done there. Each one that ends is appended to runs.jsonl and runs.csv at once; one that
 * throws is recorded with its error and the others go on. summary.csv is rewritten at the end.
 */
export async function runExperiment(prepared: PreparedExperiment, dir: string, options: ExperimentRunOptions = {}): Promise<ExperimentRunOutcome> {
  const { plan, texts, strategies } = prepared;
  const { records, dropped, damaged } = openResultsDir(dir, plan);
  const latest = effectiveRecords(records);
  const tasks = replicationTasks(plan, options.shard);
  const todo = tasks.filter((t) => latest.get(recordKey({ config: plan.configurations[t.configuration].id, replication: t.replication }))?.status !== 'ok');
  const failed: RunRecord[] = [];
  const appender = new RunsAppender(resultsFile(dir, 'runs'), resultsFile(dir, 'csv'));
  let done = 0;
  if (todo.length > 0) options.onProgress?.(0, todo.length);
  try {
    const work = async (worker: SimWorker, t: ReplicationTask): Promise<RunResult> => {
      await worker.api.load(texts[t.configuration], { seed: t.seed, ...workerStrategy(strategies[t.configuration]) });
      return worker.api.run();
    };
    await onWorkerPool(
      todo,
      work,
      (k, outcome) => {
        const record = outcome.ok ? okRecord(plan, todo[k], outcome.value) : failedRecord(plan, todo[k], outcome.error);
        appender.append(record, runsCsvLine(plan, record));
        records.push(record);
        if (record.status === 'failed') failed.push(record);
        options.onProgress?.(++done, todo.length);
      },
      { workers: options.workers, stopOnFailure: false, timeoutS: options.timeoutS, limits: { decisionLimitS: options.decisionLimitS, maxMemoryMb: options.maxMemoryMb } },
    );
  } finally {
    appender.close();
  }
  const summary = writeSummary(dir, plan, records);
  return { total: tasks.length, skipped: tasks.length - todo.length, ran: todo.length, failed, dropped, damaged, summary };
}
