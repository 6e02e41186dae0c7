import { describe, expect, it } from 'vitest';
import { fcfs } from '../dispatch/fcfs';
import type { DispatchSnapshot, Strategy } from '../dispatch/strategy';
import { runSimulation } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';

const demo = (strategy: Strategy, durationS = 86400) => runSimulation(readScenarioFile('scenarios/demo-small.json'), { durationS, strategy }).result;

describe('the dispatcher keeps every crane served whatever a strategy defers', () => {
  it('decides again when the earliest forecast of a busy vehicle falls due, so a strategy may hold free vehicles back for it', () => {
    const forecasts = new Set<number>();
    const epochs: number[] = [];
    // holds every free vehicle back while any busy one is forecast free later: without a re-decision
    // at that forecast, nothing would happen once the last event before it has passed
    const patient: Strategy = {
      name: 'patient',
      decide(s: DispatchSnapshot) {
        epochs.push(s.timeS);
        const later = s.vehicles.filter((v) => !v.free && v.expectedFreeS > s.timeS);
        if (later.length > 0 && s.jobs.length > 0) {
          for (const v of later) forecasts.add(v.expectedFreeS);
          return [];
        }
        return fcfs.decide(s);
      },
    };
    const result = demo(patient);
    expect(epochs.filter((t) => forecasts.has(t)).length).toBeGreaterThan(10);
    expect(result.kpis.moves).toBeGreaterThan(300);
  });

  it('offers no tour whose discharge the crane already holds, and refuses one a strategy makes', () => {
    let seenInHand = 0;
    let offered = false;
    // pairs a load with the discharge after it even when the crane has lifted that box already
    const careless: Strategy = {
      name: 'careless',
      dualCycling: true,
      decide(s) {
        const free = s.vehicles.filter((v) => v.free);
        for (const d of s.jobs.filter((j) => j.inHand)) {
          seenInHand++;
          const load = s.jobs.find((l) => l.kind === 'load' && l.crane === d.crane && l.lastSequence + 1 === d.sequence);
          if (load !== undefined && free.length > 0) {
            offered = true;
            return [{ vehicle: free[0].index, job: load.id, then: d.id }];
          }
        }
        return free.slice(0, s.jobs.length).map((v, k) => ({ vehicle: v.index, job: s.jobs[k].id }));
      },
    };
    expect(() => demo(careless, 2 * 86400)).toThrow(/^strategy "careless" at t = [\d.]+ s: job \d+ cannot end a tour: crane QC0\d already holds its box, so it cannot take load job \d+ first$/);
    expect(seenInHand).toBeGreaterThan(0);
    expect(offered).toBe(true);
  });
});
