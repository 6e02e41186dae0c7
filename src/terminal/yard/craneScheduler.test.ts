import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Simulation, type ProcessBody } from '../../sim';
import type { Terminal } from '../model';
import { BlockCranes, type CraneLeg, type RailCrane } from './craneScheduler';
import type { IdleJob } from './idleWork';
import { serviceKey } from './serviceKey';

interface Move {
  crane: number;
  t0: number;
  t1: number;
  from: number;
  to: number;
  lo: number;
  hi: number;
  pushed: boolean;
}

/** A block of `bays` bays with cranes at `at` (west to east), 1 s of gantry per bay, everything recorded. */
function block(bays: number, at: number[], idle: (crane: number) => IdleJob | null = () => null, separation = 2) {
  const sim = new Simulation();
  const cranes: RailCrane[] = at.map((bay, i) => ({ id: `C${i}`, bay }));
  const moves: Move[] = [];
  const interference: { crane: number; t0: number; t1: number }[] = [];
  const loads = cranes.map(() => ({ count: 0, queueLength: 0 }));
  const s = new BlockCranes(
    {
      sim,
      name: 'T',
      bays,
      separation,
      gantryS: (a, b) => Math.abs(a - b),
      moved: (c, t0, t1, from, to, lo, hi, rehandles) => moves.push({ crane: cranes.indexOf(c), t0, t1, from, to, lo, hi, pushed: rehandles < 0 }),
      interfered: (c, t0, t1) => interference.push({ crane: cranes.indexOf(c), t0, t1 }),
      idleWork: (c) => idle(cranes.indexOf(c)),
      cutShort: () => {},
    },
    cranes,
    loads,
  );
  return { sim, s, cranes, moves, interference, loads };
}

type Legs = { lo: number; hi: number; toBay: number; s: number }[];

const legsOf = (legs: Legs): CraneLeg<RailCrane>[] => legs.map((l) => ({ lo: l.lo, hi: l.hi, toBay: l.toBay, rehandles: 0, durationS: () => l.s }));

/** Legs that take their travel (1 s a bay, as gantryS: to the far end and on to where they end) plus `s`. */
const travelledLegsOf = (legs: Legs): CraneLeg<RailCrane>[] =>
  legs.map((l) => ({
    lo: l.lo,
    hi: l.hi,
    toBay: l.toBay,
    rehandles: 0,
    durationS: (c: RailCrane) => Math.min(Math.abs(c.bay - Math.min(c.bay, l.lo)) + (Math.max(c.bay, l.hi) - Math.min(c.bay, l.lo)), Math.abs(c.bay - Math.max(c.bay, l.hi)) + (Math.max(c.bay, l.hi) - Math.min(c.bay, l.lo))) + Math.max(Math.abs(l.toBay - l.lo), Math.abs(l.toBay - l.hi)) + l.s,
  }));

/** A request at `atS` for `bay`, served in `key` order, whose legs turn out to be `legs` once granted. */
function* requester(b: ReturnType<typeof block>, atS: number, key: number, bay: number, legs: Legs, done: { startS: number; endS: number; crane: number }[], travel = false): ProcessBody {
  yield b.sim.timeout(atS);
  const job = b.s.request(key, bay);
  yield job.granted!;
  const startAt = b.moves.length;
  const crane = yield* b.s.occupy(job, travel ? travelledLegsOf(legs) : legsOf(legs));
  const first = b.moves.slice(startAt).find((m) => !m.pushed && m.crane === b.cranes.indexOf(crane));
  done.push({ startS: first?.t0 ?? NaN, endS: b.sim.now, crane: b.cranes.indexOf(crane) });
  b.s.release(job);
}

/**
 * Independent of the scheduler's own check: from the recorded moves, where each crane may be at any
 * time, adjacent cranes must keep `sep` bays apart, in order. A crane on a move is within the move's
 * bays, and no farther from where it started than it could gantry (1 bay/s) since; one pushed aside
 * moves straight at that speed; one still stands where its last move ended. Checked every 0.25 s
 * and at every start and end.
 */
