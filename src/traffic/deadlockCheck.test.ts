import { describe, expect, it } from 'vitest';
import { InvariantError } from '../terminal/invariantError';
import { handNetwork, lane, laneLayout, type PointOnLane } from './testing/lanes';
import { NaiveZoneControl } from './testing/naiveZoneControl';
import { TrafficControl } from './trafficControl';
import { WaitForGraph } from './waitFor';

// A one-way ring (0,0) → (10,0) → (10,10) → (0,10) → (0,0): 40 m, no junction, so with 15 m
// vehicles and a 5 m gap floor(40 / 10) = 4 cells of 10 m, one per side. The lane's chain starts at
// its second edge, so cell 0 is the east side, 1 the north, 2 the west, 3 the south (edge 0).
const ring = () => handNetwork([lane('RING', false, 0, 0, 10, 0, 10, 10, 0, 10, 0, 0)]);
const NAMES = ['A', 'B', 'C', 'D'];

describe('the wait-for check catches a deliberately deadlocking rule', () => {
  it('has the ring as 4 cells of 10 m, one per side', () => {
    const h = ring();
    expect([h.net.zoneCount, h.net.resourceCount]).toEqual([0, 4]);
    expect(h.net.names).toEqual(['RING 10–20 m', 'RING 20–30 m', 'RING 30–40 m', 'RING 0–10 m']);
    // along the ring, side by side: south (edge 0) is cell 3, then east 0, north 1, west 2
    expect([0, 1, 2, 3].map((e) => h.resourceAt(e, 5))).toEqual([3, 0, 1, 2]);
  });

  /** The cells in driving order, from the south side round: vehicle k stands in the k-th. */
  const cellsInOrder = () => {
    const h = ring();
    return [0, 1, 2, 3].map((e) => h.resourceAt(e, 5));
  };

  it('throws, naming all four, when four vehicles in the four cells of the ring each wait for the next (no look-ahead)', () => {
    const cells = cellsInOrder();
    const waits = new WaitForGraph(4, (v) => NAMES[v]);
    const naive = new NaiveZoneControl(4, 4, waits);
    cells.forEach((cell, v) => naive.place(v, cell));
    // B, C and D want the cell ahead, each held: a chain of waits B → C → D → A, no cycle yet
    for (const v of [1, 2, 3]) expect(naive.moveOn(v, cells[(v + 1) % 4], 10)).toBe(false);
    expect([1, 2, 3].map((v) => waits.waiting(v, 10))).toEqual([2, 3, 0]);
    // A waiting for B closes the cycle: none of the four can ever move
    const closing = () => naive.moveOn(0, cells[1], 10);
    expect(closing).toThrow(InvariantError);
    expect(closing).toThrow('deadlock: A waits for B waits for C waits for D waits for A, all at once from 10.0 s; no vehicle of the cycle can ever move');
  });

  it('lets the naive rule move on while one cell of the ring is free: three vehicles, no cycle', () => {
    const cells = cellsInOrder();
    const waits = new WaitForGraph(3, (v) => NAMES[v]);
    const naive = new NaiveZoneControl(4, 3, waits);
    [0, 1, 2].forEach((v) => naive.place(v, cells[v]));
    // A waits for B, B for C; C moves into the free fourth cell, leaving its own
    expect([naive.moveOn(0, cells[1], 0), naive.moveOn(1, cells[2], 0), naive.moveOn(2, cells[3], 0)]).toEqual([false, false, true]);
    expect([naive.holderOf(cells[2]), naive.holderOf(cells[3])]).toEqual([-1, 2]);
    // C's old cell is free now: B moves on
    expect(naive.moveOn(1, cells[2], 1)).toBe(true);
  });

  it('has no cycle for the same four vehicles and moves under reservations: each trip waits only for trips planned before it', () => {
    // Four places at the middle of each side, vehicles A–D in bays at the south, east, north and
    // west ones, each driving a quarter round (10 m) to the next at 5 m/s, all at 0 s, planned in
    // turn. A: out at once, there at 2 s; it holds the south cell until body and gap (20 m) are past
    // its end, 5 m + 20 m from its start: 5 s, and the east cell from 1 s to 6 s. B starts in the
    // east cell: it waits in its bay until 6 s, there at 8 s. C (north to west) finds its cells
    // free: out at once; D starts in the west cell, C's from 1 s to 6 s: waits until 6 s.
    const h = ring();
    const points: PointOnLane[] = [
      ['RING', 5, 0],
      ['RING', 10, 5],
      ['RING', 5, 10],
      ['RING', 0, 5],
    ];
    const control = new TrafficControl(laneLayout(h.graph, h.lanes), { vehicleLengthM: 15, safetyGapM: 5, zoneRadiusM: 3, restartS: 3, stopEnergyKWh: 0.1 }, 4, (v) => NAMES[v]);
    const places = points.map((p, index) => ({ index, at: h.positionOf(p), keyPoint: -1 }));
    places.forEach((p, v) => control.standAt(v, p, 0));
    const trips = [0, 1, 2, 3].map((v) => control.trip(v, places[v], places[(v + 1) % 4], h.routeOf(points[v], points[(v + 1) % 4]), 5, 0));
    expect(trips.map((t) => [t.departS, t.arriveS])).toEqual([
      [0, 2],
      [6, 8],
      [0, 2],
      [6, 8],
    ]);
    expect(trips.map((t) => t.waits.map((w) => [w.blocker, w.fromS, w.toS, w.onRoad]))).toEqual([[], [[0, 0, 6, false]], [], [[2, 0, 6, false]]]);
  });
});
