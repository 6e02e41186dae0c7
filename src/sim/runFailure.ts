/**
 * A run that cannot go on and whose results cannot be trusted: a broken invariant, a strategy's
 * unusable answer, a stalled crane. Callers show its message as one line, never a stack trace.
 */
export class RunFailure extends Error {
  constructor(
    readonly timeS: number,
    message: string,
  ) {
    super(message);
    this.name = 'RunFailure';
  }
}
