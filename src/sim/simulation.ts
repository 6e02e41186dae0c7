import { Condition } from './condition';
import { EventList, MAX_PRIORITY } from './eventList';
import { NORMAL, SimEvent, newTimeout, type Timeout } from './event';
import { Process, type ProcessBody } from './process';

/**
 * The kernel: a clock and one event list. Simulated time moves only through `step()` and
 * `runUntil(t)`; nothing here reads a wall clock, so a run is the same in Node, a worker or a test.
 */
export class Simulation {
  private readonly heap = new EventList<SimEvent<unknown>>();
  private clock = 0;
  /** The process whose generator is executing right now, if any. */
  activeProcess: Process<unknown> | null = null;
  /** Count of events fired so far (for benchmarks and progress). */
  eventsFired = 0;

  constructor(startTime = 0) {
    this.clock = startTime;
  }

  /** Current simulated time, seconds. */
  get now(): number {
    return this.clock;
  }

  /** Number of events waiting in the event list. */
  get pending(): number {
    return this.heap.size;
  }

  /** Time of the next event; Infinity if none. */
  peek(): number {
    return this.heap.peekTime();
  }

  /** Puts a triggered event on the event list `delay` seconds from now. */
  schedule(event: SimEvent<unknown>, delay: number, priority = NORMAL): void {
    if (!(priority >= 0 && priority <= MAX_PRIORITY)) throw new RangeError(`priority must be 0…${MAX_PRIORITY}`);
    this.heap.push(this.clock + delay, priority, event);
  }

  /** `schedule` for the kernel's own events, whose priority is known to be valid (hot path). */
  enqueue(event: SimEvent<unknown>, delay: number, priority: number): void {
    this.heap.push(this.clock + delay, priority, event);
  }

  /** A new pending event, to be triggered later with `succeed` or `fail`. */
  event<T = unknown>(): SimEvent<T> {
    return new SimEvent<T>(this);
  }

  timeout<T = undefined>(delay: number, value?: T): Timeout<T> {
    return newTimeout<T>(this, delay, value);
  }

  /** Starts a process now; it runs at the current time, before normal events at this time. */
  process<R>(body: ProcessBody<R>, name?: string): Process<R> {
    return new Process<R>(this, body, name);
  }

  anyOf(events: readonly SimEvent<any>[]): SimEvent<SimEvent<unknown>> {
    return new Condition<SimEvent<unknown>>(this, events, false);
  }

  allOf(events: readonly SimEvent<any>[]): SimEvent<unknown[]> {
    return new Condition<unknown[]>(this, events, true);
  }

  /** Fires the next event. Returns false when there is none. */
  step(): boolean {
    const heap = this.heap;
    if (heap.size === 0) return false;
    this.fireNext(heap);
    return true;
  }

  /** Fires every event with time ≤ `until`, then sets the clock to `until`. */
  runUntil(until: number): void {
    if (!(until >= this.clock)) throw new RangeError(`cannot run back in time: now ${this.clock}, until ${until}`);
    const heap = this.heap;
    // size, not only the time: an empty list peeks Infinity, which runUntil(Infinity) would accept
    while (heap.size > 0 && heap.peekTime() <= until) this.fireNext(heap);
    this.clock = until;
  }

  private fireNext(heap: EventList<SimEvent<unknown>>): void {
    const event = heap.pop();
    this.clock = heap.poppedTime;
    this.eventsFired++;
    event.fire();
  }

  /** Runs until the event list is empty (or `until`, if given). */
  run(until = Infinity): void {
    if (until === Infinity) while (this.step());
    else this.runUntil(until);
  }
}
