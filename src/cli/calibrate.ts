import { calibrate, defaultCalibrationDurationS } from '../calibration/calibrate';
import { targetsForScenario } from '../calibration/readTargetsFile';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { MAX_WORKERS, optionalCount, printBatch } from './batchOutput';
import { formatDuration, parseDuration, parseWarmUp } from './duration';
import { LIMIT_OPTIONS, runLimits } from './limitArgs';
import { parseIntegers } from './ranges';
import { scenarioStrategy } from './run';
import { calibrationTable } from './scorecardTable';
import { CommandError, parseCommandArgs, UsageError } from './usage';

/**
 * `zhigang calibrate SCENARIO [--seeds 1-5] [--duration D] [--warm-up D|auto] [--no-traffic] [--targets FILE] [--workers N] [--json] [--allow-code] [LIMITS]`:
 * the scenario's own strategy over the seeds, scored against its targets file. Exit 0 when every
 * line passes, 1 otherwise (the last line names the failing ones).
 */
export async function calibrateCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, {
    seeds: { type: 'string', default: '1-5' },
    duration: { type: 'string' },
    'warm-up': { type: 'string' },
    'no-traffic': { type: 'boolean', default: false },
    targets: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
    'allow-code': { type: 'boolean', default: false },
    ...LIMIT_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError('name one scenario file');
  const seeds = parseIntegers(values.seeds, '--seeds');
  const durationS = values.duration === undefined ? undefined : parseDuration(values.duration);
  const warmUpS = values['warm-up'] === undefined ? undefined : parseWarmUp(values['warm-up']);
  const workers = optionalCount(values.workers, '--workers', MAX_WORKERS);
  const limits = runLimits(values);
  // bad input (scenario or targets) fails here, once, before any worker starts
  const loaded = readScenarioFile(positionals[0]);
  const targets = targetsForScenario(loaded, values.targets);
  if (targets === null) throw new CommandError(`${loaded.file} names no targets file (a "targets" key beside "layout"): give one with --targets FILE`);
  const warmUp = typeof warmUpS === 'number' ? warmUpS : warmUpS === undefined && !loaded.scenario.run.warmUpAuto ? loaded.scenario.run.warmUpS : null;
  if (durationS !== undefined && warmUp !== null && durationS <= warmUp) throw new UsageError(`--duration ${values.duration} is not longer than the ${formatDuration(warmUp)} warm-up: nothing would be measured (the duration includes the warm-up, as in run and compare; the default is the warm-up + 14 d, here ${formatDuration(defaultCalibrationDurationS(loaded, warmUpS))})`);
  const strategy = scenarioStrategy(loaded, values['allow-code']);
  let failing: string[] = [];
  await printBatch(
    'calibrate',
    values.json,
    async (onProgress) => {
      const report = await calibrate(loaded, targets, seeds, { strategy, durationS, warmUpS, noTraffic: values['no-traffic'], workers, onProgress, ...limits });
      failing = report.scorecard.failing;
      return report;
    },
    calibrationTable,
  );
  return failing.length === 0 ? 0 : 1;
}
