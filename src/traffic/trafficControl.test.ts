import { describe, expect, it } from 'vitest';
import { positionAt, type LanePosition } from '../layout';
import { StandingAreas } from './standing';
import { handNetwork, lane, laneLayout, type PointOnLane } from './testing/lanes';
import { TrafficControl, type TrafficSettings } from './trafficControl';

// 15 m vehicles, 5 m gap (body and gap 20 m, cells of 10 m), zones of 3 m, a stop costs 3 s and 0.1 kWh.
const SETTINGS: TrafficSettings = { vehicleLengthM: 15, safetyGapM: 5, zoneRadiusM: 3, restartS: 3, stopEnergyKWh: 0.1 };
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-6);
const closeAll = (actual: ArrayLike<number>, expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((x, k) => close(actual[k], x));
};

/** The cross of network.test (H east, V north, 206 m each, crossing at 103 m) under TrafficControl, places by name. */
function cross() {
  const h = handNetwork([lane('H', false, -103, 0, 0, 0, 103, 0), lane('V', false, 0, -103, 0, 0, 0, 103)]);
  const names = ['A', 'B'];
  const control = new TrafficControl(laneLayout(h.graph, h.lanes), SETTINGS, names.length, (v) => names[v]);
  const positions: Record<string, PointOnLane> = {
    hStart: ['H', -103, 0],
    hEnd: ['H', 103, 0],
    vStart: ['V', 0, -103],
    vMiddle: ['V', 0, 0],
    vEnd: ['V', 0, 103],
  };
  const keys = Object.keys(positions);
  const routeOf = (a: string, b: string) => h.routeOf(positions[a], positions[b]);
  const place = (key: string) => ({ index: keys.indexOf(key), at: h.positionOf(positions[key]), keyPoint: -1 });
  const trip = (vehicle: number, from: string, to: string, now: number) => control.trip(vehicle, place(from), place(to), routeOf(from, to), 5, now);
  return { h, control, place, trip, routeOf };
}

describe('TrafficControl: two vehicles meeting at a crossing', () => {
  it('has the second stop once for 8.2 s (5.2 s for the zone, 3 s to pull away) and draws the stop into its motion', () => {
    const { control, place, trip } = cross();
    control.standAt(0, place('hStart'), 0);
    control.standAt(1, place('vStart'), 0);
    const a = trip(0, 'hStart', 'hEnd', 0);
    expect([a.stops, a.waits.length]).toEqual([0, 0]);
    close(a.delayS, 0);
    const b = trip(1, 'vStart', 'vEnd', 0);
    // as planner.test: B stands with its front at 100 m (3 m before the node) from 20 s to 28.2 s
    expect(b.stops).toBe(1);
    close(b.departS, 0);
    close(b.arriveS, 49.4);
    close(b.delayS, 49.4 - 206 / 5);
    // its bays: 4 m right of the lane (east, heading north) at either end; out of the bay 3 m straight
    // on, onto the lane 10 m further (13 m along the route), off it 10 m before level with the next bay
    // (193 m), 3 m straight into it
    const out = 3 + Math.hypot(4, 10);
    closeAll(b.path, [4, -103, 4, -100, 0, -90, 0, 0, 0, 90, 4, 100, 4, 103]);
    expect(b.onRoute).toEqual({ fromPathM: out, toPathM: out + 180, fromRouteM: 13 });
    // on the route where the plan has it: at 13 m at 2.6 s (pulling out at once, a little hurried),
    // at the stop from 20 to 28.2 s, at 193 m 18.6 s later, in the bay at 5 m/s
    closeAll(b.profile, [0, 0, out, 2.6, out + 87, 20, out + 87, 28.2, out + 180, 46.8, 2 * out + 180, 46.8 + out / 5]);
    const drive = { path: b.path, t0: 0, t1: 46.8 + out / 5, profile: b.profile };
    const at = (t: number) => {
      const p = positionAt(drive, t);
      return [p.x, p.y];
    };
    closeAll(at(10), [0, -53]);
    closeAll(at(24), [0, -3]);
    closeAll(at(30.2), [0, 7]);
    // the wait-for graph has B waiting for A while it stands, not before, not after
    expect([control.waits.waiting(1, 19.9), control.waits.waiting(1, 20), control.waits.waiting(1, 25.1), control.waits.waiting(1, 28.3)]).toEqual([-1, 0, 0, -1]);
  });
});

