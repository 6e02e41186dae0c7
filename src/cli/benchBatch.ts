import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { readScenarioTexts } from '../worker/readScenarioTexts';
import { runBatch, type RunTask } from '../worker/runBatch';
import { spawnSimWorker } from '../worker/spawnSimWorker';

const SCENARIO = fileURLToPath(new URL('../../scenarios/tianjin-c-section.json', import.meta.url));
const DAY_S = 86400;
/**
 * The fixed batch timed on 1 and on 2 workers: 16 replications, as an experiment has, so that each
 * worker's start-up and JIT warm-up (~2 s, paid by every worker) is a small part of the time.
 */
const TASKS: RunTask[] = Array.from({ length: 16 }, (_, k) => ({ scenarioFile: SCENARIO, seed: k + 1, durationS: 3 * DAY_S, strategy: 'fcfs' }));
/** rounds alternating 1 and 2 workers; the fastest of each counts (the machine's other load only slows) */
const ROUNDS = 2;
const EFFICIENCY_TARGET = 0.9;
const MEMORY_DAYS = 30;
/** heap growth from day 10 to day 30 that still counts as flat */
const FLAT_GROWTH = 0.1;

/** `zhigang bench batch`: parallel efficiency of the worker pool, and a worker's heap over a 30-day run. */
export async function benchBatchCommand(json: boolean): Promise<number> {
  // a full collection before each heap sample, in the worker thread too (flags are per process)
  setFlagsFromString('--expose-gc');
  const rounds: { one: Timing; two: Timing }[] = [];
  for (let k = 0; k < ROUNDS; k++) rounds.push({ one: await timed(() => runBatch(TASKS, { workers: 1 })), two: await timed(() => runBatch(TASKS, { workers: 2 })) });
  const fastest = (ts: Timing[]) => ts.reduce((a, b) => (b.wallS < a.wallS ? b : a));
  const one = fastest(rounds.map((r) => r.one));
  const two = fastest(rounds.map((r) => r.two));
  const oneWorker = one.wallS;
  const twoWorkers = two.wallS;
  const efficiency = oneWorker / (2 * twoWorkers);
  const heap = await heapOverLongRun();
  const at = (day: number) => heap[day - 1];
  const growth = (at(MEMORY_DAYS) - at(10)) / at(10);
  const report = {
    batch: { scenario: 'tianjin-c-section', runs: TASKS.length, durationS: 3 * DAY_S, strategy: 'fcfs' },
    wallS: { oneWorker, twoWorkers, rounds: rounds.map((r) => ({ oneWorker: r.one.wallS, twoWorkers: r.two.wallS })) },
    /** CPU seconds of the whole process (every thread) per wall second: above 1 with one worker, V8's GC and compiler threads ran on the other core */
    coresBusy: { oneWorker: one.cpuS / one.wallS, twoWorkers: two.cpuS / two.wallS },
    cpuS: { oneWorker: one.cpuS, twoWorkers: two.cpuS },
    parallelEfficiency: efficiency,
    memory: { scenario: 'tianjin-c-section', days: MEMORY_DAYS, strategy: 'fcfs', heapUsedBytesByDay: heap, growthDay10To30: growth },
    meets: { parallelEfficiency: efficiency >= EFFICIENCY_TARGET, flatMemory: growth <= FLAT_GROWTH },
    node: process.version,
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
  console.log(`batch: ${TASKS.length} runs of tianjin-c-section (3 simulated days, fcfs), worker start-up included, fastest of ${ROUNDS} rounds`);
  console.log(`  1 worker       ${oneWorker.toFixed(2)} s wall, ${one.cpuS.toFixed(1)} s CPU (${report.coresBusy.oneWorker.toFixed(2)} cores busy)`);
  console.log(`  2 workers      ${twoWorkers.toFixed(2)} s wall, ${two.cpuS.toFixed(1)} s CPU (${report.coresBusy.twoWorkers.toFixed(2)} cores busy)`);
  console.log(`  efficiency     ${(100 * efficiency).toFixed(1)}% = T1 / (2 × T2) (target ≥ ${100 * EFFICIENCY_TARGET}%: ${report.meets.parallelEfficiency ? 'met' : 'NOT met'})`);
  console.log(`  CPU time       2 workers used ${(two.cpuS / one.cpuS).toFixed(2)}× the CPU time of 1 (each thread starts and warms up its own JIT); 1 worker alone kept ${report.coresBusy.oneWorker.toFixed(2)} cores busy (V8's GC and compiler threads use the idle core)`);
  console.log(`memory: one worker running ${MEMORY_DAYS} simulated days of tianjin-c-section (fcfs), heap in use after a full GC`);
  for (const day of [1, 10, 20, 30]) console.log(`  day ${String(day).padStart(2)}         ${mb(at(day))}`);
  console.log(`  day 10 → 30    ${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(1)}% (flat if ≤ +${100 * FLAT_GROWTH}%: ${report.meets.flatMemory ? 'flat' : 'NOT flat'})`);
  return 0;
}

interface Timing {
  wallS: number;
  /** CPU time of every thread of this process */
  cpuS: number;
}

async function timed(f: () => Promise<unknown>): Promise<Timing> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await f();
  const cpu = process.cpuUsage(c0);
  return { wallS: (performance.now() - t0) / 1000, cpuS: (cpu.user + cpu.system) / 1e6 };
}

/** The worker's heap at the end of each simulated day. */
async function heapOverLongRun(): Promise<number[]> {
  const worker = spawnSimWorker();
  try {
    await worker.api.load(readScenarioTexts(SCENARIO), { seed: 1, durationS: MEMORY_DAYS * DAY_S, strategy: 'fcfs' });
    const heap: number[] = [];
    for (let day = 1; day <= MEMORY_DAYS; day++) {
      await worker.api.advanceTo(day * DAY_S);
      const used = await worker.api.heapUsedBytes();
      if (used === null) throw new Error('the worker cannot measure its heap');
      heap.push(used);
    }
    await worker.api.run(); // the invariants, as any run ends
    return heap;
  } finally {
    await worker.terminate();
  }
}
