import { describe, expect, it } from 'vitest';
import { Interrupt, Resource, Simulation, Store, type ProcessBody } from './index';

type Trace = [number, string, string][];

describe('Resource', () => {
  it('serves a capacity-2 charger FIFO and queues the rest', () => {
    const sim = new Simulation();
    const charger = new Resource(sim, 2, 'charger');
    const trace: Trace = [];
    const art = function* (name: string, arriveS: number, chargeS: number): ProcessBody {
      yield sim.timeout(arriveS);
      const plug = charger.request();
      yield plug;
      trace.push([sim.now, name, 'plugged']);
      yield sim.timeout(chargeS);
      plug.release();
      trace.push([sim.now, name, 'unplugged']);
    };
    sim.process(art('A1', 0, 10));
    sim.process(art('A2', 1, 4));
    sim.process(art('A3', 2, 3));
    sim.process(art('A4', 3, 1));
    sim.run();
    expect(trace).toEqual([
      [0, 'A1', 'plugged'],
      [1, 'A2', 'plugged'],
      [5, 'A2', 'unplugged'],
      [5, 'A3', 'plugged'],
      [8, 'A3', 'unplugged'],
      [8, 'A4', 'plugged'],
      [9, 'A4', 'unplugged'],
      [10, 'A1', 'unplugged'],
    ]);
    expect(charger.count).toBe(0);
  });

  it('serves queued requests by priority, FIFO within a priority', () => {
    const sim = new Simulation();
    const crane = new Resource(sim, 1, 'yard crane');
    const order: string[] = [];
    const job = function* (name: string, priority: number): ProcessBody {
      const req = crane.request(priority);
      yield req;
      order.push(name);
      yield sim.timeout(1);
      req.release();
    };
    sim.process(job('first', 5));
    sim.process(job('gate-1', 2));
    sim.process(job('gate-2', 2));
    sim.process(job('quay-1', 0));
    sim.process(job('quay-2', 0));
    sim.run();
    expect(order).toEqual(['first', 'quay-1', 'quay-2', 'gate-1', 'gate-2']);
  });

  it('lets an interrupted process withdraw its queued request', () => {
    const sim = new Simulation();
    const plug = new Resource(sim, 1);
    const trace: Trace = [];
    sim.process((function* () {
      const r = plug.request();
      yield r;
      yield sim.timeout(10);
      r.release();
    })());
    const waiter = sim.process((function* () {
      const r = plug.request();
      try {
        yield r;
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        r.release();
        trace.push([sim.now, 'waiter', 'gave up']);
      }
    })());
    sim.process((function* () {
      yield sim.timeout(2);
      waiter.interrupt('job assigned');
    })());
    sim.run();
    expect(trace).toEqual([[2, 'waiter', 'gave up']]);
    expect(plug.queueLength).toBe(0);
  });

  it('refuses a unit released twice', () => {
    const sim = new Simulation();
    const res = new Resource(sim, 1, 'lane');
    const r = res.request();
    r.release();
    expect(() => r.release()).toThrow('lane: released a request that holds no unit');
  });
});

describe('Store', () => {
  it('hands items over first in, first out, and blocks getters until a put', () => {
    const sim = new Simulation();
    const jobs = new Store<string>(sim);
    const trace: Trace = [];
    sim.process((function* () {
      for (const j of ['J1', 'J2', 'J3']) {
        yield sim.timeout(2);
        yield jobs.put(j);
      }
    })());
    for (const v of ['V1', 'V2']) {
      sim.process((function* () {
        for (;;) {
          const job = (yield jobs.get()) as string;
          trace.push([sim.now, v, job]);
          yield sim.timeout(5);
        }
      })());
    }
    sim.run();
    expect(trace).toEqual([
      [2, 'V1', 'J1'],
      [4, 'V2', 'J2'],
      [7, 'V1', 'J3'],
    ]);
  });

  it('serves a filtered get with the oldest matching item without blocking other gets', () => {
    const sim = new Simulation();
    const boxes = new Store<{ id: string; size: 20 | 40 }>(sim);
    const got: [string, string][] = [];
    sim.process((function* () {
      const box = (yield boxes.get((b) => b.size === 40)) as { id: string };
      got.push(['forty', box.id]);
    })());
    sim.process((function* () {
      const box = (yield boxes.get()) as { id: string };
      got.push(['any', box.id]);
    })());
    boxes.put({ id: 'A', size: 20 });
    boxes.put({ id: 'B', size: 40 });
    boxes.put({ id: 'C', size: 40 });
    sim.run();
    expect(got).toEqual([
      ['forty', 'B'],
      ['any', 'A'],
    ]);
    expect(boxes.items.map((b) => b.id)).toEqual(['C']);
  });

  it('makes a put wait while the store is full', () => {
    const sim = new Simulation();
    const lane = new Store<number>(sim, 1);
    const trace: Trace = [];
    sim.process((function* () {
      for (let i = 1; i <= 2; i++) {
        yield lane.put(i);
        trace.push([sim.now, 'put', String(i)]);
      }
    })());
    sim.process((function* () {
      yield sim.timeout(3);
      trace.push([sim.now, 'got', String(yield lane.get())]);
    })());
    sim.run();
    expect(trace).toEqual([
      [0, 'put', '1'],
      // the get is served first; that frees the space the waiting put then takes
      [3, 'got', '1'],
      [3, 'put', '2'],
    ]);
  });
});
