/**
 * The simulation worker: the same module runs as a browser Web Worker and in Node's worker_threads
 * (see src/worker/spawnSimWorker.ts). Node has no `self` to talk through, so there the parent port
 * is wrapped by comlink's node adapter; both imports stay dynamic so a browser bundle never pulls in
 * a `node:` module.
 */
import * as Comlink from 'comlink';
import { DecisionBeat } from '../src/worker/decisionBeat';
import { createSimWorkerApi } from './simWorkerApi';

export type { Frame, LoadSummary, ScenarioTexts, SimWorkerApi, WorkerRunOptions } from './simWorkerApi';

if (typeof process !== 'undefined' && process.versions?.node !== undefined) {
  const [{ parentPort, workerData }, { default: nodeEndpoint }] = await Promise.all([import('node:worker_threads'), import('comlink/dist/esm/node-adapter.mjs')]);
  if (parentPort === null) throw new Error('sim.worker.ts must run in a worker thread');
  const shared = (workerData as { beat?: SharedArrayBuffer } | null)?.beat;
  Comlink.expose(createSimWorkerApi(shared === undefined ? null : new DecisionBeat(shared)), nodeEndpoint(parentPort));
} else {
  Comlink.expose(createSimWorkerApi());
}
