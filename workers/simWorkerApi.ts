import * as Comlink from 'comlink';
import type { KpiResult } from '../src/kpi/computeKpis';
import { layoutBoundsM, type BoundsM } from '../src/run/layoutBounds';
import { inspect, type Inspection, type InspectTarget } from '../src/run/inspect';
import { renderSnapshot, snapshotBuffers, type RenderSnapshot } from '../src/run/renderSnapshot';
import { vehicleTrajectory } from '../src/run/trajectory';
import type { RunResult } from '../src/run/runResult';
import { loadScenarioTexts, type ScenarioTexts } from '../src/run/scenarioTexts';
import { startRun, type RunSession } from '../src/run/session';
import { strategySpecFrom } from '../src/run/strategyModule';

export type { ScenarioTexts } from '../src/run/scenarioTexts';

/** Run options as plain data: the strategy is a registered name or a module URL. */
export interface WorkerRunOptions {
  seed?: number;
  durationS?: number;
  strategy?: string;
  /** number of vehicles instead of the scenario's */
  fleet?: number;
}

/** What a view needs to know about a run before its first frame. */
export interface LoadSummary {
  scenario: string;
  durationS: number;
  seed: number;
  strategy: string;
  vehicles: number;
  quayCranes: number;
  yardBlocks: number;
  boundsM: BoundsM;
  /** display ids, indexed like the snapshot's arrays */
  vehicleIds: string[];
  quayCraneIds: string[];
  yardCraneIds: string[];
}

/** A frame for a view: the time reached and the terminal at that time. */
export interface Frame {
  timeS: number;
  finished: boolean;
  snapshot: RenderSnapshot;
}

/**
 * The simulation worker's whole protocol: one run at a time, loaded from texts, advanced on request.
 * Everything returned is plain data; snapshots transfer their buffers instead of copying them.
 */
export interface SimWorkerApi {
  /** Loads a scenario and starts a run at t = 0 (replacing any run before it). */
  load(input: ScenarioTexts, options?: WorkerRunOptions): Promise<LoadSummary>;
  /** Advances the run to `timeS` (clamped to its end); returns the time reached. */
  advanceTo(timeS: number): number;
  /** Runs to the end and returns the result. */
  run(): RunResult;
  snapshot(): RenderSnapshot;
  /** advanceTo and snapshot in one message: what a view asks for each frame */
  frame(timeS: number): Frame;
  /** a vehicle's path since `sinceS` up to now, as x, y pairs in metres */
  trajectory(vehicle: number, sinceS: number): Float32Array;
  inspect(target: InspectTarget): Inspection;
  /** KPIs so far, as if the run ended now. */
  kpis(): KpiResult;
  /**
   * This thread's V8 heap in use, bytes, after a full collection when the host exposes `gc`
   * (`node --expose-gc`, or v8.setFlagsFromString before the thread starts); null outside Node.
   * For memory benchmarks: what a long run keeps.
   */
  heapUsedBytes(): number | null;
}

/** The API object a worker exposes; plain functions, so it also runs (and is tested) on a main thread. */
export function createSimWorkerApi(): SimWorkerApi {
  let session: RunSession | null = null;
  const current = (): RunSession => {
    if (session === null) throw new Error('no run: load a scenario first');
    return session;
  };
  return {
    async load(input, options = {}) {
      session = null; // a failed load leaves no run behind rather than the previous one
      const loaded = loadScenarioTexts(input);
      const strategy = options.strategy === undefined ? undefined : await strategySpecFrom(options.strategy);
      session = startRun(loaded, { seed: options.seed, durationS: options.durationS, fleet: options.fleet, strategy });
      const { settings, terminal } = session;
      return {
        scenario: loaded.scenario.name,
        ...settings,
        vehicles: terminal.vehicles.length,
        quayCranes: terminal.cranes.length,
        yardBlocks: loaded.layout.blocks.length,
        boundsM: layoutBoundsM(loaded.layout),
        vehicleIds: terminal.vehicles.map((v) => v.id),
        quayCraneIds: terminal.cranes.map((c) => c.id),
        yardCraneIds: terminal.yardCranes.flat().map((c) => c.id),
      };
    },
    advanceTo: (timeS) => current().advanceTo(timeS),
    run: () => current().finish(),
    snapshot() {
      const s = renderSnapshot(current());
      return Comlink.transfer(s, snapshotBuffers(s));
    },
    frame(timeS) {
      const run = current();
      run.advanceTo(timeS);
      const snapshot = renderSnapshot(run);
      return Comlink.transfer({ timeS: run.timeS, finished: run.finished, snapshot }, snapshotBuffers(snapshot));
    },
    trajectory(vehicle, sinceS) {
      const path = vehicleTrajectory(current(), vehicle, sinceS);
      return Comlink.transfer(path, [path.buffer]);
    },
    inspect: (target) => inspect(current(), target),
    kpis: () => current().kpisNow(),
    heapUsedBytes() {
      const host = globalThis as { gc?: () => void; process?: { memoryUsage?: () => { heapUsed: number } } };
      host.gc?.();
      return host.process?.memoryUsage?.().heapUsed ?? null;
    },
  };
}