function separationProblems(moves: Move[], start: number[], sep: number, endS: number): string[] {
  const byCrane = start.map((_, c) => moves.filter((m) => m.crane === c).sort((a, b) => a.t0 - b.t0));
  const problems: string[] = [];
  byCrane.forEach((own, c) => {
    own.forEach((m, k) => {
      if (k > 0 && m.t0 < own[k - 1].t1 - 1e-9) problems.push(`crane ${c} starts a move at ${m.t0} before its last ends at ${own[k - 1].t1}`);
      const startBay = k > 0 ? own[k - 1].to : start[c];
      if (m.from !== startBay || m.lo > Math.min(m.from, m.to) || m.hi < Math.max(m.from, m.to)) problems.push(`crane ${c}'s move at ${m.t0} does not start where it stood or leaves its bays`);
    });
  });
  /** the bays crane c may be over at time s */
  const where = (c: number, s: number): [number, number] => {
    const own = byCrane[c];
    let at = start[c];
    for (const m of own) {
      if (m.t0 > s) break;
      if (s <= m.t1) {
        const e = s - m.t0;
        if (m.pushed) {
          const x = m.t1 > m.t0 ? m.from + ((m.to - m.from) * e) / (m.t1 - m.t0) : m.to;
          return [x, x];
        }
        return [Math.max(m.lo, m.from - e), Math.min(m.hi, m.from + e)];
      }
      at = m.to;
    }
    return [at, at];
  };
  const times = new Set<number>();
  for (const m of moves) for (let s = m.t0; s <= m.t1; s += 0.25) times.add(s);
  for (const m of moves) [m.t0, m.t1].forEach((s) => times.add(s));
  times.add(endS);
  for (const s of times)
    for (let c = 0; c + 1 < start.length; c++) {
      const [, aHi] = where(c, s);
      const [bLo] = where(c + 1, s);
      if (aHi + sep > bLo + 1e-9) problems.push(`at ${s} s crane ${c} may be at bay ${aHi} and crane ${c + 1} at ${bLo}`);
    }
  return problems;
}

