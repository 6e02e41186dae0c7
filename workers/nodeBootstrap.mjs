// Entry of the simulation worker under Node's worker_threads. A worker thread starts without the
// parent's loader hooks (Node 20), and `--import tsx` in a Worker's execArgv is not honoured there,
// so the thread registers tsx itself, resolved from this file, then imports the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./sim.worker.ts');
