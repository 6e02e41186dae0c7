import { dirname, resolve } from 'node:path';
import { runSimulation } from '../run/runSimulation';
import { strategySpecFromCli } from '../run/strategySpecFromCli';
import { isModuleUrl, loadStrategyModule } from '../run/strategyModule';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { parseDuration } from './duration';
import { kpiTables } from './kpiTable';
import { openTrace } from './traceFile';
import { strategySpecs } from './strategyArgs';
import { CommandError, parseCommandArgs, UsageError } from './usage';

/** `zhigang run SCENARIO [--strategy NAME|PATH] [--seed N] [--duration 24h|7d|SECONDS] [--json] [--trace FILE]` */
export async function runCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, {
    strategy: { type: 'string' },
    seed: { type: 'string' },
    duration: { type: 'string' },
    json: { type: 'boolean', default: false },
    trace: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError('name one scenario file');
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !(Number.isSafeInteger(seed) && seed >= 0)) throw new UsageError(`--seed expects a non-negative integer, got "${values.seed}"`);
  const durationS = values.duration === undefined ? undefined : parseDuration(values.duration);
  const spec = values.strategy === undefined ? undefined : strategySpecs(values.strategy, '--strategy')[0];
  const loaded = readScenarioFile(positionals[0]);
  // the scenario's own strategy module is named relative to the scenario file
  const chosen = spec ?? strategySpecFromCli(loaded.scenario.dispatch.strategy, dirname(resolve(loaded.file)));
  const strategy = isModuleUrl(chosen) ? await loadModule(chosen) : chosen;
  const trace = values.trace === undefined ? undefined : openTrace(values.trace);
  try {
    const { result } = runSimulation(loaded, { seed, durationS, strategy, trace: trace?.write });
    console.log(values.json ? JSON.stringify(result, null, 2) : kpiTables(result));
  } finally {
    trace?.close();
  }
  return 0;
}

async function loadModule(url: string) {
  try {
    return await loadStrategyModule(url);
  } catch (e) {
    throw new CommandError(e instanceof Error ? e.message : String(e));
  }
}
