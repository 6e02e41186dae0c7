import { describe, expect, it } from 'vitest';
import { lanePoint, positionAt, type Pose } from '../layout';
import type { LoadedScenario } from '../scenario';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { CONGESTION_WINDOW_S } from '../traffic/recentWaits';
import { renderSnapshot, snapshotBuffers, standsStill, type RenderSnapshot } from './renderSnapshot';
import { startRun, type RunSession } from './session';
import { recordWaits } from '../traffic/testing/recordWaits';

const tianjin = (control: 'reservation' | 'off' = 'reservation'): LoadedScenario => {
  const loaded = readScenarioFile('scenarios/tianjin-c-section.json');
  return { ...loaded, scenario: { ...loaded.scenario, traffic: { ...loaded.scenario.traffic, control } } };
};
const HOUR_S = 3600;
/** The first calls are at work from about 4.5 h: every 10 minutes over two busy hours. */
const BUSY_TIMES = Array.from({ length: 13 }, (_, k) => 5 * HOUR_S + k * 600);
/** Closer than this, two ARTs (2.8 m wide, 15 m long) are drawn in one another. */
const MIN_APART_M = 3;
/** Bays side by side are 3.8 m apart at least (a parking's stalls 4 m; rows beside a lane 4.5 m or more). */
const BAY_APART_M = 3.8;

/** The two vehicles drawn closest together, by id, with where each is and what it does. */
function closestPair(session: RunSession, s: RenderSnapshot): { text: string; distanceM: number } {
  const { x, y } = s.vehicles;
  let best = { i: -1, j: -1, d: Infinity };
  for (let i = 0; i < x.length; i++) {
    for (let j = i + 1; j < x.length; j++) {
      const d = Math.hypot(x[i] - x[j], y[i] - y[j]);
      if (d < best.d) best = { i, j, d };
    }
  }
  const v = session.terminal.vehicles;
  const who = (i: number) => `${v[i].id} (${v[i].state}, ${v[i].place.key})`;
  return { text: `${who(best.i)} and ${who(best.j)} are ${best.d.toFixed(2)} m apart`, distanceM: best.d };
}

