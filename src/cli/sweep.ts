import { sweep } from '../compare/sweep';
import { LIMITS } from '../scenario/limits';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { sweepTable } from './compareTable';
import { parseDuration, parseWarmUp } from './duration';
import { MAX_WORKERS, optionalCount, printBatch } from './batchOutput';
import { LIMIT_OPTIONS, runLimits } from './limitArgs';
import { parseIntegers } from './ranges';
import { strategySpecs } from './strategyArgs';
import { parseCommandArgs, UsageError } from './usage';

/** `zhigang sweep SCENARIO --fleet 24-120:12 --strategies a,b,… [--seeds 1-5] [--duration 24h] [--warm-up D|auto] [--no-traffic] [--workers N] [--json] [--timeout D] [--decision-limit S] [--max-memory MB]` */
export async function sweepCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, {
    fleet: { type: 'string' },
    strategies: { type: 'string' },
    seeds: { type: 'string', default: '1-5' },
    duration: { type: 'string' },
    'warm-up': { type: 'string' },
    'no-traffic': { type: 'boolean', default: false },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
    ...LIMIT_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError('name one scenario file');
  if (values.fleet === undefined) throw new UsageError('--fleet is required, e.g. --fleet 24-120:12');
  if (values.strategies === undefined) throw new UsageError('--strategies is required, e.g. --strategies fcfs,pooled-lap');
  const file = positionals[0];
  readScenarioFile(file);
  const fleets = parseIntegers(values.fleet, '--fleet', 1, LIMITS.fleet);
  const strategies = strategySpecs(values.strategies, '--strategies');
  const seeds = parseIntegers(values.seeds, '--seeds');
  const durationS = values.duration === undefined ? undefined : parseDuration(values.duration);
  const warmUpS = values['warm-up'] === undefined ? undefined : parseWarmUp(values['warm-up']);
  const workers = optionalCount(values.workers, '--workers', MAX_WORKERS);
  const limits = runLimits(values);
  await printBatch('sweep', values.json, (onProgress) => sweep(file, fleets, strategies, seeds, { durationS, warmUpS, noTraffic: values['no-traffic'], workers, onProgress, ...limits }), sweepTable);
  return 0;
}
