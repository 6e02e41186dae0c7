import { describe, expect, it } from 'vitest';
import { createDualCycle } from './dualCycle';
import { createEnergyAware } from './energyAware';
import { fcfs } from './fcfs';
import { createLookahead } from './lookahead';
import { nearest } from './nearest';
import { createPooledLap } from './pooledLap';
import { handSnapshot } from './testing/handSnapshot';

// key points on a straight road, metres: travel time is distance / 5 m/s
const road = [0, 90, 100, 200, 1000];

describe('strategies on hand-built snapshots', () => {
  it('nearest takes jobs in due order, each to the closest free vehicle; fcfs to the longest free', () => {
    const s = handSnapshot({
      positionsM: road,
      vehicles: [{ at: 0, freeSinceS: 0 }, { at: 4, freeSinceS: 5 }],
      jobs: [{ origin: 4, dueS: 100, crane: 0 }, { origin: 1, dueS: 200, crane: 1 }],
    });
    expect(nearest.decide(s)).toEqual([{ vehicle: 1, job: 0 }, { vehicle: 0, job: 1 }]);
    expect(fcfs.decide(s)).toEqual([{ vehicle: 0, job: 0 }, { vehicle: 1, job: 1 }]);
  });

  it('pooled-lap finds the pairing with less driving where the greedy rule does not', () => {
    // greedy by due time: job 0 (at 90 m) to the vehicle at 100 m, then job 1 (at 200 m) to the one at 0 m: 210 m
    // optimal: 90 m + 100 m = 190 m
    const s = handSnapshot({
      positionsM: road,
      vehicles: [{ at: 0 }, { at: 2 }],
      jobs: [{ origin: 1, dueS: 0, crane: 0 }, { origin: 3, dueS: 1, crane: 1 }],
      cranes: 2,
    });
    expect(nearest.decide(s)).toEqual([{ vehicle: 1, job: 0 }, { vehicle: 0, job: 1 }]);
    expect(createPooledLap().decide(s)).toEqual([{ vehicle: 0, job: 0 }, { vehicle: 1, job: 1 }]);
  });

  it('pooled-lap leaves a job for a vehicle about to be free nearby rather than send a far one', () => {
    const s = handSnapshot({
      positionsM: road,
      vehicles: [{ at: 4 }, { at: 3, free: false, state: 'loaded', expectedFreeS: 30, expectedFreeAt: 0 }],
      jobs: [{ origin: 0, dueS: 60 }],
    });
    expect(createPooledLap().decide(s)).toEqual([]);
    // once that vehicle's forecast is overdue it no longer counts, and the far one goes
    const late = handSnapshot({
      timeS: 40,
      positionsM: road,
      vehicles: [{ at: 4 }, { at: 3, free: false, state: 'loaded', expectedFreeS: 30, expectedFreeAt: 0 }],
      jobs: [{ origin: 0, dueS: 60 }],
    });
    expect(createPooledLap().decide(late)).toEqual([{ vehicle: 0, job: 0 }]);
  });

  it("pooled-lap pairs by cost alone: the crane's order is the dispatcher's to keep", () => {
    // the matching pairs the vehicle at 200 m with the second job (at 200 m); the dispatcher then
    // gives it the crane's first job (dispatcherLiveness.test.ts)
    const s = handSnapshot({
      positionsM: road,
      vehicles: [{ at: 3 }, { at: 0, free: false, state: 'loaded', expectedFreeS: 10, expectedFreeAt: 0 }],
      jobs: [{ origin: 0, dueS: 100, sequence: 0 }, { origin: 3, dueS: 200, sequence: 1 }],
    });
    expect(createPooledLap().decide(s)).toEqual([{ vehicle: 0, job: 1 }]);
  });

  it('pooled-lap sends a short fleet to the crane that has waited longest, not only to the nearest work', () => {
    // job 0 (crane 0) is 90 m away and due now; job 1 (crane 1) is 1,000 m away and its crane has
    // waited an hour: cost 18 + 3·(18 − 240) = −648 against 200 + 3·(3,800 − 3,840) − 3,600 = −3,520
    const s = handSnapshot({
      timeS: 3600,
      positionsM: road,
      vehicles: [{ at: 0 }],
      jobs: [{ origin: 1, dueS: 3600, crane: 0 }, { origin: 4, dueS: 0, crane: 1 }],
      cranes: 2,
    });
    expect(createPooledLap().decide(s)).toEqual([{ vehicle: 0, job: 1 }]);
    // had it waited only a minute, the near job would win: 200 + 3·(3,800 − 3,540 − 300) − 60 = 20
    const fresh = handSnapshot({ timeS: 3600, positionsM: road, vehicles: [{ at: 0 }], jobs: [{ origin: 1, dueS: 3600, crane: 0 }, { origin: 4, dueS: 3540, crane: 1 }], cranes: 2 });
    expect(createPooledLap().decide(fresh)).toEqual([{ vehicle: 0, job: 0 }]);
  });

  it('lookahead sees further ahead and does not commit a vehicle far too early, except to the front job', () => {
    const strategy = createLookahead();
    expect(strategy.lookaheadJobs).toBe(20);
    const s = handSnapshot({
      positionsM: road,
      vehicles: [{ at: 0 }, { at: 1 }],
      jobs: [{ origin: 0, dueS: 1000, sequence: 0 }, { origin: 1, dueS: 2000, sequence: 1 }],
    });
    expect(strategy.decide(s)).toEqual([{ vehicle: 0, job: 0 }]);
  });

  it('dual-cycle gives a load and the discharge right after it to one vehicle, with the cranes in dual-cycling mode', () => {
    const strategy = createDualCycle();
    expect(strategy.dualCycling).toBe(true);
    const s = handSnapshot({
      positionsM: road,
      vehicles: [{ at: 0 }, { at: 4 }],
      jobs: [{ kind: 'load', origin: 3, sequence: 4, lastSequence: 4, dueS: 100 }, { kind: 'discharge', origin: 0, sequence: 5, lastSequence: 5, dueS: 190 }],
    });
    expect(strategy.decide(s)).toEqual([{ vehicle: 0, job: 0, then: 1 }]);
  });

  it('energy-aware never gives a job the vehicle could not finish with a reserve, and charges idle vehicles while plugs are free', () => {
    const strategy = createEnergyAware();
    // vehicle 0 is next to the job but has 15 kWh: 2 km loaded at 2 kWh/km leaves less than the 14 kWh reserve
    const s = handSnapshot({
      positionsM: [0, 100, 2100],
      vehicles: [{ at: 0, socKWh: 15, soc: 15 / 280 }, { at: 1, socKWh: 250, soc: 250 / 280 }],
      jobs: [{ origin: 0, destination: 2, dueS: 0 }],
      chargers: [{ at: 0, plugs: 2, busy: 0 }],
    });
    expect(strategy.decide(s)).toEqual([{ vehicle: 1, job: 0 }, { vehicle: 0, charge: true }]);
    // no free plug: the idle vehicle stays (the model's own threshold still applies)
    const full = handSnapshot({ ...{ positionsM: [0, 100, 2100] }, vehicles: [{ at: 0, socKWh: 15, soc: 15 / 280 }], jobs: [], chargers: [{ at: 0, plugs: 2, busy: 2 }] });
    expect(strategy.decide(full)).toEqual([]);
  });
});