describe('TrafficControl: the restart after a wait is no wait for anyone', () => {
  // B drives V from its start to the node (0, 0), 103 m: there at 20.6 s, it holds the zone from
  // 20 s until body and gap are past 103 + 20 m: 20.6 + 20 / 5 = 24.6 s, when it has pulled off
  // into its bay beside the node. A, planned next, drives H: at its stop 3 m before the node at
  // 20 s, it stands until B has let go (24.6 s) plus the restart: away at 27.6 s, holding the
  // zone until its front is at 126 m: 27.6 + 26 / 5 = 32.8 s. B's next trip, from the node on up V,
  // planned as it arrives (20.6 s) but from 24.6 s (it holds the road until then), takes the zone
  // at once as it pulls out: it must wait in its bay for A, until 32.8 s.
  // B waits for A over [24.6, 32.8) s; A stands over [20, 27.6) s, but waits for B only until B
  // lets go at 24.6 s. Counting A's restart as a wait for B would close a cycle A → B → A over
  // [24.6, 27.6) s: a deadlock reported where both move on.
  it('plans B, then A, then B again, and finds no deadlock', () => {
    const { control, place, trip } = cross();
    control.standAt(0, place('hStart'), 0);
    control.standAt(1, place('vStart'), 0);
    const b1 = trip(1, 'vStart', 'vMiddle', 0);
    close(b1.arriveS, 20.6);
    const a = trip(0, 'hStart', 'hEnd', 0);
    expect(a.waits.length).toBe(1);
    expect([a.waits[0].blocker, a.waits[0].resource, a.waits[0].onRoad]).toEqual([1, 0, true]);
    closeAll([a.waits[0].atM, a.waits[0].fromS, a.waits[0].toS, a.arriveS], [100, 20, 27.6, 27.6 + 106 / 5]);
    const b2 = trip(1, 'vMiddle', 'vEnd', 20.6);
    expect(b2.waits.length).toBe(1);
    expect([b2.waits[0].blocker, b2.waits[0].resource, b2.waits[0].onRoad, b2.stops]).toEqual([0, 0, false, 0]);
    closeAll([b2.waits[0].atM, b2.waits[0].fromS, b2.waits[0].toS, b2.departS, b2.arriveS], [0, 24.6, 32.8, 32.8, 32.8 + 103 / 5]);
    // A waits for B until B lets go; over its restart it waits for no one
    expect([control.waits.waiting(0, 24.5), control.waits.waiting(0, 24.7), control.waits.waiting(1, 24.7)]).toEqual([1, -1, 0]);
  });
});

