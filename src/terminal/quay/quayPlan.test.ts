import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../run/runSimulation';
import type { LoadedScenario } from '../../scenario';
import { readScenarioFile } from '../../scenario/readScenarioFile';
import { RandomStreams } from '../../sim';
import { planCalls } from '../callPlans';
import { LocalClock, startSecondOfDay } from '../timeOfDay';

const DAY_S = 86400;
const demo = readScenarioFile('scenarios/demo-small.json');
/** demo-small with its vessels section changed. */
function withVessels(vessels: Record<string, unknown>, run: Record<string, unknown> = {}): LoadedScenario {
  const s = demo.scenario;
  return { ...demo, scenario: { ...s, run: { ...s.run, warmUpS: 0, ...run }, vessels: { ...s.vessels, generated: undefined, calls: undefined, ...vessels } as typeof s.vessels } };
}
const service = (over: Record<string, unknown>) => ({ callSizeMoves: { dist: 'constant', value: 300 }, dischargeShare: 0.5, lengthM: 150, punctualityS: { dist: 'constant', value: 0 }, windowS: 72_000, positionM: 0, weight: 1, ...over });

describe('liner services', () => {
  const services = [service({ id: 'AEX1', day: 0, time: '10:00', punctualityS: { dist: 'normal', mean: 0, sd: 3600 } }), service({ id: 'FDR', day: 3, time: '22:30', positionM: 180 })];
  const plan = (loaded: LoadedScenario, seed: number) =>
    planCalls(loaded.scenario, new RandomStreams(seed), 21 * DAY_S, new LocalClock(startSecondOfDay(loaded.scenario.run.startDate)));

  it('call once a week at their scheduled local day and time (t = 0 is Monday 00:00 here), with a berth window from it', () => {
    const calls = plan(withVessels({ services }), 1);
    const aex = calls.filter((c) => c.service === 'AEX1');
    expect(aex.map((c) => c.id)).toEqual(['AEX1-W01', 'AEX1-W02', 'AEX1-W03']);
    expect(aex.map((c) => c.windowStartS)).toEqual([10 * 3600, 10 * 3600 + 7 * DAY_S, 10 * 3600 + 14 * DAY_S]);
    expect(aex.every((c) => c.windowEndS === c.windowStartS + 72_000)).toBe(true);
    const fdr = calls.filter((c) => c.service === 'FDR');
    // a constant punctuality of 0: exactly on schedule, Thursday 22:30
    expect(fdr.map((c) => c.arrivalS)).toEqual([3 * DAY_S + 22.5 * 3600, 10 * DAY_S + 22.5 * 3600, 17 * DAY_S + 22.5 * 3600]);
    expect(fdr.every((c) => c.positionM === 180 && c.lengthM === 150)).toBe(true);
  });

  it("draw their punctuality on each service's own stream: another service's draws never shift them", () => {
    const lateness = (calls: ReturnType<typeof plan>) => calls.filter((c) => c.service === 'AEX1').map((c) => c.arrivalS - c.windowStartS);
    const alone = lateness(plan(withVessels({ services }), 4));
    expect(alone.every((d) => d !== 0)).toBe(true);
    const otherChanged = [services[0], service({ id: 'FDR', day: 3, time: '22:30', positionM: 180, callSizeMoves: { dist: 'lognormal', mean: 500, sd: 200 }, punctualityS: { dist: 'normal', mean: 0, sd: 9000 } })];
    expect(lateness(plan(withVessels({ services: otherChanged }), 4))).toEqual(alone);
    expect(lateness(plan(withVessels({ services }), 5))).not.toEqual(alone);
  });
});

