import { describe, expect, it } from 'vitest';
import { runSimulation, type RunOptions } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { RELEASE_HORIZON_S } from '../terminal/assumptions';
import { createDedicated } from './dedicated';
import { createLookahead } from './lookahead';
import { strategyNames } from './registry';
import type { Strategy } from './strategy';

const twoDays = 2 * 86400;
const demo = (options: RunOptions) => runSimulation(readScenarioFile('scenarios/demo-small.json'), { durationS: twoDays, ...options }).result;

describe('each strategy on seeded demo-small runs', () => {
  it.each(strategyNames())('%s gives valid assignments all run long (invariants checked at the end)', (name) => {
    let assigned = 0;
    const result = demo({ strategy: name, trace: (r) => void (r.event === 'assign' && assigned++) });
    expect(result.provenance.strategy).toBe(name);
    expect(assigned).toBeGreaterThan(400);
    expect(result.kpis.moves).toBeGreaterThan(700);
  });

  it("dedicated never gives a vehicle another crane's job", () => {
    const dedicated = createDedicated({ gangSize: 4, fleet: 12, cranes: 12 });
    let checked = 0;
    const watched: Strategy = {
      name: 'dedicated',
      decide(snapshot) {
        const out = dedicated.decide(snapshot);
        for (const a of out) {
          const job = snapshot.jobs.find((j) => j.id === a.job)!;
          expect(dedicated.gangOf(a.vehicle)).toBe(job.crane);
          checked++;
        }
        return out;
      },
    };
    demo({ strategy: watched });
    expect(checked).toBeGreaterThan(500);
  });

  // dispatch's choices alone: idle vehicles stand where they finished instead of driving off to park
  // (those empty drives depend on how often a strategy leaves a vehicle idle, not on where it sends it)
  const unparked = (options: RunOptions) => {
    const loaded = readScenarioFile('scenarios/demo-small.json');
    const scenario = { ...loaded.scenario, traffic: { ...loaded.scenario.traffic, parkIdleAfterS: 86400 } };
    return runSimulation({ ...loaded, scenario }, { durationS: twoDays, ...options }).result;
  };

  it.each([1, 2, 3])('dual-cycle and pooled-lap drive less empty than fcfs (seed %i)', (seed) => {
    const fcfs = unparked({ strategy: 'fcfs', seed }).kpis.emptyTravelRatio!;
    let tours = 0;
    const dual = unparked({ strategy: 'dual-cycle', seed, trace: (r) => void (r.event === 'dualCycle' && tours++) }).kpis.emptyTravelRatio!;
    expect(tours).toBeGreaterThan(100);
    // only the hold dual-cycles (the deck, half the boxes, is discharged first and loaded last)
    expect(dual).toBeLessThan(fcfs - 0.05);
    // pooling has less to chain than it had: a crane sends only for the bay it stands at
    expect(unparked({ strategy: 'pooled-lap', seed }).kpis.emptyTravelRatio!).toBeLessThan(fcfs);
  });

  it('lookahead plans with jobs due beyond the release horizon the others see', () => {
    const lookahead = createLookahead();
    let furthest = 0;
    const watched: Strategy = {
      ...lookahead,
      decide(snapshot) {
        for (const j of snapshot.jobs) furthest = Math.max(furthest, j.dueS - snapshot.timeS);
        return lookahead.decide(snapshot);
      },
    };
    demo({ strategy: watched });
    expect(furthest).toBeGreaterThan(RELEASE_HORIZON_S * 1.5);
  });

  it('energy-aware charges idle vehicles early (dual threshold), fcfs only at the static threshold', () => {
    const charging = (strategy: string) => {
      const atStart: number[] = [];
      let orders = 0;
      demo({ strategy, seed: 2, trace: (r) => (r.event === 'chargeOrder' ? orders++ : r.event === 'chargeStart' && atStart.push(r.socKWh as number)) });
      return { orders, meanKWh: atStart.reduce((a, b) => a + b, 0) / atStart.length };
    };
    const fcfs = charging('fcfs');
    const aware = charging('energy-aware');
    expect(fcfs.orders).toBe(0);
    expect(fcfs.meanKWh).toBeLessThan(0.3 * 280);
    expect(aware.orders).toBeGreaterThan(5);
    expect(aware.meanKWh).toBeGreaterThan(0.33 * 280); // well above the static threshold fcfs charges at
  });
});
