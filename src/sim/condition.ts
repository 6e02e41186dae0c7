import { PENDING, PROCESSED, SimEvent, type Waiter } from './event';
import type { Simulation } from './simulation';

/**
 * Waits on several events: `anyOf` fires with the first of them to fire, `allOf` with all their
 * values in the order given. A failing member fails the condition.
 */
export class Condition<T> extends SimEvent<T> implements Waiter {
  private remaining: number;

  constructor(
    sim: Simulation,
    private readonly events: readonly SimEvent<unknown>[],
    private readonly needAll: boolean,
  ) {
    super(sim);
    this.remaining = events.length;
    if (events.length === 0) {
      this.succeed((needAll ? [] : undefined) as T);
      return;
    }
    for (const e of events) {
      if (e.state === PROCESSED) this.onEvent(e);
      else e.addWaiter(this);
      if (this.state !== PENDING) break;
    }
  }

  onEvent(e: SimEvent<unknown>): void {
    if (this.state !== PENDING) return;
    if (!e.ok) {
      e.defused = true;
      this.fail(e.value);
      return;
    }
    this.remaining--;
    if (!this.needAll) this.succeed(e as T);
    else if (this.remaining === 0) this.succeed(this.events.map((x) => x.value) as T);
  }
}
