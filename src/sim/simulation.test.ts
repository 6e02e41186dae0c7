import { describe, expect, it } from 'vitest';
import { Interrupt, Simulation, URGENT, NORMAL, type ProcessBody } from './index';

type Trace = [number, string, string][];

describe('Simulation: processes and time', () => {
  it('runs generator processes in time order and FIFO among equal times', () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const worker = function* (name: string, delays: number[]): ProcessBody {
      for (const d of delays) {
        yield sim.timeout(d);
        trace.push([sim.now, name, `after ${d}`]);
      }
    };
    sim.process(worker('a', [2, 3]));
    sim.process(worker('b', [2, 1]));
    sim.process(worker('c', [5]));
    sim.run();
    expect(trace).toEqual([
      [2, 'a', 'after 2'],
      [2, 'b', 'after 2'],
      [3, 'b', 'after 1'],
      // both at t = 5: c's timeout was scheduled at t = 0, a's at t = 2, so c fires first
      [5, 'c', 'after 5'],
      [5, 'a', 'after 3'],
    ]);
    expect(sim.now).toBe(5);
  });

  it('orders equal times by priority, then by insertion', () => {
    const sim = new Simulation();
    const order: string[] = [];
    const e1 = sim.event();
    const e2 = sim.event();
    const e3 = sim.event();
    for (const [e, name] of [[e1, 'normal-1'], [e2, 'urgent'], [e3, 'normal-2']] as const)
      e.addWaiter({ onEvent: () => order.push(name) });
    e1.succeed(undefined, NORMAL);
    e2.succeed(undefined, URGENT);
    e3.succeed(undefined, NORMAL);
    sim.run();
    expect(order).toEqual(['urgent', 'normal-1', 'normal-2']);
  });

  it('lets a process wait for another and receive its return value', () => {
    const sim = new Simulation();
    const child = sim.process((function* () {
      yield sim.timeout(4);
      return 42;
    })());
    let got: unknown;
    sim.process((function* () {
      got = yield child;
      got = [got, sim.now];
    })());
    sim.run();
    expect(got).toEqual([42, 4]);
  });

  it('continues at once when yielding an event that already happened', () => {
    const sim = new Simulation();
    const done = sim.timeout(1, 'v');
    const seen: [number, unknown][] = [];
    sim.process((function* () {
      yield sim.timeout(3);
      seen.push([sim.now, yield done]);
    })());
    sim.run();
    expect(seen).toEqual([[3, 'v']]);
  });

  it('anyOf fires with the first event, allOf with every value in order', () => {
    const sim = new Simulation();
    const out: unknown[] = [];
    sim.process((function* () {
      const slow = sim.timeout(5, 'slow');
      const fast = sim.timeout(2, 'fast');
      const first = (yield sim.anyOf([slow, fast])) as { value: unknown };
      out.push([sim.now, first.value]);
      const all = yield sim.allOf([sim.timeout(1, 'x'), slow]);
      out.push([sim.now, all]);
    })());
    sim.run();
    expect(out).toEqual([[2, 'fast'], [5, ['x', 'slow']]]);
  });

  it('runUntil fires events up to and including the bound and stops the clock there', () => {
    const sim = new Simulation();
    const fired: number[] = [];
    for (const t of [1, 2, 2, 3]) sim.timeout(t).addWaiter({ onEvent: () => fired.push(sim.now) });
    sim.runUntil(2);
    expect(fired).toEqual([1, 2, 2]);
    expect(sim.now).toBe(2);
    sim.runUntil(2.5);
    expect(sim.now).toBe(2.5);
    expect(() => sim.runUntil(1)).toThrow(/back in time/);
    sim.runUntil(10);
    expect(fired).toEqual([1, 2, 2, 3]);
  });

  it('step fires one event at a time', () => {
    const sim = new Simulation();
    sim.timeout(1);
    sim.timeout(7);
    expect(sim.step()).toBe(true);
    expect(sim.now).toBe(1);
    expect(sim.peek()).toBe(7);
    expect(sim.step()).toBe(true);
    expect(sim.step()).toBe(false);
  });

  it('fails the run loudly when a process throws and nobody waits on it', () => {
    const sim = new Simulation();
    sim.process((function* () {
      yield sim.timeout(1);
      throw new Error('crane fell over');
    })());
    expect(() => sim.run()).toThrow('crane fell over');
  });

  it('throws a failure into a waiting process, which may handle it', () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const failing = sim.process((function* () {
      yield sim.timeout(2);
      throw new Error('no box');
    })());
    sim.process((function* () {
      try {
        yield failing;
      } catch (e) {
        trace.push([sim.now, 'waiter', (e as Error).message]);
      }
    })());
    sim.run();
    expect(trace).toEqual([[2, 'waiter', 'no box']]);
  });

  it('rejects a yielded non-event with a clear error', () => {
    const sim = new Simulation();
    sim.process((function* () {
      yield 5 as never;
    })(), 'bad');
    expect(() => sim.run()).toThrow('bad yielded 5; a process may only yield events');
  });
});

describe('Simulation: interrupts', () => {
  it('throws an Interrupt into the process, which stops waiting and goes on', () => {
    const sim = new Simulation();
    const trace: Trace = [];
    const art = sim.process((function* () {
      try {
        yield sim.timeout(10);
        trace.push([sim.now, 'art', 'arrived']);
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        trace.push([sim.now, 'art', `interrupted: ${String(e.cause)}`]);
        yield sim.timeout(1);
        trace.push([sim.now, 'art', 'rerouted']);
      }
    })());
    sim.process((function* () {
      yield sim.timeout(3);
      art.interrupt('low battery');
    })());
    sim.run();
    expect(trace).toEqual([
      [3, 'art', 'interrupted: low battery'],
      [4, 'art', 'rerouted'],
    ]);
  });

  it('refuses to interrupt a process that has ended', () => {
    const sim = new Simulation();
    const p = sim.process((function* () {
      yield sim.timeout(1);
    })(), 'short');
    sim.run();
    expect(() => p.interrupt()).toThrow('short has ended');
  });
});

describe('Simulation: running to the end', () => {
  it('runUntil(Infinity) drains the event list and stops', () => {
    const sim = new Simulation();
    sim.timeout(4);
    sim.runUntil(Infinity);
    expect(sim.pending).toBe(0);
    expect(sim.now).toBe(Infinity);
  });
});
