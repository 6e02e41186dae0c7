import type { LoadedScenario } from '../scenario';
import type { Terminal } from '../terminal/model';
import type { RunResult } from './runResult';
import { startRun, type RunOptions } from './session';

export type { RunOptions } from './session';
export type { RunResult } from './runResult';

/** The one entry to the model: runs a loaded scenario to the end, checks invariants, returns KPIs. */
export function runSimulation(loaded: LoadedScenario, options: RunOptions = {}): { result: RunResult; terminal: Terminal } {
  const session = startRun(loaded, options);
  return { result: session.finish(), terminal: session.terminal };
}
