import { describe, expect, it } from 'vitest';
import { fcfs } from '../dispatch/fcfs';
import { strategyNames } from '../dispatch/registry';
import type { Assignment, DispatchSnapshot, JobView, Strategy } from '../dispatch/strategy';
import { runSimulation } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { startRun } from '../run/session';
import { StallError } from './stallWatchdog';

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

  it("gives the vehicles a strategy sends to a crane that crane's jobs in its order", () => {
    const jobs = new Map<number, { crane: number; sequence: number }>();
    let asked = 0;
    // serves cranes in due order but names each one's last open job: the dispatcher binds the
    // vehicle to the crane's first
    const backwards: Strategy = {
      name: 'backwards',
      decide(s) {
        for (const j of s.jobs) jobs.set(j.id, { crane: j.crane, sequence: j.sequence });
        const free = s.vehicles.filter((v) => v.free);
        const last = new Map<number, JobView>();
        for (const j of s.jobs) if ((last.get(j.crane)?.sequence ?? -1) < j.sequence) last.set(j.crane, j);
        const due = (crane: number) => Math.min(...s.jobs.filter((j) => j.crane === crane).map((j) => j.dueS));
        const out: Assignment[] = [];
        for (const [crane, job] of [...last].sort((a, b) => due(a[0]) - due(b[0]))) if (free.length > 0) out.push({ vehicle: free.shift()!.index, job: job.id }), void crane;
        return out;
      },
    };
    const taken = new Map<number, number[]>();
    const result = runSimulation(readScenarioFile('scenarios/demo-small.json'), {
      durationS: 86400,
      strategy: backwards,
      trace: (r) => {
        if (r.event !== 'assign') return;
        if (r.asked !== undefined) asked++;
        const j = jobs.get(r.job as number)!;
        taken.set(j.crane, [...(taken.get(j.crane) ?? []), j.sequence]);
      },
    }).result;
    expect(asked).toBeGreaterThan(50);
    for (const sequences of taken.values()) expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(result.kpis.moves).toBeGreaterThan(300);
  });

  it('lets a quay crane lift a discharge box only once a carrier is coming for it', () => {
    const session = startRun(readScenarioFile('scenarios/demo-small.json'), { durationS: 86400, strategy: 'pooled-lap', fleet: 3 });
    const t = session.terminal;
    let lifted = 0;
    for (let at = 0; at <= 86400; at += 37) {
      session.advanceTo(at);
      for (const crane of t.cranes) {
        if (crane.holding < 0 || crane.call === null) continue;
        const move = crane.sequence.find((m) => m.box.id === crane.holding)!;
        if (move.kind !== 'discharge') continue;
        lifted++;
        expect(move.carrier === 'truck' || move.job?.vehicle != null).toBe(true);
      }
    }
    expect(lifted).toBeGreaterThan(100);
  });

  it.each(strategyNames())('%s keeps every crane working with a fleet of 1, 2 or 3 on demo-small', (strategy) => {
    for (const fleet of [1, 2, 3]) {
      const result = runSimulation(readScenarioFile('scenarios/demo-small.json'), { durationS: 2 * 86400, strategy, fleet }).result;
      expect(result.kpis.moves).toBeGreaterThan(250 * fleet); // at 3 vehicles the calls, not the fleet, bound the two days (~900 moves)
      expect(result.perCrane.every((c) => c.moves > 50)).toBe(true);
    }
  });
});

/** fcfs, except that after `fromS` no vehicle is sent to QC01: a strategy that starves a crane. */
function starving(fromS: number): Strategy {
  return { name: 'starves-QC01', decide: (s) => fcfs.decide(s.timeS < fromS ? s : { ...s, jobs: s.jobs.filter((j) => j.craneId !== 'QC01') }) };
}

// demo-small's first call leaves after ~4.8 h: starved from 2.5 h, QC01 still has moves left
describe('a crane starved by its strategy', () => {
  it('fails the run with the stall watchdog naming the crane, its call, the vehicles sent and its open jobs', () => {
    const run = () => runSimulation(readScenarioFile('scenarios/demo-small.json'), { durationS: 86400, strategy: starving(2.5 * 3600) });
    expect(run).toThrow(StallError);
    expect(run).toThrow(
      /^stall at t = (\d+)\.0 s: quay crane QC01 has made no handover for 2\.\d h \(since t = [\d.]+ s; run\.stallLimitS is 7200 s\) though its call D001 has \d+ move\(s\) left; vehicles were free meanwhile \(the last at t = [\d.]+ s\)\. Vehicles sent to it: none\. Its open jobs, not given to any vehicle: \d+ (load|discharge) \(move \d+\), .*\. Strategy "starves-QC01"\.$/,
    );
  });

  it('shows the stall in its KPIs when the watchdog is set past the end', () => {
    const loaded = readScenarioFile('scenarios/demo-small.json');
    const endS = 86400;
    const patient = { ...loaded, scenario: { ...loaded.scenario, run: { ...loaded.scenario.run, stallLimitS: 2 * endS } } };
    const handovers: number[] = [];
    const { result } = runSimulation(patient, { durationS: endS, strategy: starving(2.5 * 3600), trace: (r) => void (r.event === 'craneHandover' && r.crane === 'QC01' && handovers.push(r.t as number)) });
    const qc01 = result.perCrane[0];
    // its moves over its time on the call up to the end of the run, not up to its last move
    const warmUpS = result.provenance.warmUpS;
    const counted = handovers.filter((h) => h > warmUpS);
    expect(Math.abs(qc01.moves - counted.length)).toBeLessThanOrEqual(1); // a move started before the warm-up ended is not counted
    expect(Math.max(...handovers)).toBeLessThan(3 * 3600);
    expect(qc01.craneRate!).toBeGreaterThanOrEqual((3600 * qc01.moves) / (endS - warmUpS));
    expect(qc01.craneRate!).toBeLessThanOrEqual((3600 * qc01.moves) / (endS - counted[1])); // its first counted move started before this handover
    const call = result.perCall[0];
    expect(call).toMatchObject({ call: 'D001', departS: null, vesselTurnaroundH: null });
    expect(call.movesLeft).toBeGreaterThan(0);
    expect(call.inPortH).toBeCloseTo((endS - call.arrivalS) / 3600, 9);
    expect(result.kpis.openCalls).toBeGreaterThanOrEqual(1);
  });
});
