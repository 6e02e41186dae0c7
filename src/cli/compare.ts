import { compare } from '../compare/compare';
import { LIMITS } from '../scenario/limits';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { comparisonTable } from './compareTable';
import { parseDuration, parseWarmUp } from './duration';
import { MAX_WORKERS, optionalCount, printBatch } from './batchOutput';
import { LIMIT_OPTIONS, runLimits } from './limitArgs';
import { parseIntegers } from './ranges';
import { strategySpecs } from './strategyArgs';
import { parseCommandArgs, UsageError } from './usage';

/** `zhigang compare SCENARIO --strategies a,b,… [--seeds 1-10] [--duration 24h] [--warm-up D|auto] [--no-traffic] [--baseline NAME] [--fleet N] [--workers N] [--json] [--timeout D] [--decision-limit S] [--max-memory MB]` */
export async function compareCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, {
    strategies: { type: 'string' },
    seeds: { type: 'string', default: '1-10' },
    duration: { type: 'string' },
    'warm-up': { type: 'string' },
    'no-traffic': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    fleet: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
    ...LIMIT_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError('name one scenario file');
  if (values.strategies === undefined) throw new UsageError('--strategies is required, e.g. --strategies fcfs,nearest,pooled-lap');
  const file = positionals[0];
  readScenarioFile(file); // bad input fails here, once, before any worker starts
  const strategies = strategySpecs(values.strategies, '--strategies');
  const baseline = values.baseline === undefined ? undefined : strategySpecs(values.baseline, '--baseline')[0];
  if (baseline !== undefined && !strategies.includes(baseline)) throw new UsageError(`--baseline ${values.baseline} is not among --strategies`);
  const seeds = parseIntegers(values.seeds, '--seeds');
  const options = {
    durationS: values.duration === undefined ? undefined : parseDuration(values.duration),
    warmUpS: values['warm-up'] === undefined ? undefined : parseWarmUp(values['warm-up']),
    baseline,
    fleet: optionalCount(values.fleet, '--fleet', LIMITS.fleet),
    noTraffic: values['no-traffic'],
    workers: optionalCount(values.workers, '--workers', MAX_WORKERS),
    ...runLimits(values),
  };
  await printBatch('compare', values.json, (onProgress) => compare(file, strategies, seeds, { ...options, onProgress }), comparisonTable);
  return 0;
}
