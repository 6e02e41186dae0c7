import { computeKpis, type KpiContext, type KpiResult } from '../kpi/computeKpis';
import type { LoadedScenario } from '../scenario';
import type { BoxPlace } from '../terminal/boxes';
import { berthPlanOf } from '../terminal/berthPlanOf';
import type { Terminal } from '../terminal/model';
import { contentHash, zhigangVersion, type Provenance } from './provenance';
import type { WarmUpRule } from './warmUp';

export interface RunResult extends KpiResult {
  provenance: Provenance;
  counts: { events: number; containers: Record<BoxPlace, number> & { created: number }; vesselCalls: number; decisions: number; externalTrucks: number };
}

/** The run's parameters once defaults are applied. */
export interface RunSettings {
  seed: number;
  durationS: number;
  /** the strategy's name */
  strategy: string;
  /** how the warm-up was chosen */
  warmUp: WarmUpRule;
}

/** What the KPIs need besides the recorder, for a run that ends (or is looked at) at `endS`. */
export function kpiContext(t: Terminal, endS: number): KpiContext {
  const arrived = t.calls.filter((c) => c.arrivalS < endS);
  return {
    warmUpS: Math.min(t.scenario.run.warmUpS, endS),
    endS,
    cranes: t.cranes.map((c) => c.id),
    calls: arrived.map((c) => ({
      id: c.id,
      arrivalS: c.arrivalS,
      berthS: Number.isNaN(c.berthS) ? Infinity : c.berthS,
      departS: Number.isNaN(c.departS) ? Infinity : c.departS,
      cranes: c.cranes.map((k) => t.cranes[k].id),
      moves: c.movesDone,
      movesLeft: Number.isNaN(c.berthS) ? c.plan.discharge.length + c.plan.loadMoves : c.remainingMoves,
    })),
    openPairs: t.cranes.filter((c) => c.call !== null && c.next < c.sequence.length).map((c) => ({ crane: c.index, call: c.call!.index })),
    trucksInside: countTrucksInside(t, endS),
    plugs: t.chargers.reduce((a, c) => a + c.plugs.capacity, 0),
    slots: t.yard.slots,
    yardCranes: t.yardCranes.flat().length,
    berthPlan: berthPlanOf(t, endS),
    trafficWaits: t.traffic === null ? null : { names: t.traffic.network.names, waitedS: t.traffic.waitedUntil(endS) },
  };
}

/** External trucks through the gate after the warm-up and not out by `endS`. */
function countTrucksInside(t: Terminal, endS: number): number {
  let n = 0;
  for (const k of t.trucks.values()) if (k.gateInS >= t.scenario.run.warmUpS && k.gateInS <= endS) n++;
  return n;
}

/** The result of a finished run: KPIs, provenance and counts. */
export function summarize(loaded: LoadedScenario, t: Terminal, run: RunSettings): RunResult {
  const context = kpiContext(t, run.durationS);
  const kpi = computeKpis(t.recorder, context);
  return {
    provenance: { scenario: loaded.scenario.name, scenarioHash: contentHash(loaded.sources), seed: run.seed, strategy: run.strategy, fleet: t.vehicles.length, durationS: run.durationS, warmUpS: context.warmUpS, warmUp: run.warmUp, traffic: t.scenario.traffic.control, version: zhigangVersion },
    ...kpi,
    counts: {
      events: t.sim.eventsFired,
      containers: { created: t.ledger.created, ...t.ledger.counts },
      vesselCalls: t.calls.filter((c) => c.arrivalS < run.durationS).length,
      decisions: (t.dispatcher as { epochs?: number }).epochs ?? 0,
      externalTrucks: t.trucksCreated,
    },
  };
}
