import { RunFailure } from '../sim';

/** A strategy threw or returned an assignment the model cannot carry out; the run stops. */
export class DispatchError extends RunFailure {
  constructor(
    readonly strategy: string,
    timeS: number,
    problem: string,
  ) {
    super(timeS, `strategy "${strategy}" at t = ${timeS.toFixed(1)} s: ${problem}`);
    this.name = 'DispatchError';
  }
}

/**
 * Anything thrown, as a short line: an Error's name and message, else a safe rendering. A
 * strategy may throw anything (a BigInt, an object whose toString throws): the message about it
 * must not throw in turn.
 */
export function describeThrown(e: unknown): string {
  try {
    if (e instanceof Error) return `${e.name}: ${e.message}`;
    if (typeof e === 'string') return JSON.stringify(e.length > 200 ? `${e.slice(0, 197)}...` : e);
    if (typeof e === 'object' && e !== null) return `an object (${Object.keys(e).slice(0, 5).join(', ') || 'no keys'})`;
    return `${typeof e} ${String(e)}`;
  } catch {
    return 'a value that cannot be shown';
  }
}