describe('TrafficControl and StandingAreas: bays', () => {
  it('puts each vehicle of a fleet at one place in its own bay, 4 m right of the lane, then 4 m left', () => {
    const { control, place } = cross();
    const start = place('hStart');
    control.standAt(0, start, 0);
    control.standAt(1, start, 1);
    expect(control.standing.held(start.index)).toBe(2);
    // heading east: the right is south; the bays stay around the place: the first level with it on
    // the right, the next across the lane
    const bays = [0, 1].map((v) => control.bayOfVehicle(v, start));
    expect(bays).toEqual([
      { x: -103, y: -4, headingRad: 0 },
      { x: -103, y: 4, headingRad: 0 },
    ]);
    expect(() => control.standAt(1, start, 1)).toThrow(new Error(`bay 1 of place ${start.index} is already held`));
  });

  it('frees the bay a vehicle leaves as it pulls out, and gives the next arrival the lowest free bay', () => {
    const { control, place, trip } = cross();
    control.standAt(0, place('hStart'), 0);
    control.standAt(1, place('hStart'), 1);
    const a = trip(0, 'hStart', 'hEnd', 0);
    // A's trip ends in bay 0 at the end of H
    expect(control.standing.held(place('hEnd').index)).toBe(1);
    expect(control.bayOfVehicle(0, place('hEnd'))).toEqual({ x: 103, y: -4, headingRad: 0 });
    // A left bay 0 at the start as it pulled out (0 s); B is still in bay 1
    expect(control.standing.held(place('hStart').index)).toBe(1);
    const standing = control.standing;
    expect(standing.take(place('hStart').index, place('hStart').at, 0, () => a.departS)).toBe(0);
  });

  it('has a place with bays of its own fill those first, then take the nearest ground beside its lane clear of every bay held', () => {
    const { h } = cross();
    const areas = new StandingAreas(h.graph, 20, 4);
    // 50 m along H's first edge: (-53, 0), heading east
    const at: LanePosition = { edge: 0, offsetM: 50 };
    areas.fixBays(7, [
      { x: 1, y: 2, headingRad: 0 },
      { x: 3, y: 4, headingRad: 0 },
    ]);
    expect(areas.capacity(7)).toBe(2);
    expect(areas.capacity(8)).toBe(Infinity);
    // at the start a vehicle is put in one of the place's own bays only
    expect(() => areas.hold(7, at, 2)).toThrow(new Error('place 7 has no bay 2'));
    expect([areas.take(7, at, 0, () => 0), areas.take(7, at, 0, () => 0), areas.take(7, at, 0, () => 0)]).toEqual([0, 1, 2]);
    // the third stands beside the lane level with the place, 4 m to its right
    expect(areas.bayAt(7, 2)).toEqual({ x: -53, y: -4, headingRad: 0 });
    expect(areas.held(7)).toBe(3);
    // bay 1 free from 10 s: at 9 s the queue grows instead (across the lane, the right being held), at 10 s bay 1 is taken again
    areas.leave(7, 1, 10);
    expect([areas.take(7, at, 0, () => 9), areas.take(7, at, 0, () => 10)]).toEqual([3, 1]);
    expect(areas.bayAt(7, 3)).toEqual({ x: -53, y: 4, headingRad: 0 });
    expect(areas.bayAt(7, 1)).toEqual({ x: 3, y: 4, headingRad: 0 });
    // bay 2 is left at 30 s, and its ground with it: beyond its own bays a place's bays are placed anew
    // on each take, so an arrival turning toward it at 29 s takes bay 2 again, on the next row out; one
    // at 30 s (bay 2 held again: a new bay 4) stands where bay 2 stood
    areas.leave(7, 2, 30);
    expect(areas.take(7, at, 0, () => 29)).toBe(2);
    expect(areas.bayAt(7, 2)).toEqual({ x: -53, y: -8.5, headingRad: 0 });
    expect(areas.take(7, at, 0, () => 30)).toBe(4);
    expect(areas.bayAt(7, 4)).toEqual({ x: -53, y: -4, headingRad: 0 });
  });

  it('keeps two places close together from standing vehicles on top of each other: the second queues past the first', () => {
    const { h } = cross();
    const areas = new StandingAreas(h.graph, 20, 4);
    // places 5 m apart on H: the level spots overlap, so the second place's vehicle takes the left side
    areas.take(1, { edge: 0, offsetM: 50 }, 0, () => 0);
    areas.take(2, { edge: 0, offsetM: 55 }, 0, () => 0);
    expect(areas.bayAt(1, 0)).toEqual({ x: -53, y: -4, headingRad: 0 });
    expect(areas.bayAt(2, 0)).toEqual({ x: -48, y: 4, headingRad: 0 });
  });
});
