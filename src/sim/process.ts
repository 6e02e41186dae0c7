import { NORMAL, PENDING, PROCESSED, SimEvent, TRIGGERED, URGENT, type Waiter } from './event';
import type { Simulation } from './simulation';

/** What a process body is: a generator that yields events and may return a value. */
export type ProcessBody<R = void> = Generator<SimEvent<any>, R, any>;

/** Thrown into a process by `interrupt(cause)`. */
export class Interrupt extends Error {
  constructor(override readonly cause: unknown) {
    super(`interrupted: ${String(cause)}`);
    this.name = 'Interrupt';
  }
}

/**
 * A generator function run as a simulation process. The process is itself an event: it fires with
 * the generator's return value, so other processes can `yield` it to wait for it to finish.
 */
export class Process<R = unknown> extends SimEvent<R> implements Waiter {
  /** The event this process is waiting for, or null while it runs or after it ends. */
  target: SimEvent<unknown> | null;

  constructor(
    sim: Simulation,
    private readonly body: ProcessBody<R>,
    readonly name = 'process',
  ) {
    super(sim);
    const start = new SimEvent<unknown>(sim);
    start.state = TRIGGERED;
    start.addWaiter(this);
    sim.schedule(start, 0, URGENT);
    this.target = start;
  }

  get isAlive(): boolean {
    return this.state === PENDING;
  }

  onEvent(event: SimEvent<unknown>): void {
    this.target = null;
    if (!event.ok) event.defused = true;
    this.resume(event.value, event.ok);
  }

  /**
   * Throws an Interrupt into the process at the current time, before normal events. The process
   * stops waiting on its current target; it is up to the process to cancel a pending request.
   */
  interrupt(cause?: unknown): void {
    if (!this.isAlive) throw new Error(`${this.name} has ended and cannot be interrupted`);
    if (this === this.sim.activeProcess) throw new Error(`${this.name} cannot interrupt itself`);
    const interruption = new SimEvent<unknown>(this.sim);
    interruption.addWaiter({
      onEvent: () => {
        if (!this.isAlive) return;
        this.target?.removeWaiter(this);
        this.target = null;
        this.resume(new Interrupt(cause), false);
      },
    });
    interruption.succeed(undefined, URGENT);
  }

  /**
   * Runs the generator up to its next yield. Kept flat (no nested try/finally on the common path)
   * because it runs once per event: it is the kernel's hot loop together with the heap.
   */
  private resume(value: unknown, ok: boolean): void {
    const sim = this.sim;
    sim.activeProcess = this;
    for (;;) {
      let step: IteratorResult<SimEvent<unknown>, R>;
      try {
        step = ok ? this.body.next(value) : this.body.throw(value);
      } catch (error) {
        sim.activeProcess = null;
        this.fail(error, NORMAL);
        return;
      }
      if (step.done === true) {
        sim.activeProcess = null;
        this.succeed(step.value, NORMAL);
        return;
      }
      const next = step.value;
      if (next instanceof SimEvent) {
        if (next.state !== PROCESSED) {
          next.addWaiter(this);
          this.target = next;
          sim.activeProcess = null;
          return;
        }
        // Already happened: carry on at once, as if it had fired now.
        value = next.value;
        ok = next.ok;
        if (!ok) next.defused = true;
      } else {
        value = new TypeError(`${this.name} yielded ${String(next)}; a process may only yield events`);
        ok = false;
      }
    }
  }
}
