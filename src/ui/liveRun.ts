import * as Comlink from 'comlink';
import { BehaviorSubject, Subject } from 'rxjs';
import type { KpiResult } from '../kpi/computeKpis';
import type { RunResult } from '../run/runResult';
import type { Frame, LoadSummary, ScenarioTexts, SimWorkerApi, WorkerRunOptions } from '../../workers/sim.worker';

/** A browser Web Worker running the simulation; vite bundles the module. */
export function spawnBrowserSimWorker(): { api: Comlink.Remote<SimWorkerApi>; terminate(): void } {
  const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
  return { api: Comlink.wrap<SimWorkerApi>(worker), terminate: () => worker.terminate() };
}

/**
 * The worker's calls, each raced against `limitMs`: past it the worker is terminated and the call
 * (and every later one) rejects with a message saying why.
 */
function guarded(worker: { api: Comlink.Remote<SimWorkerApi>; terminate(): void }, limitMs: number): { api: Comlink.Remote<SimWorkerApi>; terminate(): void } {
  let stopped: Error | null = null;
  const api = new Proxy(worker.api, {
    get(target, key, receiver) {
      const member = Reflect.get(target, key, receiver);
      if (typeof key === 'symbol' || key === 'then' || typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        if (stopped !== null) return Promise.reject(stopped);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const limit = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            stopped = new Error(`the strategy module did not answer for ${limitMs / 1000} s (a loop in its code?): its run was stopped`);
            worker.terminate();
            reject(stopped);
          }, limitMs);
        });
        return Promise.race([(member as (...a: unknown[]) => Promise<unknown>)(...args), limit]).finally(() => clearTimeout(timer));
      };
    },
  });
  return { api, terminate: () => worker.terminate() };
}

/**
 * One run in its own worker, seen as streams: each frame the worker answers, and the KPIs when
 * asked for. At most one frame request is in flight, so a slow worker lowers the frame rate of
 * its updates instead of queueing requests.
 */
export class LiveRun {
  readonly frames$ = new Subject<Frame>();
  readonly kpis$ = new BehaviorSubject<KpiResult | null>(null);
  readonly errors$ = new Subject<Error>();
  timeS = 0;
  finished = false;
  private inFlight = false;
  /** the request out now, so that a jump can wait for it instead of being skipped */
  private request: Promise<unknown> = Promise.resolve();
  private kpisInFlight = false;

  private constructor(
    private readonly worker: { api: Comlink.Remote<SimWorkerApi>; terminate(): void },
    readonly summary: LoadSummary,
    readonly texts: ScenarioTexts,
    readonly options: WorkerRunOptions,
  ) {}

  /**
   * Starts a run in a new worker. With `answerLimitMs` (a strategy module the user picked), a worker
   * that does not answer a request for that long is stopped and the run fails with a message:
   * a loop in the module's code would otherwise freeze the run for ever.
   */
  static async start(texts: ScenarioTexts, options: WorkerRunOptions, answerLimitMs?: number): Promise<LiveRun> {
    const worker = answerLimitMs === undefined ? spawnBrowserSimWorker() : guarded(spawnBrowserSimWorker(), answerLimitMs);
    try {
      const summary = await worker.api.load(texts, options);
      return new LiveRun(worker, summary, texts, options);
    } catch (e) {
      worker.terminate();
      throw e;
    }
  }

  get api(): Comlink.Remote<SimWorkerApi> {
    return this.worker.api;
  }

  get busy(): boolean {
    return this.inFlight;
  }

  /** Asks for the terminal at `timeS` unless a request is still out; resolves to its wall time in ms, or null if skipped. */
  requestFrame(timeS: number): Promise<number | null> {
    if (this.inFlight) return Promise.resolve(null);
    const request = this.frame(timeS);
    this.request = request;
    return request;
  }

  /** Waits for the request out now, then goes to `timeS` with a frame (shown) or without (compared): what a jump needs. */
  async goTo(timeS: number, withFrame: boolean): Promise<void> {
    while (this.inFlight) await this.request;
    await (withFrame ? this.requestFrame(timeS) : this.advanceTo(timeS));
  }

  private async frame(timeS: number): Promise<number | null> {
    this.inFlight = true;
    const started = performance.now();
    try {
      const frame = await this.worker.api.frame(timeS);
      this.timeS = frame.timeS;
      this.finished = frame.finished;
      this.frames$.next(frame);
      return performance.now() - started;
    } catch (e) {
      this.errors$.next(e as Error);
      return null;
    } finally {
      this.inFlight = false;
    }
  }

  /** Advances without a snapshot (a run compared but not shown). */
  advanceTo(timeS: number): Promise<void> {
    if (this.inFlight) return Promise.resolve();
    const request = this.advance(timeS);
    this.request = request;
    return request;
  }

  private async advance(timeS: number): Promise<void> {
    this.inFlight = true;
    try {
      this.timeS = await this.worker.api.advanceTo(timeS);
      this.finished = this.timeS >= this.summary.durationS;
    } catch (e) {
      this.errors$.next(e as Error);
    } finally {
      this.inFlight = false;
    }
  }

  /** whether the worker advances the run on its own ('as fast as possible') */
  freeRunning = false;

  /** Lets the worker advance on its own until the end or stopFree; frames then only look. */
  startFree(onEnd: () => void): void {
    if (this.freeRunning || this.finished) return;
    this.freeRunning = true;
    this.worker.api
      .runFree()
      .then((timeS) => {
        this.timeS = Math.max(this.timeS, timeS);
        this.finished = this.timeS >= this.summary.durationS;
        if (this.finished) onEnd();
      })
      .catch((e: unknown) => this.errors$.next(e as Error))
      .finally(() => (this.freeRunning = false));
  }

  stopFree(): void {
    if (this.freeRunning) void this.worker.api.stopFree();
  }

  async refreshKpis(): Promise<void> {
    if (this.kpisInFlight) return;
    this.kpisInFlight = true;
    try {
      this.kpis$.next(await this.worker.api.kpis());
    } catch (e) {
      this.errors$.next(e as Error);
    } finally {
      this.kpisInFlight = false;
    }
  }

  /** Runs to the end in the worker (the same result as the CLI for the same scenario and seed). */
  async finish(): Promise<RunResult> {
    const result = await this.worker.api.run();
    this.timeS = this.summary.durationS;
    this.finished = true;
    this.kpis$.next(result);
    return result;
  }

  dispose(): void {
    this.worker.terminate();
    this.frames$.complete();
    this.kpis$.complete();
    this.errors$.complete();
  }
}
