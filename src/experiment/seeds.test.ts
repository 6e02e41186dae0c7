import { describe, expect, it } from 'vitest';
import { loadScenarioTexts } from '../run/scenarioTexts';
import { runSimulation } from '../run/runSimulation';
import { startRun } from '../run/session';
import { readScenarioTexts } from '../worker/readScenarioTexts';
import { parseExperiment } from './experimentFile';
import { planExperiment } from './plan';
import { replicationSeed } from './seeds';
import { replicationTasks } from './tasks';

const experimentText = JSON.stringify({
  name: 'streams',
  scenario: 'demo-small.json',
  seed: 7,
  replications: 2,
  durationS: 4 * 86400,
  factors: [
    { name: 'strategy', path: 'dispatch.strategy', values: ['fcfs', 'dual-cycle'] },
    { name: 'fleet', path: 'vehicles.count', values: [6, 12] },
  ],
});

function plan() {
  const { experiment } = parseExperiment({ file: 'scenarios/streams.json', text: experimentText });
  return planExperiment(experiment!, readScenarioTexts('scenarios/demo-small.json'));
}

/** What the random streams decide before any strategy acts: the calls, their arrival and their boxes. */
function callsDrawn(texts: ReturnType<typeof plan>['texts'][number], seed: number, strategy: string) {
  const { terminal } = startRun(loadScenarioTexts(texts), { seed, strategy });
  return terminal.calls.map((c) => ({ id: c.id, arrivalS: c.arrivalS, lengthM: c.plan.lengthM, discharge: c.plan.discharge.map((b) => `${b.feet}/${b.flow}/${b.weightClass}`), exports: c.plan.exports.map((b) => b.deliveryS) }));
}

describe('replication seeds', () => {
  it('depend on the experiment seed and the replication only, and differ between replications', () => {
    expect(replicationSeed(7, 1)).toBe(replicationSeed(7, 1));
    const seeds = Array.from({ length: 1000 }, (_, r) => replicationSeed(7, r + 1));
    expect(new Set(seeds).size).toBe(1000);
    expect(seeds.every((s) => Number.isSafeInteger(s) && s >= 0)).toBe(true);
    expect(replicationSeed(8, 1)).not.toBe(replicationSeed(7, 1));
    expect(replicationSeed(7, 2)).not.toBe(replicationSeed(8, 1)); // nearby experiments share no replication
    expect(() => replicationSeed(7, 0)).toThrow(RangeError);
    const { plan: p } = plan();
    expect(p.seeds).toEqual([replicationSeed(7, 1), replicationSeed(7, 2)]);
  });

  it('give every configuration the same vessels and boxes in a replication (common random numbers), and other ones in the next', () => {
    const { plan: p, texts } = plan();
    const strategyOf = (k: number) => p.configurations[k].factors.strategy as string;
    // as the batch runs them: each task's own seed
    const tasks = replicationTasks(p);
    const drawnIn = (replication: number) => tasks.filter((t) => t.replication === replication).map((t) => callsDrawn(texts[t.configuration], t.seed, strategyOf(t.configuration)));
    const [r1, r2] = [drawnIn(1), drawnIn(2)];
    expect(r1.length).toBe(4);
    expect(r1[0].length).toBeGreaterThan(2); // the fixed call and generated ones
    for (const drawn of r1) expect(drawn).toEqual(r1[0]);
    for (const drawn of r2) expect(drawn).toEqual(r2[0]);
    expect(r2[0].slice(1)).not.toEqual(r1[0].slice(1)); // the generated calls differ between replications
  });

  it('make two strategies see the same vessel arrivals in a run, and another replication other ones', () => {
    const { plan: p, texts } = plan();
    const arrivals = (k: number, seed: number) => {
      const records: Record<string, unknown>[] = [];
      const loaded = loadScenarioTexts(texts[k]);
      runSimulation(loaded, { seed, durationS: 3 * 86400, strategy: p.configurations[k].factors.strategy as string, trace: (r) => r.event === 'vesselArrival' && records.push(r) });
      return records;
    };
    const fcfs = arrivals(1, p.seeds[0]); // strategy=fcfs, fleet=12
    const dualCycle = arrivals(3, p.seeds[0]); // strategy=dual-cycle, fleet=12
    expect(fcfs.length).toBeGreaterThanOrEqual(2);
    expect(dualCycle).toEqual(fcfs);
    expect(arrivals(1, p.seeds[1])).not.toEqual(fcfs);
  });
});
