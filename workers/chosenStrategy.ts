import { findStrategy, strategyNames } from '../src/dispatch/registry';
import type { StrategySpec } from '../src/run/resolveStrategy';
import { loadStrategyModule } from '../src/run/strategyModule';
import { RunFailure } from '../src/sim';
import { BeatPhase, type DecisionBeat } from '../src/worker/decisionBeat';
import type { WorkerRunOptions } from './simWorkerApi';

/**
 * The strategy a worker runs: a module only when one was chosen explicitly (`strategyModule`),
 * else a registered name, given or the scenario's own. A scenario naming a module, or a name that
 * is not registered, is refused here whatever the caller checked: no data makes a worker run code.
 */
export async function chosenStrategy(scenarioStrategy: string, options: WorkerRunOptions, beat: DecisionBeat | null): Promise<StrategySpec> {
  if (options.strategyModule !== undefined) {
    beat?.begin(BeatPhase.Loading, 0);
    try {
      return await loadStrategyModule(options.strategyModule);
    } finally {
      beat?.end();
    }
  }
  const name = options.strategy ?? scenarioStrategy;
  if (findStrategy(name) !== undefined) return name;
  const known = strategyNames().join(', ');
  if (options.strategy !== undefined) throw new RunFailure(0, `unknown strategy "${name.slice(0, 60)}" (have: ${known}); a strategy module is run only when chosen as one`);
  throw new RunFailure(0, `the scenario's dispatch.strategy "${name.slice(0, 60)}" is not a built-in strategy (have: ${known}): a module it names runs only when chosen explicitly (the CLI's --allow-code, the app's module picker)`);
}
