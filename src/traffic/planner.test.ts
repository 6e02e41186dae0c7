import { describe, expect, it } from 'vitest';
import { commitTrip, planTrip, type TripMotion, type TripPlan, type TripResources, type TripWait } from './planner';
import { ReservationTable } from './reservations';
import { handNetwork, lane, MOTION, type HandNetwork } from './testing/lanes';

// Every case: 5 m/s, body and gap 20 m (testing/lanes MOTION: a hold ends 4 s after the front has
// left the resource), a stop on the road costs 3 s. The rule by hand: a trip leaves its bay as soon
// as its first stretch is free, drives to the last stop point (a cell end whose last 20 m hold no
// zone) before a resource held by an earlier trip, stands there, and pulls away 3 s after the holder
// has let go, timed so its front reaches that resource just then.

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-6);

function expectWaits(actual: TripWait[], expected: TripWait[]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((w, k) => {
    const e = expected[k];
    expect([w.resource, w.blocker, w.onRoad]).toEqual([e.resource, e.blocker, e.onRoad]);
    close(w.atM, e.atM);
    close(w.fromS, e.fromS);
    close(w.toS, e.toS);
  });
}

function expectPlan(plan: TripPlan, departS: number, arriveS: number, waits: TripWait[]): void {
  close(plan.departS, departS);
  close(plan.arriveS, arriveS);
  expectWaits(plan.waits, waits);
}

/** Plans and commits `trips` one after the other, each for its own owner 0, 1, ..., from its earliest time. */
function planInTurn(h: HandNetwork, trips: { trip: TripResources; earliestS: number }[], motion: TripMotion = MOTION, table = new ReservationTable(h.net.resourceCount)): TripPlan[] {
  return trips.map(({ trip, earliestS }, owner) => {
    const plan = planTrip(h.net, table, trip, motion, owner, 0, earliestS);
    commitTrip(table, trip, plan, owner);
    return plan;
  });
}

describe('two vehicles meeting at a crossing', () => {
  // The cross of network.test: H east and V north, 206 m each, crossing at 103 m. Along either: ten
  // 10 m cells (route metres 0–100), the zone (100–106: 3 m before the node, 3 m after), ten cells.
  const h = handNetwork([lane('H', false, -103, 0, 0, 0, 103, 0), lane('V', false, 0, -103, 0, 0, 0, 103)]);
  const ZONE = 0;
  const alongH = h.tripOf(['H', -103, 0], ['H', 103, 0]);
  const alongV = h.tripOf(['V', 0, -103], ['V', 0, 103]);
  const zoneIndex = 10; // the zone's index on either route

  it('lets the first one through unhindered: 206 m at 5 m/s, the zone held from 20 s (front at 100 m) to 25.2 s (front at 106 + 20 m)', () => {
    const [a] = planInTurn(h, [{ trip: alongH, earliestS: 0 }]);
    expectPlan(a, 0, 41.2, []);
    close(a.holdFromS[zoneIndex], 20);
    close(a.holdToS[zoneIndex], 25.2);
    // the last cell (196–206 m) until body and gap have pulled off at speed: 41.2 + 20 / 5
    close(a.holdToS[20], 45.2);
  });

  it('stops the second at the crossing: front at 100 m from 20 s, away at 25.2 + 3 = 28.2 s, there at 28.2 + 106 / 5 = 49.4 s', () => {
    const [, b] = planInTurn(h, [
      { trip: alongH, earliestS: 0 },
      { trip: alongV, earliestS: 0 },
    ]);
    // it leaves at once: its first cells are free; stop point 100 m (end of the cell V 90–100 m,
    // its last 20 m clear of the zone) is the last before the zone
    expectPlan(b, 0, 49.4, [{ atM: 100, fromS: 20, toS: 28.2, resource: ZONE, blocker: 0, onRoad: true }]);
    // it takes the zone as it pulls away, and holds it until its front is at 126 m: 28.2 + 26 / 5
    close(b.holdFromS[zoneIndex], 28.2);
    close(b.holdToS[zoneIndex], 33.4);
    // standing, it holds the cells under its body and gap, V 80–90 and 90–100 m, until it has
    // driven past them: 28.2 + (110 − 100) / 5 and 28.2 + (120 − 100) / 5
    close(b.holdToS[8], 30.2);
    close(b.holdToS[9], 32.2);
    // V 70–80 m is behind body and gap (its end + 20 m = 100 m) as the front reaches the stop
    close(b.holdToS[7], 20);
  });

  it('gives the crossing to whichever trip was planned first', () => {
    const [v, hz] = planInTurn(h, [
      { trip: alongV, earliestS: 0 },
      { trip: alongH, earliestS: 0 },
    ]);
    expectPlan(v, 0, 41.2, []);
    expectPlan(hz, 0, 49.4, [{ atM: 100, fromS: 20, toS: 28.2, resource: ZONE, blocker: 0, onRoad: true }]);
  });

  it('stops the second for the rest of the first one’s hold: leaving at 3 s it is at the crossing at 23 s, away at 28.2 s', () => {
    const [, b] = planInTurn(h, [
      { trip: alongH, earliestS: 0 },
      { trip: alongV, earliestS: 3 },
    ]);
    expectPlan(b, 3, 49.4, [{ atM: 100, fromS: 23, toS: 28.2, resource: ZONE, blocker: 0, onRoad: true }]);
  });

  it('does not stop the second if it reaches the zone the instant the first one lets go (leaving at 5.2 s: there at 25.2 s)', () => {
    const [, b] = planInTurn(h, [
      { trip: alongH, earliestS: 0 },
      { trip: alongV, earliestS: 5.2 },
    ]);
    expectPlan(b, 5.2, 5.2 + 41.2, []);
    close(b.holdFromS[zoneIndex], 25.2);
  });
});

