import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { prepareExperiment } from '../experiment/prepareExperiment';
import { RESULTS } from '../experiment/resultsDir';
import { runExperiment } from '../experiment/runExperiment';
import { parseShard, type Shard } from '../experiment/tasks';
import { MAX_WORKERS, optionalCount } from './batchOutput';
import { lockResultsDir } from './batchLock';
import { experimentTable } from './experimentTable';
import { LIMIT_OPTIONS, runLimits } from './limitArgs';
import { fileProblem } from '../validation/outputError';
import { progressBar } from './progress';
import { CommandError, parseCommandArgs, UsageError } from './usage';

/** `zhigang batch EXPERIMENT --out DIR [--workers N] [--shard i/N] [--allow-code] [--timeout D] [--decision-limit S] [--max-memory MB]` */
export async function batchCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, {
    out: { type: 'string' },
    workers: { type: 'string' },
    shard: { type: 'string' },
    'allow-code': { type: 'boolean', default: false },
    ...LIMIT_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError('name one experiment file');
  if (values.out === undefined) throw new UsageError('--out DIR is required: the results directory (created, or resumed)');
  const workers = optionalCount(values.workers, '--workers', MAX_WORKERS) ?? availableParallelism();
  const shard = shardOption(values.shard);
  const limits = runLimits(values);
  const prepared = await prepareExperiment(positionals[0], { allowCode: values['allow-code'], limits });
  const dir = values.out;
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CommandError(`cannot use ${dir} as the results directory: ${(e as NodeJS.ErrnoException).code === 'EEXIST' ? 'it is a file, not a folder' : fileProblem(e)}`);
  }
  const unlock = lockResultsDir(dir);
  const onSignal = (signal: NodeJS.Signals) => {
    unlock();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    return await runLocked(prepared, dir, { workers, shard, ...limits });
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    unlock();
  }
}

async function runLocked(prepared: Awaited<ReturnType<typeof prepareExperiment>>, dir: string, options: Parameters<typeof runExperiment>[2] & { workers: number; shard?: Shard }): Promise<number> {
  const { shard, workers } = options;
  const bar = progressBar(shard === undefined ? 'batch' : `batch ${shard.index}/${shard.count}`, true, true);
  const t0 = performance.now();
  const outcome = await runExperiment(prepared, dir, { ...options, onProgress: bar.update }).finally(bar.stop);
  const wallS = (performance.now() - t0) / 1000;

  const { plan } = prepared;
  const slice = shard === undefined ? '' : ` (shard ${shard.index}/${shard.count} of ${plan.configurations.length * plan.replications})`;
  if (outcome.dropped !== null) console.error(`zhigang batch: ${dir}/${RESULTS.runs}: dropped a torn last line (a run killed while writing); its replication ran again`);
  for (const line of outcome.damaged) console.error(`zhigang batch: ${dir}/${RESULTS.runs}: ${line}; its replication ran again`);
  console.log(experimentTable(plan, outcome.summary));
  console.log('');
  const used = Math.min(workers, outcome.ran);
  const now = outcome.ran === 0 ? 'nothing left to run' : `${outcome.ran} run now in ${wallS.toFixed(1)} s on ${used} worker${used === 1 ? '' : 's'}, ${outcome.failed.length} failed`;
  console.log(`${outcome.total} replications${slice}: ${outcome.skipped} already done in ${dir}, ${now}`);
  console.log(`results: ${[RESULTS.runs, RESULTS.csv, RESULTS.summary].map((f) => `${dir}/${f}`).join(', ')}`);
  if (outcome.failed.length === 0) return 0;
  console.error(`zhigang batch: ${outcome.failed.length} replication${outcome.failed.length === 1 ? '' : 's'} failed (recorded in ${RESULTS.runs}; run again to retry them):`);
  for (const f of outcome.failed) console.error(`  ${f.config} #${f.replication} (seed ${f.seed}): ${f.error}`);
  return 1;
}

/** --shard i/N; Slurm and Kubernetes give i from 0 (SLURM_ARRAY_TASK_ID of --array=0-(N-1), JOB_COMPLETION_INDEX). */
function shardOption(text: string | undefined): Shard | undefined {
  if (text === undefined) return undefined;
  const shard = parseShard(text);
  if (shard === null) throw new UsageError(`--shard expects i/N with 0 ≤ i < N, such as 0/3; got "${text}"`);
  return shard;
}