describe('BlockCranes: cranes sharing a block without passing', () => {
  it('never lets cranes pass or come closer than the separation, does every job once, and never deadlocks (random jobs)', () => {
    const leg = (bays: number) =>
      fc.tuple(fc.integer({ min: 0, max: bays - 1 }), fc.integer({ min: 0, max: bays - 1 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 120 })).map(([a, b, pick, s]) => {
        const lo = Math.min(a, b);
        const hi = Math.max(a, b);
        return { lo, hi, toBay: [lo, hi, a, b][pick], s };
      });
    const scenario = fc.integer({ min: 2, max: 3 }).chain((n) =>
      fc.integer({ min: 4 * (n - 1) + 1, max: 30 }).chain((bays) =>
        fc.record({
          n: fc.constant(n),
          bays: fc.constant(bays),
          jobs: fc.array(
            fc.record({ atS: fc.integer({ min: 0, max: 600 }), key: fc.integer({ min: 0, max: 2000 }), bay: fc.integer({ min: 0, max: bays - 1 }), legs: fc.array(leg(bays), { minLength: 1, maxLength: 4 }) }),
            { minLength: 1, maxLength: 40 },
          ),
        }),
      ),
    );
    fc.assert(
      fc.property(scenario, ({ n, bays, jobs }) => {
        const start = Array.from({ length: n }, (_, i) => Math.floor((i * bays) / n));
        const b = block(bays, start);
        const done: { startS: number; endS: number; crane: number }[] = [];
        // a job's legs start where the request asked for: the first leg covers the requested bay
        for (const j of jobs) {
          const legs = j.legs.map((l, i) => (i === 0 ? { ...l, lo: Math.min(l.lo, j.bay), hi: Math.max(l.hi, j.bay) } : l));
          b.sim.process(requester(b, j.atS, j.key, j.bay, legs, done, true));
        }
        b.sim.run();
        expect(done).toHaveLength(jobs.length); // every job done, once; none left waiting (no deadlock)
        expect(b.loads.every((l) => l.count === 0 && l.queueLength === 0)).toBe(true);
        expect(separationProblems(b.moves, start, 2, b.sim.now)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('counts interference exactly: a crane waits for the other to finish, then pushes it aside', () => {
    // 20 bays, cranes at 0 and 10, 2 bays apart at least; bay 1 is the west crane's alone
    const b = block(20, [0, 10]);
    const done: { startS: number; endS: number; crane: number }[] = [];
    // t = 0: a job at bay 8; the east crane is nearer (2 bays vs 8) and takes it, busy 100 s at 8–10
    b.sim.process(requester(b, 0, 0, 8, [{ lo: 8, hi: 8, toBay: 8, s: 100 }], done));
    // t = 1: a dig at bay 1 whose rehandles go up to bay 7: the west crane needs bays 0–7, so the
    // east crane must be at 9 or beyond; it is working at 8–10 until t = 100, then stands at 8 and
    // is pushed to 9 (1 bay, 1 s) as the dig starts at t = 100, moving away as the west crane comes
    b.sim.process(requester(b, 1, 1, 1, [{ lo: 1, hi: 7, toBay: 1, s: 100 }], done));
    b.sim.run();
    expect(done).toEqual([
      { startS: 0, endS: 100, crane: 1 },
      { startS: 100, endS: 200, crane: 0 },
    ]);
    expect(b.moves.filter((m) => m.pushed)).toEqual([{ crane: 1, t0: 100, t1: 101, from: 8, to: 9, lo: 8, hi: 9, pushed: true }]);
    // pushed 100…101 (the east crane) + waiting t = 1…100 (the west crane)
    expect(b.interference).toEqual([
      { crane: 1, t0: 100, t1: 101 },
      { crane: 0, t0: 1, t1: 100 },
    ]);
    const busyS = b.moves.reduce((s, m) => s + m.t1 - m.t0, 0);
    expect(busyS).toBe(201);
    expect(separationProblems(b.moves, [0, 10], 2, b.sim.now)).toEqual([]);
  });

  it('hands a job in the east end bays to the east crane, and moves a job to the crane that reaches its bays', () => {
    const b = block(20, [0, 10]);
    const done: { startS: number; endS: number; crane: number }[] = [];
    // bay 19 is beyond the west crane's reach (17): the east crane takes it although it is busy
    b.sim.process(requester(b, 0, 0, 12, [{ lo: 12, hi: 12, toBay: 12, s: 50 }], done));
    b.sim.process(requester(b, 1, 1, 19, [{ lo: 19, hi: 19, toBay: 19, s: 10 }], done));
    // granted at bay 5 to the west crane, the dig turns out to visit bay 18 too: only the east crane reaches it
    b.sim.process(requester(b, 200, 2, 5, [{ lo: 5, hi: 18, toBay: 5, s: 10 }], done));
    b.sim.run();
    expect(done.map((d) => d.crane)).toEqual([1, 1, 1]);
    expect(done[1].startS).toBe(50);
    expect(separationProblems(b.moves, [0, 10], 2, b.sim.now)).toEqual([]);
  });

  it('runs idle work only when nothing queued can be done, and a request waits for one idle job at most', () => {
    const performed: number[] = [];
    let offered = 0;
    const b = block(20, [0, 10], (crane) => {
      if (crane !== 0 || offered >= 3) return null;
      offered++;
      return { fromBay: 2, toBay: 4, durationS: 30, perform: () => performed.push(b.sim.now) };
    });
    const done: { startS: number; endS: number; crane: number }[] = [];
    // a request for crane 0 at t = 0 (10 s); when it ends crane 0 has nothing queued and starts
    // housekeeping (30 s); a request only it can serve comes at t = 20 and waits for that one idle
    // job; then the housekeeping goes on
    b.sim.process(requester(b, 0, 0, 1, [{ lo: 1, hi: 1, toBay: 1, s: 10 }], done));
    b.sim.process(requester(b, 20, 1, 1, [{ lo: 1, hi: 1, toBay: 1, s: 10 }], done));
    b.sim.run();
    expect(performed).toEqual([10, 50, 80]); // each at its start
    expect(done).toEqual([
      { startS: 0, endS: 10, crane: 0 },
      { startS: 40, endS: 50, crane: 0 }, // waited 20 s: the rest of one idle job
    ]);
    expect(b.moves.filter((m) => m.crane === 0).map((m) => [m.t0, m.t1, m.lo, m.hi])).toEqual([
      [0, 10, 0, 1],
      [10, 40, 1, 4],
      [40, 50, 1, 4],
      [50, 80, 1, 4],
      [80, 110, 2, 4],
    ]);
  });
});

describe('serviceRule balanced: a truck is started within its bound however busy the sea side', () => {
  /**
   * One crane, ART retrievals every 40 s taking 50 s each (more than the crane can do: the sea
   * queue only grows), each due `leadS` after it is asked for; a truck asks at 1010 s. Its key is
   * 1010 + 600 = 1610 s. Keys are never below request times, so from t = 1610 nothing new goes ahead
   * of it: it starts by 1610 + what is left of the job in service then + the work of the jobs still
   * queued that are due earlier (docs/model.md).
   */
  function run(rule: 'balanced' | 'quay-first', leadS: number): { truckS: number; bound: number } {
    const b = block(10, [0]);
    const t = { sim: b.sim, scenario: { yard: { serviceRule: rule, truckWaitBoundS: 600 } } } as unknown as Terminal;
    const log: { key: number; startS: number; endS: number; truck: boolean }[] = [];
    function* request(atS: number, side: 'sea' | 'land'): ProcessBody {
      yield b.sim.timeout(atS);
      const key = serviceKey(t, side, side === 'sea' ? atS + leadS : undefined);
      const job = b.s.request(key, 0);
      yield job.granted!;
      yield* b.s.occupy(job, legsOf([{ lo: 0, hi: 0, toBay: 0, s: 50 }]));
      log.push({ key, startS: b.sim.now - 50, endS: b.sim.now, truck: side === 'land' });
      b.s.release(job);
    }
    for (let a = 0; a < 4000; a += 40) b.sim.process(request(a, 'sea'));
    b.sim.process(request(1010, 'land'));
    b.sim.run();
    const truck = log.find((j) => j.truck)!;
    const K = truck.key;
    const inService = log.find((j) => j.startS < K && j.endS > K);
    const dueEarlierQueued = log.filter((j) => !j.truck && j.key < K && j.startS >= K).reduce((s, j) => s + (j.endS - j.startS), 0);
    return { truckS: truck.startS, bound: K + (inService ? inService.endS - K : 0) + dueEarlierQueued };
  }

  it('ART boxes fetched 20 min ahead: the truck goes next after the job in service', () => {
    const { truckS, bound } = run('balanced', 1200);
    expect(truckS).toBe(1050);
    expect(truckS).toBeLessThanOrEqual(bound);
  });

  it('ART boxes due 5 min ahead: the truck waits for those due before it, and no more', () => {
    // due before 1610 s: the 33 retrievals asked for before 1310 s, back to back from t = 0
    const { truckS, bound } = run('balanced', 300);
    expect(truckS).toBe(33 * 50);
    expect(truckS).toBeLessThanOrEqual(bound);
  });

  it('under quay-first the same truck waits until the sea side has nothing queued', () => {
    expect(run('quay-first', 1200).truckS).toBe(100 * 50);
  });
});
