import { describe, expect, it } from 'vitest';
import type { Assignment, DispatchSnapshot, Strategy } from '../dispatch/strategy';
import { runSimulation } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';

/** A strategy that answers `bad` at its first epoch with open jobs. */
function misbehaving(bad: (s: DispatchSnapshot) => Assignment[], dualCycling = false): Strategy {
  return { name: 'my-broken', dualCycling, decide: (s) => (s.jobs.length > 0 ? bad(s) : []) };
}

const run = (strategy: Strategy) => () => runSimulation(readScenarioFile('scenarios/demo-small.json'), { durationS: 86400, strategy });
const free = (s: DispatchSnapshot) => s.vehicles.filter((v) => v.free);

// the first decision with open jobs comes when the first crane reaches its first bay, at 1869.1 s
describe('a strategy that breaks the rules stops the run with an error naming it and the decision time', () => {
  it.each([
    ['throws', () => { throw new TypeError('oops'); }, /^strategy "my-broken" at t = 1869\.1 s: it threw TypeError: oops$/],
    ['returns no array', () => 7 as unknown as Assignment[], /at t = 1869\.1 s: it returned number, not an array/],
    ['names no vehicle', (s: DispatchSnapshot) => [{ vehicle: 99, job: s.jobs[0].id }], /assignment \{"vehicle":99,"job":\d+\} names no vehicle of the fleet \(0…11\)/],
    ['uses a vehicle twice', (s: DispatchSnapshot) => [{ vehicle: 0, job: s.jobs[0].id }, { vehicle: 0, job: s.jobs[1].id }], /vehicle 0 \(ART001\) is assigned twice/],
    ['gives a job twice', (s: DispatchSnapshot) => free(s).slice(0, 2).map((v) => ({ vehicle: v.index, job: s.jobs[0].id })), /job \d+ is assigned twice/],
    ['names no open job', () => [{ vehicle: 0, job: 123456 }], /job 123456 is not an open job/],
    ['sends charging a full vehicle', () => [{ vehicle: 0, charge: true }], /vehicle 0 \(ART001\) is sent charging at 252\.0 kWh, already at the charge target 252\.0 kWh/],
    ['forms a tour of two discharges', (s: DispatchSnapshot) => [{ vehicle: 0, job: s.jobs[0].id, then: s.jobs[1].id }], /a tour takes a load and then a discharge; job \d+ is a discharge/],
  ])('a strategy that %s', (_, bad, message) => {
    expect(run(misbehaving(bad as (s: DispatchSnapshot) => Assignment[]))).toThrow(message);
  });

  it('a vehicle that is not free', () => {
    let first = true;
    const strategy: Strategy = {
      name: 'my-broken',
      decide(s) {
        if (s.jobs.length === 0) return [];
        if (first) {
          first = false;
          return [{ vehicle: 0, job: s.jobs[0].id }];
        }
        return s.vehicles[0].free ? [] : [{ vehicle: 0, job: s.jobs[0].id }];
      },
    };
    // the crane opens its next job as soon as one is taken, so a second decision follows at once
    expect(run(strategy)).toThrow(/^strategy "my-broken" at t = 1869\.1 s: vehicle 0 \(ART001\) is not free \(it is toPickup\)$/);
  });

  it('a tour whose discharge is not the one right after the load', () => {
    const bad = (s: DispatchSnapshot) => {
      const load = s.jobs.find((j) => j.kind === 'load');
      const other = s.jobs.find((j) => j.kind === 'discharge' && (j.crane !== load?.crane || j.sequence !== load.lastSequence + 1));
      const v = free(s)[0];
      if (v === undefined || s.jobs.length === 0) return [];
      // until a crane opens a load (the deck is discharged first), work like fcfs
      return load === undefined || other === undefined ? [{ vehicle: v.index, job: s.jobs[0].id }] : [{ vehicle: v.index, job: load.id, then: other.id }];
    };
    expect(run({ name: 'my-broken', dualCycling: true, decide: bad })).toThrow(/job \d+ is not the discharge right after load job \d+ at crane QC0\d/);
  });
});
