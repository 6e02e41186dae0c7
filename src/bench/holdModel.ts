import { createRequire } from 'node:module';
import { Simulation } from '../sim/simulation';
import { RandomStreams } from '../sim/random/streams';

/**
 * The classic hold model (Vaucher & Duval 1975): n pending events; each fired event schedules one
 * more at now + Exp(1). It measures the event list and process switching, nothing else. Both
 * kernels draw the same pre-generated delays, so neither pays for its random numbers.
 */
export interface HoldResult {
  kernel: string;
  events: number;
  seconds: number;
  eventsPerSecond: number;
}

export function holdDelays(count: number, seed = 1): Float64Array {
  const draw = new RandomStreams(seed).stream('bench.hold').random;
  const delays = new Float64Array(count);
  for (let i = 0; i < count; i++) delays[i] = -Math.log(1 - draw());
  return delays;
}

/** Zhigang's kernel: `pending` generator processes, each holding for Exp(1) in a loop. */
export function holdZhigang(pending: number, events: number, delays: Float64Array, clock: () => number): HoldResult {
  const sim = new Simulation();
  let next = 0;
  const mask = delays.length - 1; // delays.length is a power of two
  for (let i = 0; i < pending; i++) {
    sim.process(
      (function* () {
        for (;;) yield sim.timeout(delays[next++ & mask]);
      })(),
    );
  }
  sim.runUntil(0); // start every process: not part of the measured steady state
  const firedBefore = sim.eventsFired;
  const t0 = clock();
  while (sim.eventsFired - firedBefore < events) sim.step();
  const seconds = (clock() - t0) / 1000;
  return { kernel: 'zhigang', events, seconds, eventsPerSecond: events / seconds };
}

interface JssEvent {
  update: (dt: number) => void;
}
interface JssScheduler {
  scheduleOnceIn(evt: JssEvent, delta: number): void;
  update(): void;
}

/** js-simulator (npm): the same model with its Scheduler and SimEvents (it has no processes). */
export function holdJsSimulator(pending: number, events: number, delays: Float64Array, clock: () => number): HoldResult {
  const jssim = createRequire(import.meta.url)('js-simulator') as {
    Scheduler: new () => JssScheduler;
    SimEvent: new (rank?: number) => JssEvent;
  };
  const scheduler = new jssim.Scheduler();
  let next = 0;
  let fired = 0;
  const mask = delays.length - 1;
  for (let i = 0; i < pending; i++) {
    const evt = new jssim.SimEvent(1);
    evt.update = () => {
      fired++;
      scheduler.scheduleOnceIn(evt, delays[next++ & mask]);
    };
    scheduler.scheduleOnceIn(evt, delays[next++ & mask]);
  }
  const t0 = clock();
  while (fired < events) scheduler.update();
  const seconds = (clock() - t0) / 1000;
  return { kernel: 'js-simulator', events: fired, seconds, eventsPerSecond: fired / seconds };
}
