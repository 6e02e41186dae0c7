import { sweep } from '../compare/sweep';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { sweepTable } from './compareTable';
import { parseDuration } from './duration';
import { progressBar } from './progress';
import { parseIntegers } from './ranges';
import { strategySpecs } from './strategyArgs';
import { CommandError, parseCommandArgs, UsageError } from './usage';

/** `zhigang sweep SCENARIO --fleet 24-120:12 --strategies a,b,… [--seeds 1-5] [--duration 24h] [--workers N] [--json]` */
export async function sweepCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, {
    fleet: { type: 'string' },
    strategies: { type: 'string' },
    seeds: { type: 'string', default: '1-5' },
    duration: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (positionals.length !== 1) throw new UsageError('name one scenario file');
  if (values.fleet === undefined) throw new UsageError('--fleet is required, e.g. --fleet 24-120:12');
  if (values.strategies === undefined) throw new UsageError('--strategies is required, e.g. --strategies fcfs,pooled-lap');
  const file = positionals[0];
  readScenarioFile(file);
  const fleets = parseIntegers(values.fleet, '--fleet', 1);
  const strategies = strategySpecs(values.strategies, '--strategies');
  const seeds = parseIntegers(values.seeds, '--seeds');
  const durationS = values.duration === undefined ? undefined : parseDuration(values.duration);
  const workers = values.workers === undefined ? undefined : parseIntegers(values.workers, '--workers', 1)[0];
  const bar = progressBar('sweep', !values.json);
  try {
    const report = await sweep(file, fleets, strategies, seeds, { durationS, workers, onProgress: bar.update });
    bar.stop();
    console.log(values.json ? JSON.stringify(report, null, 2) : sweepTable(report));
  } catch (e) {
    // a worker's run failed: its message names the task, the strategy and the decision time
    throw new CommandError(e instanceof Error ? e.message : String(e));
  } finally {
    bar.stop();
  }
  return 0;
}
