import { RunFailure } from '../sim';

/** A run broke one of the model's invariants: its results cannot be trusted, so it stops. */
export class InvariantError extends RunFailure {
  constructor(timeS: number, message: string) {
    super(timeS, `invariant broken at t = ${timeS.toFixed(1)} s: ${message}`);
    this.name = 'InvariantError';
  }
}