describe('a queue of three behind a stopped leader', () => {
  // Q, one way (0,0) → (200,0), with 18 m vehicles and a 6 m gap: body and gap 24 m, cells at least
  // 12 m: floor(200 / 12) = 16 cells of 12.5 m. A leader stands with its front at 200 m until
  // 1000 s: it holds the cells under its body and gap, 175–187.5 and 187.5–200 m (cells 14, 15).
  // Three followers drive the lane, planned in turn, each leaving as soon as the one before has
  // cleared the first cell (its end + 24 m = 36.5 m ahead: 7.3 s at 5 m/s).
  const h = handNetwork([lane('Q', false, 0, 0, 200, 0)], { vehicleLengthM: 18, safetyGapM: 6, zoneRadiusM: 3 });
  const motion: TripMotion = { speedMps: 5, bodyM: 24, restartS: 3 };
  const LEADER = 9;
  const trip = h.tripOf(['Q', 0, 0], ['Q', 200, 0]);

  function queue(): TripPlan[] {
    const table = new ReservationTable(h.net.resourceCount);
    table.reserve(14, 0, 1000, LEADER);
    table.reserve(15, 0, 1000, LEADER);
    return planInTurn(h, [0, 1, 2].map(() => ({ trip, earliestS: 0 })), motion, table);
  }

  it('has the lane as 16 cells of 12.5 m', () => {
    expect(h.net.resourceCount).toBe(16);
    expect(Array.from(trip.startM)).toEqual(Array.from({ length: 16 }, (_, k) => 12.5 * k));
  });

  it('stops each follower one body and gap (24 m) rounded up to cell ends (25 m) behind the one ahead: fronts at 175, 150, 125 m', () => {
    const [f1, f2, f3] = queue();
    // F1: on at once, at 175 m at 35 s (the leader's cell 14 starts there), away at 1000 + 3 s,
    // there at 1003 + 25 / 5 = 1008 s
    expectPlan(f1, 0, 1008, [{ atM: 175, fromS: 35, toS: 1003, resource: 14, blocker: LEADER, onRoad: true }]);
    // F2: waits in the bay for F1 to clear cell 0 (7.3 s), at 150 m at 7.3 + 30 = 37.3 s. F1 holds
    // cell 12 (150–162.5 m) until its front is at 162.5 + 24 = 186.5 m: 1003 + 11.5 / 5 = 1005.3 s;
    // F2 away at 1008.3 s, there at 1008.3 + 50 / 5 = 1018.3 s
    expectPlan(f2, 7.3, 1018.3, [
      { atM: 0, fromS: 0, toS: 7.3, resource: 0, blocker: 0, onRoad: false },
      { atM: 150, fromS: 37.3, toS: 1008.3, resource: 12, blocker: 0, onRoad: true },
    ]);
    // F3: cell 0 is F1's until 7.3 s and F2's until 14.6 s; at 125 m at 14.6 + 25 = 39.6 s. F2
    // holds cell 10 (125–137.5 m) until its front is at 161.5 m: 1008.3 + 11.5 / 5 = 1010.6 s; F3
    // away at 1013.6 s, there at 1013.6 + 75 / 5 = 1028.6 s
    expectPlan(f3, 14.6, 1028.6, [
      { atM: 0, fromS: 0, toS: 14.6, resource: 0, blocker: 1, onRoad: false },
      { atM: 125, fromS: 39.6, toS: 1013.6, resource: 10, blocker: 1, onRoad: true },
    ]);
  });

  it('has a follower hold the cells under its body and gap while it stands: F1 at 175 m holds cells 12 and 13 until it has driven past them', () => {
    const [f1] = queue();
    // cell 11 (137.5–150 m) is clear before F1 stops (150 + 24 = 174 m < 175 m): released at 174 / 5 s
    close(f1.holdToS[11], 34.8);
    // cells 12 and 13 end at 162.5 and 175 m: held until the front is at 186.5 and 199 m
    close(f1.holdToS[12], 1003 + 11.5 / 5);
    close(f1.holdToS[13], 1003 + 24 / 5);
  });
});

