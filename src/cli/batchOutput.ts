import { progressBar } from './progress';
import { parseIntegers } from './ranges';
import { CommandError, UsageError } from './usage';

/**
 * Runs a batch of worker runs with a progress bar and prints its report as text or JSON. A failed
 * run becomes one line: its message already names the task, the strategy, the seed and the time.
 */
export async function printBatch<T>(label: string, json: boolean, run: (onProgress: (done: number, total: number) => void) => Promise<T>, format: (report: T) => string): Promise<void> {
  const bar = progressBar(label, !json);
  try {
    const report = await run(bar.update);
    bar.stop();
    console.log(json ? JSON.stringify(report, null, 2) : format(report));
  } catch (e) {
    throw new CommandError(e instanceof Error ? e.message : String(e));
  } finally {
    bar.stop();
  }
}

/** An optional single positive integer option (--workers, --fleet), at most `max`. */
export function optionalCount(text: string | undefined, option: string, max: number): number | undefined {
  if (text === undefined) return undefined;
  const values = parseIntegers(text, option, 1, max);
  if (values.length !== 1) throw new UsageError(`${option} takes one number, got "${text}"`);
  return values[0];
}

/** More worker threads than this is a typo: each takes a core and up to its memory limit. */
export const MAX_WORKERS = 256;
