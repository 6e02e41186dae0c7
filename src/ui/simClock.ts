/**
 * Which simulated time a view asks the worker for. Simulated time is never derived from frame
 * deltas: at a set speed it is the time at the last anchor plus speed × wall time since, so it does
 * not depend on the frame rate. "As fast as possible" is not paced here at all: the workers advance
 * on their own (SimWorkerApi.runFree) and frames only look.
 */
export type Speed = number | 'max';

/** The speeds offered, simulated seconds per wall second. */
export const SPEEDS: readonly Speed[] = [1, 10, 60, 300, 900, 3600, 'max'];

/**
 * Behind by more than this much wall time's worth, the clock drops the backlog instead of racing.
 * It is well above a frame interval even at 1 fps (a software-rendered canvas): there the run is
 * asked for a second's worth per frame and keeps its speed; only a worker that cannot keep up drops.
 */
const MAX_LAG_WALL_S = 2;
/** After dropping a backlog the clock continues this much wall time's worth ahead of the run. */
const RESUME_AHEAD_WALL_S = 0.25;

export class SimClock {
  playing = false;
  speed: Speed = 60;
  private anchorWallMs = 0;
  private anchorSimS = 0;

  constructor(readonly durationS: number) {}

  play(wallMs: number, simS: number): void {
    this.playing = true;
    this.anchor(wallMs, simS);
  }

  pause(): void {
    this.playing = false;
  }

  setSpeed(speed: Speed, wallMs: number, simS: number): void {
    if (speed !== 'max' && !(speed > 0)) throw new RangeError(`speed must be a positive number of simulated seconds per second or 'max', got ${speed}`);
    this.speed = speed;
    this.anchor(wallMs, simS);
  }

  /** Continue from `simS` at `wallMs` (after a jump, or when the worker fell behind). */
  anchor(wallMs: number, simS: number): void {
    this.anchorWallMs = wallMs;
    this.anchorSimS = simS;
  }

  /** The time to ask for now, given where the run is (`reachedS`); never beyond the run's end ('max': where it is). */
  target(wallMs: number, reachedS: number): number {
    if (!this.playing || this.speed === 'max') return reachedS;
    const wanted = () => Math.min(this.durationS, this.anchorSimS + (this.speed as number) * ((wallMs - this.anchorWallMs) / 1000));
    if (wanted() - reachedS > this.speed * MAX_LAG_WALL_S) this.anchor(wallMs - RESUME_AHEAD_WALL_S * 1000, reachedS);
    return wanted();
  }
}
