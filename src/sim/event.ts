import type { Simulation } from './simulation';

/** Lifecycle of an event: created, then scheduled with its outcome, then fired. */
export const PENDING = 0;
export const TRIGGERED = 1;
export const PROCESSED = 2;

/** Equal-time order: urgent events (process starts, interrupts) fire before normal ones. */
export const URGENT = 0;
export const NORMAL = 1;

/** Anything that reacts when an event fires: a process, a condition. */
export interface Waiter {
  onEvent(event: SimEvent<unknown>): void;
}

/**
 * Something that happens at a point of simulated time. Processes `yield` events and are resumed
 * with the event's value when it fires (or have its error thrown into them when it fails).
 */
export class SimEvent<T = unknown> {
  readonly sim: Simulation;
  state: number;
  ok: boolean;
  value: T | undefined;
  /** true once some waiter took a failure, so a failure nobody handles can fail the run loudly. */
  defused: boolean;
  private first: Waiter | null;
  private rest: Waiter[] | null;

  // Fields are assigned in the constructor, not declared with initialisers: V8 builds these
  // objects faster that way, and every timeout is one.
  constructor(sim: Simulation) {
    this.sim = sim;
    this.state = PENDING;
    this.ok = true;
    this.value = undefined;
    this.defused = false;
    this.first = null;
    this.rest = null;
  }

  get triggered(): boolean {
    return this.state !== PENDING;
  }

  get processed(): boolean {
    return this.state === PROCESSED;
  }

  /** Schedules the event to fire now with this value. */
  succeed(value?: T, priority = NORMAL): this {
    this.settle(true, value, priority);
    return this;
  }

  /** Schedules the event to fire now as a failure; waiting processes get `error` thrown into them. */
  fail(error: unknown, priority = NORMAL): this {
    this.settle(false, error as T, priority);
    return this;
  }

  private settle(ok: boolean, value: T | undefined, priority: number): void {
    if (this.state !== PENDING) throw new Error('an event can be triggered only once');
    this.ok = ok;
    this.value = value;
    this.state = TRIGGERED;
    this.sim.schedule(this, 0, priority);
  }

  addWaiter(w: Waiter): void {
    if (this.first === null && this.rest === null) this.first = w;
    else (this.rest ??= []).push(w);
  }

  removeWaiter(w: Waiter): void {
    if (this.first === w) this.first = null;
    else if (this.rest !== null) {
      const i = this.rest.indexOf(w);
      if (i >= 0) this.rest.splice(i, 1);
    }
  }

  /** Called by the kernel when the event reaches the head of the event list. */
  fire(): void {
    this.state = PROCESSED;
    const first = this.first;
    if (first !== null) {
      this.first = null;
      first.onEvent(this);
    }
    const rest = this.rest;
    if (rest !== null) {
      this.rest = null;
      for (let i = 0; i < rest.length; i++) rest[i].onEvent(this);
    }
    if (!this.ok && !this.defused) throw this.value;
  }
}

/** An event that fires `delay` seconds after it is created. */
export type Timeout<T = undefined> = SimEvent<T>;

/**
 * A timeout is a plain SimEvent, already triggered, not a subclass: each subclass is one more
 * object shape through SimEvent's constructor, and past four shapes V8 stores its fields the slow,
 * megamorphic way for every event made. Timeouts are over half of all events.
 */
export function newTimeout<T>(sim: Simulation, delay: number, value?: T, priority = NORMAL): Timeout<T> {
  if (!(delay >= 0 && delay < Infinity)) throw new RangeError(`timeout delay must be a finite number ≥ 0, got ${delay}`);
  const event = new SimEvent<T>(sim);
  event.value = value;
  event.state = TRIGGERED;
  sim.enqueue(event, delay, priority);
  return event;
}
