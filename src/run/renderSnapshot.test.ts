import { describe, expect, it } from 'vitest';
import { distanceAt } from '../layout/drive';
import { distanceToPolylineM, polylineLengthM } from '../layout/polyline';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { layoutBoundsM } from './layoutBounds';
import { renderSnapshot, snapshotBuffers, VEHICLE_STATES } from './renderSnapshot';
import { startRun } from './session';

const demo = () => readScenarioFile('scenarios/demo-small.json');
const DAY_S = 86400;

describe('the render snapshot of demo-small', () => {
  it('puts every vehicle inside the layout, in its state, at every hour of a day', () => {
    const session = startRun(demo(), { durationS: DAY_S });
    const b = layoutBoundsM(session.loaded.layout);
    for (let t = 0; t <= DAY_S; t += 3600) {
      session.advanceTo(t);
      const s = renderSnapshot(session);
      expect(s.timeS).toBe(t);
      session.terminal.vehicles.forEach((v, i) => {
        expect(s.vehicles.x[i]).toBeGreaterThanOrEqual(b.minX - 1e-3);
        expect(s.vehicles.x[i]).toBeLessThanOrEqual(b.maxX + 1e-3);
        expect(s.vehicles.y[i]).toBeGreaterThanOrEqual(b.minY - 1e-3);
        expect(s.vehicles.y[i]).toBeLessThanOrEqual(b.maxY + 1e-3);
        expect(VEHICLE_STATES[s.vehicles.state[i]]).toBe(v.state);
        expect(s.vehicles.boxes[i]).toBe(v.cargo.length);
        expect(s.vehicles.soc[i]).toBeCloseTo(v.energyKWh / session.terminal.scenario.battery.capacityKWh, 6);
      });
      // the blocks' fill adds up to the boxes in the yard
      const boxes = session.loaded.layout.blocks.reduce((a, block, k) => a + s.blocks.fill[k] * block.slots, 0);
      expect(boxes).toBeCloseTo(session.terminal.yard.occupied, 3);
    }
  });

  it('places a vehicle mid-drive on its path, between the ends, facing along a segment', () => {
    const session = startRun(demo(), { durationS: DAY_S });
    session.advanceTo(3 * 3600 + 11); // D001 is being worked (it leaves at ~4.8 h)
    const now = session.timeS;
    const s = renderSnapshot(session);
    const moving = session.terminal.vehicles.map((v) => session.latest.drives.of(v.index)!).filter((d) => d !== undefined && d.t0 < now && d.t1 > now);
    expect(moving.length).toBeGreaterThan(0);
    for (const d of moving) {
      const x = s.vehicles.x[d.vehicle];
      const y = s.vehicles.y[d.vehicle];
      const last = d.path.length - 2;
      expect(distanceToPolylineM(d.path, x, y)).toBeLessThan(1e-2);
      const fromStart = Math.hypot(x - d.path[0], y - d.path[1]);
      const toEnd = Math.hypot(x - d.path[last], y - d.path[last + 1]);
      // how far along: at constant speed, or by the profile of a drive with stops in traffic
      const total = polylineLengthM(d.path);
      const along = d.profile === undefined ? ((now - d.t0) / (d.t1 - d.t0)) * total : distanceAt(d.profile, now);
      // beyond a few centimetres from an end the vehicle has left it, and not yet reached the other
      if (along > 0.01 * total) expect(fromStart).toBeGreaterThan(1e-2);
      if (along < 0.99 * total) expect(toEnd).toBeGreaterThan(1e-2);
      const headings = Array.from({ length: last / 2 }, (_, k) => Math.fround(Math.atan2(d.path[2 * k + 3] - d.path[2 * k + 1], d.path[2 * k + 2] - d.path[2 * k])));
      expect(headings).toContain(s.vehicles.headingRad[d.vehicle]);
    }
  });

  it('shows the first vessel alongside with its cranes working', () => {
    const session = startRun(demo(), { durationS: DAY_S });
    session.advanceTo(3 * 3600);
    const s = renderSnapshot(session);
    expect(Array.from(s.vessels.call)).toEqual([0]);
    expect(s.vessels.toM[0] - s.vessels.fromM[0]).toBeCloseTo(220, 3);
    expect(s.quayCranes.working.reduce((a, w) => a + w, 0)).toBe(3);
    // the cranes stand over the vessel's bays, in their order on the rail, a safety distance apart
    const x = Array.from(s.quayCranes.x);
    const call = session.terminal.calls[0];
    for (const [i, at] of x.entries()) {
      expect(at).toBeGreaterThanOrEqual(call.fromM - 1e-3);
      expect(at).toBeLessThanOrEqual(call.toM + 1e-3);
      if (i > 0) expect(at - x[i - 1]).toBeGreaterThanOrEqual(session.terminal.rail!.sepM - 1e-3);
    }
  });

  it('gives every yard slot the flow and colouring call of the box in it, and every carrier its box', () => {
    const session = startRun(demo(), { durationS: DAY_S });
    session.advanceTo(3 * 3600 + 17);
    const t = session.terminal;
    const s = renderSnapshot(session);
    const flows = ['import', 'export', 'transshipment'];
    const slotBox = t.yard.state.slotBox;
    expect(s.yard.flow.length).toBe(slotBox.length);
    let boxes = 0;
    for (let k = 0; k < slotBox.length; k++) {
      if (slotBox[k] < 0) {
        expect([s.yard.flow[k], s.yard.call[k]]).toEqual([-1, -1]);
        continue;
      }
      boxes++;
      const box = t.ledger.boxes[slotBox[k]];
      expect(flows[s.yard.flow[k]]).toBe(box.flow);
      expect(s.yard.call[k]).toBe(box.toCall >= 0 ? box.toCall : box.fromCall);
    }
    expect(boxes).toBe(t.yard.occupied);
    t.vehicles.forEach((v, i) => expect(s.vehicles.cargoFlow[i]).toBe(v.cargo.length === 0 ? -1 : flows.indexOf(v.cargo[0].flow)));
    t.cranes.forEach((c, i) => expect(s.quayCranes.holdingFlow[i]).toBe(c.holding < 0 ? -1 : flows.indexOf(t.ledger.boxes[c.holding].flow)));
    // boxes aboard the call alongside: its discharges not yet lifted plus what it has loaded
    const call = t.calls[s.vessels.call[0]];
    expect(s.vessels.onBoard[0]).toBe(t.ledger.boxes.filter((b) => b.place === 'vessel' && b.holder === call.index).length);
    expect(Array.from(s.chargers.busy)).toEqual(t.chargers.map((c) => c.plugs.count));
  });

  it('moves quay crane trolleys between vessel and lane and yard cranes along their blocks', () => {
    const session = startRun(demo(), { durationS: DAY_S });
    const seen = new Set<number>();
    for (let t = 3 * 3600; t < 4 * 3600; t += 7) {
      session.advanceTo(t);
      const s = renderSnapshot(session);
      s.quayCranes.trolley.forEach((u, i) => {
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThanOrEqual(1);
        if (s.quayCranes.working[i] === 1) seen.add(Math.round(u * 4));
      });
      session.terminal.yardCranes.flat().forEach((c, j) => {
        expect(s.yardCranes.block[j]).toBe(c.block);
        // a crane stacks where its block has room, which may lie beyond its zone, but never off its block
        expect(s.yardCranes.bay[j]).toBeGreaterThanOrEqual(0);
        expect(s.yardCranes.bay[j]).toBeLessThanOrEqual(session.loaded.layout.blocks[c.block].bays - 1);
      });
    }
    // over an hour of work the trolleys pass through every stretch between vessel and lane
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('is the same at the same time, however the run got there', () => {
    const a = startRun(demo(), { durationS: DAY_S });
    a.advanceTo(30_000);
    const b = startRun(demo(), { durationS: DAY_S });
    for (let t = 0; t <= 30_000; t += 1234) b.advanceTo(t);
    b.advanceTo(30_000);
    expect(renderSnapshot(b)).toEqual(renderSnapshot(a));
    expect(renderSnapshot(a)).toEqual(renderSnapshot(a));
  });

  it('owns one buffer per array, so all of them can be transferred', () => {
    const session = startRun(demo(), { durationS: DAY_S });
    session.advanceTo(3600);
    const s = renderSnapshot(session);
    const buffers = snapshotBuffers(s);
    expect(new Set(buffers).size).toBe(30);
    const copy = structuredClone(s, { transfer: buffers });
    expect(s.vehicles.x.byteLength).toBe(0);
    expect(copy.vehicles.x.length).toBe(12);
  });
});
