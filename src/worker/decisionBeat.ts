/**
 * What a strategy is doing, seen from another thread: a count of the calls into it so far, the
 * phase of the one under way (none, deciding, or being loaded and made) and the simulated time of
 * that decision, in shared memory. A strategy stuck in a loop blocks its thread, so only another
 * thread can notice it; the count tells a long decision from many short ones.
 */
export const enum BeatPhase {
  Idle = 0,
  Deciding = 1,
  Loading = 2,
}

export class DecisionBeat {
  private readonly ints: Int32Array;
  private readonly time: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(16)) {
    this.ints = new Int32Array(buffer, 0, 2);
    this.time = new Float64Array(buffer, 8, 1);
  }

  begin(phase: BeatPhase, timeS: number): void {
    this.time[0] = timeS;
    Atomics.add(this.ints, 0, 1);
    Atomics.store(this.ints, 1, phase);
  }

  end(): void {
    Atomics.store(this.ints, 1, BeatPhase.Idle);
  }

  read(): { count: number; phase: BeatPhase; timeS: number } {
    return { count: Atomics.load(this.ints, 0), phase: Atomics.load(this.ints, 1) as BeatPhase, timeS: this.time[0] };
  }
}
