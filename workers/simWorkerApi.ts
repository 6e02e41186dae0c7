import * as Comlink from 'comlink';
import type { KpiResult } from '../src/kpi/computeKpis';
import { layoutBoundsM, type BoundsM } from '../src/run/layoutBounds';
import { inspect, type Inspection, type InspectTarget } from '../src/run/inspect';
import { renderSnapshot, snapshotBuffers, type RenderSnapshot } from '../src/run/renderSnapshot';
import { vehicleTrajectory } from '../src/run/trajectory';
import type { RunResult } from '../src/run/runResult';
import { loadScenarioTexts, type ScenarioTexts } from '../src/run/scenarioTexts';
import { startRun, type RunSession } from '../src/run/session';
import { withoutTraffic } from '../src/run/withoutTraffic';
import { chosenStrategy } from './chosenStrategy';
import { traceChunks, type TraceChunks } from './traceChunks';
import { watchedStrategy } from '../src/run/watchedStrategy';
import type { DecisionBeat } from '../src/worker/decisionBeat';

export type { ScenarioTexts } from '../src/run/scenarioTexts';

/** Run options as plain data. */
export interface WorkerRunOptions {
  seed?: number;
  durationS?: number;
  /** a registered strategy name (default: the scenario's, which must then be a registered name) */
  strategy?: string;
  /**
   * a strategy module the user chose, instead of `strategy`: a file: URL (Node: the CLI made it from
   * a path given on its command line, or with --allow-code) or a blob: URL (the browser: a file the
   * user picked). Never taken from a scenario, a URL or any other data.
   */
  strategyModule?: string;
  /** number of vehicles instead of the scenario's */
  fleet?: number;
  /** the warm-up instead of the scenario's, s, or 'auto' (MSER-5) */
  warmUpS?: number | 'auto';
  /**
   * the idealised road (traffic.control "off") whatever the scenario says (the CLI's --no-traffic):
   * a worker reads the scenario from its texts, so the switch crosses as a flag and is applied here
   */
  noTraffic?: boolean;
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
  /**
   * Loads a scenario and starts a run at t = 0 (replacing any run before it). With `traceSink`, every
   * domain event goes to it as JSON lines, in chunks of about a megabyte (a comlink proxy in Node).
   */
  load(input: ScenarioTexts, options?: WorkerRunOptions, traceSink?: (chunk: string) => unknown): Promise<LoadSummary>;
  /** Advances the run to `timeS` (clamped to its end); returns the time reached. */
  advanceTo(timeS: number): number;
  /** Runs to the end and returns the result (the trace, if any, written before it returns). */
  run(): Promise<RunResult>;
  snapshot(): RenderSnapshot;
  /** advanceTo and snapshot in one message: what a view asks for each frame */
  frame(timeS: number): Frame;
  /** a vehicle's path since `sinceS` up to now, as x, y pairs in metres */
  trajectory(vehicle: number, sinceS: number): Float32Array;
  inspect(target: InspectTarget): Inspection;
  /** KPIs so far, as if the run ended now. */
  kpis(): KpiResult;
  /**
   * "As fast as possible": advances the run on its own, in chunks of about `chunkMs` of work with a
   * pause between them in which other calls (a frame, the KPIs) are answered, until the end or
   * `stopFree`. Resolves with the time reached. The view's frame rate does not pace it.
   */
  runFree(chunkMs?: number): Promise<number>;
  stopFree(): void;
  /**
   * This thread's V8 heap in use, bytes, after a full collection when the host exposes `gc`
   * (`node --expose-gc`, or v8.setFlagsFromString before the thread starts); null outside Node.
   * For memory benchmarks: what a long run keeps.
   */
  heapUsedBytes(): number | null;
}

/** runFree: work between two pauses, ms, and simulated time per step within it, s. */
const FREE_CHUNK_MS = 40;
const FREE_STEP_S = 120;

/**
 * The API object a worker exposes; plain functions, so it also runs (and is tested) on a main
 * thread. `beat`, in a Node worker thread, shows the parent each call into the strategy, so it can
 * stop one that never returns.
 */
export function createSimWorkerApi(beat: DecisionBeat | null = null): SimWorkerApi {
  let session: RunSession | null = null;
  let trace: TraceChunks | null = null;
  /** the run advancing on its own (runFree), if any */
  let free: RunSession | null = null;
  const current = (): RunSession => {
    if (session === null) throw new Error('no run: load a scenario first');
    return session;
  };
  return {
    async load(input, options = {}, traceSink) {
      session = null; // a failed load leaves no run behind rather than the previous one
      const read = loadScenarioTexts(input);
      const loaded = options.noTraffic === true ? withoutTraffic(read) : read;
      const spec = await chosenStrategy(loaded.scenario.dispatch.strategy, options, beat);
      trace = traceSink === undefined ? null : traceChunks(traceSink);
      session = startRun(loaded, { seed: options.seed, durationS: options.durationS, fleet: options.fleet, warmUpS: options.warmUpS, strategy: watchedStrategy(spec, beat), trace: trace?.write });
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
    async run() {
      const result = current().finish();
      await trace?.flush();
      return result;
    },
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
    async runFree(chunkMs = FREE_CHUNK_MS) {
      const run = current();
      free = run;
      while (free === run && session === run && !run.finished) {
        const until = performance.now() + chunkMs;
        while (!run.finished && performance.now() < until) run.advanceTo(run.timeS + FREE_STEP_S);
        await new Promise((resolve) => setTimeout(resolve, 0)); // answer what waits meanwhile
      }
      if (free === run) free = null;
      return run.timeS;
    },
    stopFree() {
      free = null;
    },
    heapUsedBytes() {
      const host = globalThis as { gc?: () => void; process?: { memoryUsage?: () => { heapUsed: number } } };
      host.gc?.();
      return host.process?.memoryUsage?.().heapUsed ?? null;
    },
  };
}
