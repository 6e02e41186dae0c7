/** A strategy threw or returned an assignment the model cannot carry out; the run stops. */
export class DispatchError extends Error {
  constructor(
    readonly strategy: string,
    readonly timeS: number,
    problem: string,
  ) {
    super(`strategy "${strategy}" at t = ${timeS.toFixed(1)} s: ${problem}`);
    this.name = 'DispatchError';
  }
}
