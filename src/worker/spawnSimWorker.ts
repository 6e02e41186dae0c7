import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { SimWorkerApi } from '../../workers/sim.worker';
import { BeatPhase, DecisionBeat } from './decisionBeat';
import { RunLimitError, workerLimits, type WorkerLimits } from './workerLimits';

/** The Node entry of workers/sim.worker.ts: it registers tsx in the new thread first. */
const entry = new URL('../../workers/nodeBootstrap.mjs', import.meta.url);

/**
 * A simulation makes short-lived objects by the million (events, generator frames, snapshots): a
 * young generation of 192 MB (semi-spaces of 64 MB instead of 16) lets them die there, with about
 * half the scavenges, and makes runs ~15% faster and two workers side by side contend less.
 */
const YOUNG_GENERATION_MB = 192;

/** How often the parent looks at the worker's strategy, ms. */
const LOOK_EVERY_MS = 200;

export interface SimWorker {
  api: Comlink.Remote<SimWorkerApi>;
  /** Stops the thread; calls still waiting reject. */
  terminate(): Promise<void>;
  /** Stops the thread and makes every call waiting, and every later one, reject with `error`. */
  kill(error: Error): void;
}

/**
 * Starts the simulation worker in a worker_threads Worker, within limits: a heap of
 * `maxMemoryMb`, and a strategy that decides (or loads) for longer than `decisionLimitS` gets the
 * thread stopped. A call on `api` rejects, with a message that says which limit or what happened,
 * if the thread dies (an error, running out of memory, an exit such as a strategy's
 * `process.exit()`) or is killed, instead of waiting for an answer that cannot come.
 */
export function spawnSimWorker(limits: Partial<WorkerLimits> = {}): SimWorker {
  const { decisionLimitS, maxMemoryMb } = workerLimits(limits);
  const beat = new DecisionBeat();
  const worker = new Worker(entry, {
    workerData: { beat: beat.buffer },
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: maxMemoryMb },
  });
  const remote = Comlink.wrap<SimWorkerApi>(nodeEndpoint(worker));
  let reject: (e: Error) => void = () => {};
  const died = new Promise<never>((_, r) => (reject = r));
  died.catch(() => {}); // observed here so a worker nobody calls any more is no unhandled rejection
  let ended = false;
  const end = (error: Error) => {
    if (ended) return;
    ended = true;
    clearInterval(look);
    reject(error);
  };
  worker.once('error', (e) => end(workerFailure(e, maxMemoryMb)));
  worker.once('exit', (code) => end(new RunLimitError(`the simulation worker stopped (exit code ${code}) during the run: a strategy called process.exit(), or its thread was ended`)));
  const look = watchDecisions(beat, decisionLimitS, (error) => kill(error));
  const kill = (error: Error) => {
    end(error);
    void worker.terminate();
  };
  return {
    api: rejectingWhen(remote, died),
    async terminate() {
      end(new RunLimitError('the simulation worker was stopped'));
      await worker.terminate();
    },
    kill,
  };
}

/** Polls the beat: the same call still under way after the limit stops the worker. */
function watchDecisions(beat: DecisionBeat, limitS: number, stop: (e: Error) => void): ReturnType<typeof setInterval> {
  let seen = -1;
  let sinceMs = 0;
  const look = setInterval(() => {
    const { count, phase, timeS } = beat.read();
    const now = performance.now();
    if (phase === BeatPhase.Idle || count !== seen) {
      seen = phase === BeatPhase.Idle ? -1 : count;
      sinceMs = now;
      return;
    }
    if (now - sinceMs <= limitS * 1000) return;
    const what = phase === BeatPhase.Loading ? 'loading and making the strategy' : `the strategy's decision at t = ${timeS.toFixed(1)} s`;
    stop(new RunLimitError(`${what} took longer than the ${limitS} s decision limit (a loop?): the run was stopped (--decision-limit changes the limit)`));
  }, LOOK_EVERY_MS);
  look.unref();
  return look;
}

function workerFailure(e: Error, maxMemoryMb: number): Error {
  if ((e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new RunLimitError(`the run used more than its ${maxMemoryMb} MB memory limit (a strategy keeping ever more data?): it was stopped (--max-memory changes the limit)`);
  }
  return new RunLimitError(`the simulation worker failed: ${e.message}`);
}

/** The remote, with each method call racing `died`. */
function rejectingWhen<T>(remote: Comlink.Remote<T>, died: Promise<never>): Comlink.Remote<T> {
  return new Proxy(remote, {
    get(target, key, receiver) {
      const member = Reflect.get(target, key, receiver);
      // symbols (releaseProxy …) and `then` keep comlink's own meaning
      if (typeof key === 'symbol' || key === 'then' || typeof member !== 'function') return member;
      return (...args: unknown[]) => Promise.race([(member as (...a: unknown[]) => Promise<unknown>)(...args), died]);
    },
  });
}
