import { computeKpis, type KpiResult } from '../kpi/computeKpis';
import type { LoadedScenario } from '../scenario';
import type { BoxPlace } from '../terminal/boxes';
import { checkInvariants } from '../terminal/invariants';
import type { Terminal } from '../terminal/model';
import { createTerminal } from '../terminal/terminal';
import { standUntil } from '../terminal/battery';
import { closeState } from '../terminal/vehicleState';
import { resolveStrategy, type StrategySpec } from './resolveStrategy';
import { contentHash, zhigangVersion, type Provenance } from './provenance';

export interface RunOptions {
  /** default: the scenario's seed */
  seed?: number;
  /** default: the scenario's run.durationS */
  durationS?: number;
  /** a registered strategy name, a strategy or a factory; default: the scenario's dispatch.strategy */
  strategy?: StrategySpec;
  /** receives every domain event as a plain record (the CLI's --trace) */
  trace?: (record: Record<string, unknown>) => void;
}

export interface RunResult extends KpiResult {
  provenance: Provenance;
  counts: { events: number; containers: Record<BoxPlace, number> & { created: number }; vesselCalls: number; decisions: number; externalTrucks: number };
}

/** The one entry to the model: runs a loaded scenario to the end, checks invariants, returns KPIs. */
export function runSimulation(loaded: LoadedScenario, options: RunOptions = {}): { result: RunResult; terminal: Terminal } {
  const { scenario } = loaded;
  const strategy = resolveStrategy(options.strategy ?? scenario.dispatch.strategy, {
    gangSize: scenario.dispatch.gangSize,
    fleet: scenario.vehicles.count,
    cranes: loaded.layout.quayCranes.length,
  });
  const seed = options.seed ?? scenario.seed;
  const durationS = options.durationS ?? scenario.run.durationS;
  const terminal = createTerminal(scenario, loaded.layout, { seed, durationS, strategy, trace: options.trace });
  terminal.sim.runUntil(durationS);
  for (const v of terminal.vehicles) {
    closeState(terminal, v, durationS);
    if (v.state !== 'charging') standUntil(terminal, v, durationS); // a drive under way has drawn its energy already
  }
  terminal.recorder.finish(durationS);
  checkInvariants(terminal, durationS);
  return { result: summarize(loaded, terminal, { seed, durationS, strategy: strategy.name }), terminal };
}

function summarize(loaded: LoadedScenario, t: Terminal, run: { seed: number; durationS: number; strategy: string }): RunResult {
  const warmUpS = Math.min(t.scenario.run.warmUpS, run.durationS);
  const kpi = computeKpis(t.recorder, {
    warmUpS,
    endS: run.durationS,
    cranes: t.cranes.map((c) => c.id),
    calls: t.calls
      .filter((c) => c.arrivalS < run.durationS)
      .map((c) => ({ id: c.id, arrivalS: c.arrivalS, berthS: c.berthS, departS: c.departS, cranes: c.cranes.map((k) => t.cranes[k].id), moves: c.plan.discharge.length + c.loaded.length })),
    plugs: t.chargers.reduce((a, c) => a + c.plugs.capacity, 0),
    slots: t.yard.slots,
    yardCranes: t.yardCranes.flat().length,
  });
  return {
    provenance: { scenario: loaded.scenario.name, scenarioHash: contentHash(loaded.sources), seed: run.seed, strategy: run.strategy, durationS: run.durationS, warmUpS, version: zhigangVersion },
    ...kpi,
    counts: {
      events: t.sim.eventsFired,
      containers: { created: t.ledger.created, ...t.ledger.counts },
      vesselCalls: t.calls.filter((c) => c.arrivalS < run.durationS).length,
      decisions: (t.dispatcher as { epochs?: number }).epochs ?? 0,
      externalTrucks: t.trucks.length,
    },
  };
}