describe('the render snapshot of tianjin with traffic control', () => {
  it('draws no two vehicles closer than 3 m: the fleet parked at the start, and at work', () => {
    const session = startRun(tianjin(), { durationS: 8 * HOUR_S });
    const tooClose: string[] = [];
    for (const t of [0, ...BUSY_TIMES]) {
      session.advanceTo(t);
      const pair = closestPair(session, renderSnapshot(session));
      if (pair.distanceM < MIN_APART_M) tooClose.push(`at ${(t / HOUR_S).toFixed(2)} h ${pair.text}`);
    }
    expect(tooClose, `vehicles drawn closer than ${MIN_APART_M} m:\n${tooClose.join('\n')}`).toEqual([]);
  });

  it('stands no two vehicles in one bay: those at rest are a bay width apart, every five minutes from 4 h to 8 h', () => {
    const session = startRun(tianjin(), { durationS: 8 * HOUR_S });
    const tooClose: string[] = [];
    let pairsAtRest = 0;
    for (let t = 4 * HOUR_S; t <= 8 * HOUR_S; t += 300) {
      session.advanceTo(t);
      const { x, y } = renderSnapshot(session).vehicles;
      // at rest: in its bay after its latest drive (or never driven yet)
      const atRest = session.terminal.vehicles.map((v) => {
        const drive = session.latest.drives.of(v.index);
        return drive === undefined || (drive.profile !== undefined ? drive.profile[drive.profile.length - 1] <= t : drive.t1 <= t);
      });
      for (let i = 0; i < x.length; i++) {
        for (let j = i + 1; j < x.length; j++) {
          if (!atRest[i] || !atRest[j]) continue;
          pairsAtRest++;
          const d = Math.hypot(x[i] - x[j], y[i] - y[j]);
          if (d < BAY_APART_M) tooClose.push(`at ${t} s vehicles ${i} and ${j} are ${d.toFixed(2)} m apart`);
        }
      }
    }
    expect(tooClose).toEqual([]);
    expect(pairsAtRest).toBeGreaterThan(10_000);
  });

  it('without traffic control stacks the parked fleet: the same check fails at the start', () => {
    const session = startRun(tianjin('off'), { durationS: 8 * HOUR_S });
    const pair = closestPair(session, renderSnapshot(session));
    expect(pair.distanceM).toBeLessThan(MIN_APART_M);
    expect(pair.distanceM).toBe(0); // every vehicle of a parking at its one point
  });

  it('stands the parked fleet in its bays off the road at the start, facing along it', () => {
    const session = startRun(tianjin(), { durationS: 8 * HOUR_S });
    const s = renderSnapshot(session);
    const { graph } = session.terminal.layout;
    for (const v of session.terminal.vehicles) {
      const bay = session.terminal.traffic!.bayOfVehicle(v.index, v.place);
      expect([s.vehicles.x[v.index], s.vehicles.y[v.index], s.vehicles.headingRad[v.index]]).toEqual([bay.x, bay.y, bay.headingRad].map(Math.fround));
      // beside its parking's lane, not on it
      const [lx, ly] = lanePoint(graph, v.place.at);
      expect(Math.hypot(bay.x - lx, bay.y - ly)).toBeGreaterThan(3);
    }
  });

  it('marks a vehicle stopped while it stands still on a drive, and no other', () => {
    const session = startRun(tianjin(), { durationS: 8 * HOUR_S });
    const body = session.terminal.scenario.traffic.vehicleLengthM;
    const a: Pose = { x: 0, y: 0, headingRad: 0 };
    const b: Pose = { x: 0, y: 0, headingRad: 0 };
    let stopped = 0;
    let moving = 0;
    for (const t of BUSY_TIMES) {
      session.advanceTo(t);
      const s = renderSnapshot(session);
      for (const v of session.terminal.vehicles) {
        const drive = session.latest.drives.of(v.index);
        const profile = drive?.profile;
        const underWay = drive !== undefined && profile !== undefined && profile[1] <= t && t < profile[profile.length - 1];
        if (!underWay) {
          expect(s.vehicles.stopped[v.index], `${v.id} is not on a drive at ${t} s`).toBe(0);
          continue;
        }
        // a millisecond on: a vehicle standing still has not moved
        positionAt(drive, t, a, body);
        positionAt(drive, t + 1e-3, b, body);
        const still = a.x === b.x && a.y === b.y;
        expect(s.vehicles.stopped[v.index], `${v.id} at ${t} s`).toBe(still ? 1 : 0);
        if (still) stopped++;
        else moving++;
      }
    }
    // queues do form in two busy hours (else this test could not fail)
    expect(stopped).toBeGreaterThan(0);
    expect(moving).toBeGreaterThan(stopped);
  });

  it('reads a stop off a profile: the distance does not change from that time on', () => {
    // front 0 m until 100 s, 50 m at 110 s, stands until 130 s, then 80 m at 140 s
    const profile = Float64Array.of(0, 100, 50, 110, 50, 130, 80, 140);
    const at = (t: number) => standsStill(profile, t);
    expect([99, 100, 105, 110, 120, 129.9, 130, 135, 140, 150].map(at)).toEqual([false, false, false, true, true, true, false, false, false, false]);
    // a wait in the bay before pulling out is a stop too
    expect(standsStill(Float64Array.of(0, 0, 0, 30, 20, 35), 10)).toBe(true);
  });

  it('gives each resource the vehicles waiting for it over the last ten minutes, counting only what has happened', () => {
    const session = startRun(tianjin(), { durationS: 8 * HOUR_S });
    const traffic = session.terminal.traffic!;
    const waits = recordWaits(traffic);
    let warm = 0;
    for (const t of BUSY_TIMES) {
      session.advanceTo(t);
      const s = renderSnapshot(session);
      expect(s.traffic.waiting).toHaveLength(traffic.network.resourceCount);
      const expected = new Float64Array(traffic.network.resourceCount);
      for (const w of waits) expected[w.resource] += Math.max(0, Math.min(w.toS, t) - Math.max(w.fromS, t - CONGESTION_WINDOW_S));
      expect(Array.from(s.traffic.waiting)).toEqual(Array.from(expected, (e) => Math.fround(e / CONGESTION_WINDOW_S)));
      warm += s.traffic.waiting.filter((w) => w > 0).length;
    }
    expect(warm).toBeGreaterThan(0);
  });

  it('has no congestion and no stops without traffic control', () => {
    const session = startRun(tianjin('off'), { durationS: 8 * HOUR_S });
    session.advanceTo(6 * HOUR_S);
    const s = renderSnapshot(session);
    expect(s.traffic.waiting).toHaveLength(0);
    expect(s.vehicles.stopped.every((x) => x === 0)).toBe(true);
  });

  it('transfers the new arrays with the rest', () => {
    const session = startRun(tianjin(), { durationS: 8 * HOUR_S });
    session.advanceTo(5 * HOUR_S);
    const s = renderSnapshot(session);
    const buffers = snapshotBuffers(s);
    const arrays = Object.values(s).filter((g) => typeof g === 'object').reduce((a, g) => a + Object.keys(g).length, 0);
    expect(new Set(buffers).size).toBe(arrays);
    expect(buffers).toContain(s.traffic.waiting.buffer);
    expect(buffers).toContain(s.vehicles.stopped.buffer);
    const copy = structuredClone(s, { transfer: buffers });
    expect(s.traffic.waiting.byteLength).toBe(0);
    expect(copy.traffic.waiting.length).toBe(session.terminal.traffic!.network.resourceCount);
  });
});
