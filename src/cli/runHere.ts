import type { LoadedScenario } from '../scenario';
import { startRun, type RunOptions } from '../run/session';
import type { RunResult } from '../run/runResult';
import { timedOut } from '../worker/workerPool';

/** Simulated time advanced between two looks at the wall clock. */
const STEP_S = 3600;

/**
 * A run of a built-in strategy in this thread: trusted code, so no worker, but the same wall-time
 * limit as a worker's run, checked between steps of a simulated hour (a step takes milliseconds).
 */
export function runHere(loaded: LoadedScenario, options: RunOptions, timeoutS: number | undefined): RunResult {
  const session = startRun(loaded, options);
  if (timeoutS !== undefined) {
    const deadline = performance.now() + timeoutS * 1000;
    while (!session.finished) {
      session.advanceTo(session.timeS + STEP_S);
      if (!session.finished && performance.now() > deadline) throw timedOut(timeoutS);
    }
  }
  return session.finish();
}
