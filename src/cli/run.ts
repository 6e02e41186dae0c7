import { dirname, resolve } from 'node:path';
import type { WorkerRunOptions } from '../../workers/simWorkerApi';
import type { LoadedScenario } from '../scenario';
import type { RunResult } from '../run/runResult';
import { strategyFromText } from '../run/strategySpecFromCli';
import { runFigures } from '../calibration/measures';
import { targetsForScenario } from '../calibration/readTargetsFile';
import { scoreRuns } from '../calibration/scorecard';
import { withoutTraffic } from '../run/withoutTraffic';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { readScenarioTexts } from '../worker/readScenarioTexts';
import { runInWorker } from '../worker/runInWorker';
import { parseDuration, parseWarmUp } from './duration';
import { kpiTables } from './kpiTable';
import { LIMIT_OPTIONS, runLimits, type RunLimits } from './limitArgs';
import { runHere } from './runHere';
import { strategySpec } from './strategyArgs';
import { openTrace } from './traceFile';
import { openOutputFile } from './outputFile';
import { CommandError, parseCommandArgs, UsageError } from './usage';

/** `zhigang run SCENARIO [--strategy NAME|PATH] [--allow-code] [--seed N] [--duration D] [--warm-up D|auto] [--no-traffic] [--json] [--trace FILE] [--report FILE] [--timeout D] [--decision-limit S] [--max-memory MB]` */
export async function runCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, {
    strategy: { type: 'string' },
    'allow-code': { type: 'boolean', default: false },
    seed: { type: 'string' },
    duration: { type: 'string' },
    'warm-up': { type: 'string' },
    'no-traffic': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    trace: { type: 'string' },
    report: { type: 'string' },
    ...LIMIT_OPTIONS,
  });
  if (positionals.length !== 1) throw new UsageError('name one scenario file');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isSafeInteger(seed) && seed >= 0 && seed <= 2 ** 32 - 1)) throw new UsageError(`--seed expects a whole number from 0 to 4294967295, got "${values.seed}"`);
  const durationS = values.duration === undefined ? undefined : parseDuration(values.duration);
  const warmUpS = values['warm-up'] === undefined ? undefined : parseWarmUp(values['warm-up']);
  const limits = runLimits(values);
  const given = values.strategy === undefined ? undefined : strategySpec(values.strategy, '--strategy');
  const noTraffic = values['no-traffic'];
  const read = readScenarioFile(positionals[0]);
  const loaded = noTraffic ? withoutTraffic(read) : read;
  const strategy = given ?? scenarioStrategy(loaded, values['allow-code']);
  // a report scores the run against the scenario's targets: read (and checked) before the run's time is spent
  const targets = values.report === undefined ? null : targetsForScenario(loaded);
  const trace = values.trace === undefined ? undefined : openTrace(values.trace);
  // opened before the run, so a path that cannot be written fails in a line before the run's time is spent
  const report = values.report === undefined ? undefined : openReport(values.report, trace);
  let result: RunResult;
  try {
    result = strategy.startsWith('file:') ? await inWorker(loaded, { seed, durationS, warmUpS, noTraffic, strategyModule: strategy }, limits, trace?.writeChunk) : runHere(loaded, { seed, durationS, warmUpS, strategy, trace: trace?.write }, limits.timeoutS);
  } catch (e) {
    report?.remove(); // a run that failed has no report: no empty file left behind
    throw e;
  } finally {
    trace?.close(); // what was traced up to a failure stays: it shows how the run got there
  }
  if (report !== undefined) {
    // loaded only when asked for: d3 and the labels are no part of a plain run
    const { runReportHtml } = await import('../run/report/runReportHtml');
    report.write(runReportHtml(result, targets === null ? undefined : scoreRuns(targets, [runFigures(result)])));
    report.close();
  }
  console.log(values.json ? JSON.stringify(result, null, 2) : kpiTables(result));
  return 0;
}

/** The report's file, open; if it cannot be, the trace just opened goes too: nothing was run. */
function openReport(file: string, trace: { remove: () => void } | undefined) {
  try {
    return openOutputFile(file, 'the report');
  } catch (e) {
    trace?.remove();
    throw e;
  }
}

/**
 * The scenario's own strategy: a registered name, or a module it names, which is code and is run
 * only when the user says so with --allow-code (a scenario file may come from anyone).
 */
export function scenarioStrategy(loaded: LoadedScenario, allowCode: boolean): string {
  const text = loaded.scenario.dispatch.strategy;
  const read = strategyFromText(text, dirname(resolve(loaded.file)));
  if (read.kind === 'refused') throw new CommandError(`${loaded.file}: $.dispatch.strategy: ${read.why}`);
  if (read.kind === 'name') return read.name;
  if (!allowCode) throw new CommandError(`${loaded.file}: $.dispatch.strategy names a strategy module ("${text}"), which is code: run it with --allow-code, or choose a built-in strategy with --strategy NAME`);
  return read.url;
}

/**
 * A module's run: in a worker thread within its limits; whatever stops it is one line. The worker
 * reads the scenario again from its file's texts, so --no-traffic goes with the options.
 */
async function inWorker(loaded: LoadedScenario, options: WorkerRunOptions & { strategyModule: string }, limits: RunLimits, traceChunk?: (chunk: string) => void): Promise<RunResult> {
  try {
    return await runInWorker(readScenarioTexts(loaded.file), options, limits, traceChunk);
  } catch (e) {
    throw new CommandError(e instanceof Error ? e.message : String(e));
  }
}