describe('berth allocation', () => {
  // a 300 m vessel arrives at 09:00 on a 350 m quay; the liner AEX1 (150 m, planned at the west end)
  // is due at 10:00 with a 20 h window: both cannot lie alongside at once
  const vessels = (berthAllocation: string) => ({
    quay: 'continuous',
    berthAllocation,
    craneSplit: 'workload',
    calls: [{ id: 'BIG', arrivalS: 9 * 3600, lengthM: 300, dischargeMoves: 200, loadMoves: 200 }],
    services: [service({ id: 'AEX1', day: 0, time: '10:00' })],
  });
  const calls = (berthAllocation: string) => {
    const { terminal } = runSimulation(withVessels(vessels(berthAllocation), { durationS: 3 * DAY_S }));
    return Object.fromEntries(terminal.calls.map((c) => [c.id, c]));
  };

  it('fcfs: the first come berths, and the liner waits out its window behind it', () => {
    const c = calls('fcfs');
    expect(c.BIG.berthS).toBe(9 * 3600);
    expect(c['AEX1-W01'].berthS).toBe(c.BIG.departS);
    expect(c['AEX1-W01'].berthS).toBeGreaterThan(10 * 3600 + 3600);
  });

  it('planned: the liner berths on arrival at its planned position, in its window; the other call waits for the room', () => {
    const c = calls('planned');
    const liner = c['AEX1-W01'];
    expect(liner.berthS).toBe(10 * 3600);
    expect(liner.fromM).toBe(0);
    expect(liner.departS).toBeLessThan(liner.windowEndS);
    expect(c.BIG.berthS).toBe(liner.departS);
  });
});

describe('quay cranes per call', () => {
  it('follow the workload, are redeployed to a call no free crane can reach, and move on to the call with the most work per crane when theirs is done', () => {
    // a big call (1,400 moves: 3 cranes by workload) berths at the west end at 01:00 and takes all
    // three cranes; a small one (80 moves: 1 crane) berths east of it at once and no free crane is left
    const trace: Record<string, unknown>[] = [];
    const loaded = withVessels({
      quay: 'continuous',
      berthAllocation: 'fcfs',
      craneSplit: 'workload',
      cranesPerVessel: { min: 1, max: 3 },
      calls: [
        { id: 'SMALL', arrivalS: 3600, lengthM: 100, dischargeMoves: 40, loadMoves: 40 },
        { id: 'BIG', arrivalS: 3600, lengthM: 220, dischargeMoves: 700, loadMoves: 700 },
      ],
    });
    const { terminal } = runSimulation(loaded, { durationS: 3 * DAY_S, trace: (r) => void ((r.event === 'craneAssign' || r.event === 'craneRedeploy') && trace.push(r)) });
    const small = terminal.calls.find((c) => c.id === 'SMALL')!;
    const big = terminal.calls.find((c) => c.id === 'BIG')!;
    expect(trace.filter((r) => r.call === 'BIG' && r.t === big.berthS).map((r) => r.crane)).toEqual(['QC01', 'QC02', 'QC03']);
    // the big call's eastern crane hands its bays not started to its neighbour and goes over
    expect(trace.find((r) => r.event === 'craneRedeploy')).toMatchObject({ crane: 'QC03', from: 'BIG', to: 'SMALL', to_crane: 'QC02', t: small.berthS });
    expect(small.cranes.map((c) => terminal.cranes[c].id)).toEqual(['QC03']);
    expect(small.movesDone).toBe(80);
    // the small call done, its crane goes back to the big one (the only call left, with work for it)
    const back = trace.find((r) => r.event === 'craneAssign' && r.call === 'BIG' && r.t === small.departS);
    expect(back?.crane).toBe('QC03');
    // the split and the hand-overs lose no move: every move of the big call done once
    expect(big.movesDone).toBe(1400);
    expect(big.departS).toBeLessThan(3 * DAY_S);
  });
});

describe('a week of tianjin-c-section (liner schedule, planned berths, cranes on the rail)', () => {
  // a week of the full terminal with traffic: seconds on a quiet machine, minutes on a busy shared one
  it('conserves every box and passes every invariant (checked at the end of the run)', () => {
    const { result, terminal } = runSimulation(readScenarioFile('scenarios/tianjin-c-section.json'), { durationS: 7 * DAY_S });
    const { created, ...places } = result.counts.containers;
    expect(Object.values(places).reduce((a, b) => a + b, 0)).toBe(created);
    expect(created).toBeGreaterThan(40_000);
    // the liner calls were worked: some left, each with every move of its lists done
    const departed = terminal.calls.filter((c) => !Number.isNaN(c.departS));
    expect(departed.length).toBeGreaterThan(5);
    for (const c of departed) expect(c.loaded.length + c.plan.discharge.length, c.id).toBe(c.movesDone);
  });
});
