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