describe('a merge of two lanes', () => {
  // M1 east (-103,0) → (0,0) and M2 north (0,-103) → (0,0) join into M3 east (0,0) → (103,0). The
  // node has three neighbours: a zone of 3 m on each of the three lanes (9 m). A from M1 and B from
  // M2 both drive 206 m to M3's end: ten cells (0–100 m), the zone (100–106 m), M3's ten cells.
  const h = handNetwork([lane('M1', false, -103, 0, 0, 0), lane('M2', false, 0, -103, 0, 0), lane('M3', false, 0, 0, 103, 0)]);
  const fromM1 = h.tripOf(['M1', -103, 0], ['M3', 103, 0]);
  const fromM2 = h.tripOf(['M2', 0, -103], ['M3', 103, 0]);
  const ZONE = 0;
  const M3_FIRST_CELL = 21; // 106–116 m of either route, 3–13 m of M3

  it('shares the zone and M3’s cells between both routes', () => {
    expect(h.net.names[ZONE]).toBe('zone M1 × M2 × M3');
    expect(h.net.lengthM[ZONE]).toBe(9);
    expect(h.net.names[M3_FIRST_CELL]).toBe('M3 3–13 m');
    expect(Array.from(fromM1.resources.subarray(10))).toEqual(Array.from(fromM2.resources.subarray(10)));
    expect(fromM1.resources[10]).toBe(ZONE);
    expect(fromM2.resources[11]).toBe(M3_FIRST_CELL);
  });

  it('lets A (planned first) through; B, starting at the same time, stops before the merge until A has left the zone', () => {
    const [a, b] = planInTurn(h, [
      { trip: fromM1, earliestS: 0 },
      { trip: fromM2, earliestS: 0 },
    ]);
    expectPlan(a, 0, 41.2, []);
    // A holds the zone over [20, 25.2) s; B at 100 m at 20 s, away at 28.2 s, there at 49.4 s
    expectPlan(b, 0, 49.4, [{ atM: 100, fromS: 20, toS: 28.2, resource: ZONE, blocker: 0, onRoad: true }]);
  });

  it('stops B for the lane after the merge when the zone is free but A’s tail is still in M3’s first cell', () => {
    // B leaves at 5.2 s: at 100 m at 25.2 s, as A lets go of the zone. A holds M3's first cell
    // (106–116 m) until its front is at 136 m: 27.2 s. B's front would enter it at 25.2 + 6 / 5 =
    // 26.4 s: B stands at 100 m and leaves at 27.2 − 1.2 + 3 = 29 s, there at 29 + 106 / 5 = 50.2 s
    const [, b] = planInTurn(h, [
      { trip: fromM1, earliestS: 0 },
      { trip: fromM2, earliestS: 5.2 },
    ]);
    expectPlan(b, 5.2, 50.2, [{ atM: 100, fromS: 25.2, toS: 29, resource: M3_FIRST_CELL, blocker: 0, onRoad: true }]);
  });

  it('lets B follow without a stop 6 s (30 m: a cell and body and gap) behind A', () => {
    // B leaving at 6 s enters M3's first cell at 6 + 106 / 5 = 27.2 s, the instant A lets go of it
    const [a, b] = planInTurn(h, [
      { trip: fromM1, earliestS: 0 },
      { trip: fromM2, earliestS: 6 },
    ]);
    expectPlan(b, 6, 47.2, []);
    close(b.holdFromS[11], a.holdToS[11]);
    close(b.holdFromS[11], 27.2);
  });
});
