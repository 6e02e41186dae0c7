import { describe, expect, it } from 'vitest';
import { runSimulation } from '../run/runSimulation';
import { checkInvariants, invariantProblems } from './invariants';
import { microScenario } from './testing/microTerminal';
import { driveTo } from './vehicleState';

/** A finished micro run part-way through its call (so boxes sit on the vessel, in the yard and on a vehicle). */
function midRun() {
  const { terminal } = runSimulation(microScenario(2, 20), { durationS: 700 });
  return terminal;
}

describe('invariants', () => {
  it('hold after a run, with boxes in several places at the end', () => {
    const t = midRun();
    expect(invariantProblems(t, 700)).toEqual([]);
    expect(t.ledger.counts.vessel).toBeGreaterThan(0);
    expect(t.ledger.counts.yard).toBeGreaterThan(0);
  });

  it('catch a box in two places', () => {
    const t = midRun();
    const inYard = t.ledger.boxes.find((b) => b.place === 'yard')!;
    t.vehicles[0].cargo.push(inYard);
    expect(() => checkInvariants(t, 700)).toThrow(`${inYard.name} (recorded on the yard) is in 2 places: the vehicle 0 and the yard`);
  });

  it('catch a box that vanished', () => {
    const t = midRun();
    const onVessel = t.ledger.boxes.find((b) => b.place === 'vessel')!;
    onVessel.holder = 99;
    expect(() => checkInvariants(t, 700)).toThrow(`${onVessel.name} (recorded on the vessel) is in 0 places`);
  });

  it('catch counts that do not balance', () => {
    const t = midRun();
    t.ledger.counts.gone++;
    expect(() => checkInvariants(t, 700)).toThrow(/the ledger counts 1 boxes on the gone but 0 are recorded there/);
  });

  it('catch a slot holding two boxes and a floating box', () => {
    const t = midRun();
    const { state, layout } = t.yard;
    const boxes: number[] = [];
    t.yard.forEachBox((b) => boxes.push(b));
    // the first box also written onto tier 2 of bay 8's empty first stack: in two slots, and floating
    state.slotBox[layout.slotIndex(0, 8, 0, 2)] = boxes[0];
    const problems = invariantProblems(t, 700);
    expect(problems).toContain('box 0 is recorded in two slots: block "Y1" bay 4, row 0, tier 0 and block "Y1" bay 8, row 0, tier 2');
    expect(problems.join('\n')).toMatch(/bay 8, row 0, tier 2.*(float|above an empty)/);
    expect(() => checkInvariants(t, 700)).toThrow(/ZHGU0000000 \(recorded on the yard\) is in 2 places/);
  });

  it('catch a vehicle doing two things at once', () => {
    const t = midRun();
    const d = t.drives.of(0)!;
    t.drives.push({ ...d, t0: d.t0 + 1 });
    expect(() => checkInvariants(t, 700)).toThrow(/ART001 starts a drive at .* before its previous drive ends/);
    const u = midRun();
    u.vehicles[1].accountedS += 5;
    expect(() => checkInvariants(u, 700)).toThrow(/ART002 spent 705\.0 s in its states over a run of 700 s/);
  });

  it('stop a second process from driving a vehicle', () => {
    const t = midRun();
    const v = t.vehicles[0];
    t.sim.process(driveTo(t, v, t.roads.place('charger:CH1'), 'toCharger'), 'intruder');
    expect(() => t.sim.runUntil(800)).toThrow('ART001 was told to be toCharger by process "intruder" while its own process runs it: a vehicle does one thing at a time');
  });

  it('catch a vessel that left with boxes aboard', () => {
    const t = midRun();
    t.calls[0].departS = 600;
    expect(() => checkInvariants(t, 700)).toThrow(/V1 departed with \d+ box\(es\) of its discharge list still aboard, e\.g\. ZHGU\d{7}/);
  });

  it('catch a charge outside the battery', () => {
    const t = midRun();
    t.vehicles[0].energyKWh = -0.5;
    expect(() => checkInvariants(t, 700)).toThrow('ART001 holds -0.5 kWh, outside [0, 100] kWh');
    t.vehicles[0].energyKWh = 100.5;
    expect(() => checkInvariants(t, 700)).toThrow('ART001 holds 100.5 kWh, outside [0, 100] kWh');
  });
});
