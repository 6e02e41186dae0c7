import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { SimWorkerApi } from '../../workers/sim.worker';

/** The Node entry of workers/sim.worker.ts: it registers tsx in the new thread first. */
const entry = new URL('../../workers/nodeBootstrap.mjs', import.meta.url);

/**
 * A simulation makes short-lived objects by the million (events, generator frames, snapshots): a
 * young generation of 192 MB (semi-spaces of 64 MB instead of 16) lets them die there, with about
 * half the scavenges, and makes runs ~15% faster and two workers side by side contend less.
 */
const YOUNG_GENERATION_MB = 192;

export interface SimWorker {
  api: Comlink.Remote<SimWorkerApi>;
  /** Stops the thread; calls still waiting reject. */
  terminate(): Promise<void>;
}

/**
 * Starts the simulation worker in a worker_threads Worker. A call on `api` rejects if the thread
 * dies (an error outside a call, or an exit) instead of waiting for an answer that cannot come.
 */
export function spawnSimWorker(): SimWorker {
  const worker = new Worker(entry, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  const remote = Comlink.wrap<SimWorkerApi>(nodeEndpoint(worker));
  const died = new Promise<never>((_, reject) => {
    worker.once('error', (e) => reject(new Error(`simulation worker failed: ${e.message}`, { cause: e })));
    worker.once('exit', (code) => reject(new Error(`simulation worker exited (code ${code})`)));
  });
  died.catch(() => {}); // observed here so a worker nobody calls any more is no unhandled rejection
  return {
    api: rejectingWhen(remote, died),
    async terminate() {
      await worker.terminate();
    },
  };
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
