import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { readScenarioTexts } from '../worker/readScenarioTexts';
import { runBatch, type RunTask } from '../worker/runBatch';
import { spawnSimWorker } from '../worker/spawnSimWorker';

const SCENARIO = fileURLToPath(new URL('../../scenarios/tianjin-c-section.json', import.meta.url));
const DAY_S = 86400;
/** A replication as a study runs it: a simulated week (the docs' advice for numbers to defend). */
const RUN_DAYS = 7;
/**
 * The fixed batch timed on 1 and on 2 workers: 16 replications of a week, as an experiment has.
 * Every worker pays its start-up and JIT warm-up (~2 s of CPU) once, so the batch must be long
 * enough for that to be a small part of it, as it is in real studies.
 */
const TASKS: RunTask[] = Array.from({ length: 16 }, (_, k) => ({ scenarioFile: SCENARIO, seed: k + 1, durationS: RUN_DAYS * DAY_S, strategy: 'fcfs' }));
/**
 * Rounds of 1 worker on one core, 1 worker free and 2 workers, back to back. A shared virtual machine's
 * speed drifts by tens of percent over minutes, so each round's efficiency compares runs made a few
 * seconds apart, and the median round is reported with the spread.
 */
const ROUNDS = 3;
const EFFICIENCY_TARGET = 0.9;
const MEMORY_DAYS = 30;
/** heap growth from day 10 to day 30 that still counts as flat */
const FLAT_GROWTH = 0.1;

/** `zhigang bench batch`: parallel efficiency of the worker pool, and a worker's heap over a 30-day run. */
export async function benchBatchCommand(json: boolean): Promise<number> {
  // a full collection before each heap sample, in the worker thread too (flags are per process)
  setFlagsFromString('--expose-gc');
  const rounds: { one: Timing; oneFree: Timing; two: Timing }[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    // one worker on one core (the textbook T1), one worker free to use both, then two workers
    const one = await onOneCore(() => timed(() => runBatch(TASKS, { workers: 1 })));
    rounds.push({ one, oneFree: await timed(() => runBatch(TASKS, { workers: 1 })), two: await timed(() => runBatch(TASKS, { workers: 2 })) });
  }
  const roundEfficiency = (r: (typeof rounds)[number]) => r.one.wallS / (2 * r.two.wallS);
  const byEfficiency = [...rounds].sort((a, b) => roundEfficiency(a) - roundEfficiency(b));
  const median = byEfficiency[Math.floor(ROUNDS / 2)];
  const { one, oneFree, two } = median;
  const oneWorker = one.wallS;
  const twoWorkers = two.wallS;
  const efficiency = roundEfficiency(median);
  const efficiencyRange = [roundEfficiency(byEfficiency[0]), roundEfficiency(byEfficiency[ROUNDS - 1])];
  const heap = await heapOverLongRun();
  const at = (day: number) => heap[day - 1];
  const growth = (at(MEMORY_DAYS) - at(10)) / at(10);
  const report = {
    batch: { scenario: 'tianjin-c-section', runs: TASKS.length, durationS: RUN_DAYS * DAY_S, strategy: 'fcfs' },
    /** oneWorker ran with every thread of the process on one core (null pinned: taskset was missing); oneWorkerFree on all cores */
    pinnedToOneCore: one.pinned,
    wallS: { oneWorker, oneWorkerFree: oneFree.wallS, twoWorkers, rounds: rounds.map((r) => ({ oneWorker: r.one.wallS, oneWorkerFree: r.oneFree.wallS, twoWorkers: r.two.wallS })) },
    /** CPU seconds of the whole process (every thread) per wall second: above 1 for a free single worker, V8's GC and compiler threads ran on the other core */
    coresBusy: { oneWorker: one.cpuS / one.wallS, oneWorkerFree: oneFree.cpuS / oneFree.wallS, twoWorkers: two.cpuS / two.wallS },
    cpuS: { oneWorker: one.cpuS, oneWorkerFree: oneFree.cpuS, twoWorkers: two.cpuS },
    /** the median round's T1 / (2 × T2); every round's efficiency, lowest and highest */
    parallelEfficiency: efficiency,
    parallelEfficiencyRange: efficiencyRange,
    /** T1 of a single worker free to use both cores ÷ (2 × T2): what a second worker adds in practice */
    efficiencyAgainstFreeWorker: oneFree.wallS / (2 * twoWorkers),
    memory: { scenario: 'tianjin-c-section', days: MEMORY_DAYS, strategy: 'fcfs', heapUsedBytesByDay: heap, growthDay10To30: growth },
    meets: { parallelEfficiency: efficiency >= EFFICIENCY_TARGET, flatMemory: growth <= FLAT_GROWTH },
    node: process.version,
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return 0;
  }
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
  console.log(`batch: ${TASKS.length} runs of tianjin-c-section (${RUN_DAYS} simulated days, fcfs), worker start-up included, median of ${ROUNDS} rounds`);
  console.log(`  1 worker       ${oneWorker.toFixed(2)} s wall, ${one.cpuS.toFixed(1)} s CPU, ${one.pinned ? 'every thread on one core (T1)' : 'NOT pinned to one core (no taskset)'}`);
  console.log(`  1 worker free  ${oneFree.wallS.toFixed(2)} s wall, ${oneFree.cpuS.toFixed(1)} s CPU (${report.coresBusy.oneWorkerFree.toFixed(2)} cores busy: V8's GC and compiler threads use the idle core)`);
  console.log(`  2 workers      ${twoWorkers.toFixed(2)} s wall, ${two.cpuS.toFixed(1)} s CPU (${report.coresBusy.twoWorkers.toFixed(2)} cores busy)`);
  console.log(`  efficiency     ${(100 * efficiency).toFixed(1)}% = T1 / (2 × T2) (target ≥ ${100 * EFFICIENCY_TARGET}%: ${report.meets.parallelEfficiency ? 'met' : 'NOT met'}; rounds ${efficiencyRange.map((e) => `${(100 * e).toFixed(1)}%`).join(' … ')}); against the free single worker ${(100 * report.efficiencyAgainstFreeWorker).toFixed(1)}%`);
  console.log(`  CPU time       2 workers used ${(two.cpuS / one.cpuS).toFixed(2)}× the CPU time of 1 on one core: two simulations side by side slow each other down`);
  console.log(`memory: one worker running ${MEMORY_DAYS} simulated days of tianjin-c-section (fcfs), heap in use after a full GC`);
  for (const day of [1, 10, 20, 30]) console.log(`  day ${String(day).padStart(2)}         ${mb(at(day))}`);
  console.log(`  day 10 → 30    ${growth >= 0 ? '+' : ''}${(100 * growth).toFixed(1)}% (flat if ≤ +${100 * FLAT_GROWTH}%: ${report.meets.flatMemory ? 'flat' : 'NOT flat'})`);
  return 0;
}

interface Timing {
  wallS: number;
  /** CPU time of every thread of this process */
  cpuS: number;
  /** whether every thread ran on one core */
  pinned?: boolean;
}

/**
 * Runs `f` with every thread of this process (V8's GC and compiler threads included) on core 0, so a
 * single worker cannot borrow the other core; threads and processes started meanwhile inherit it.
 * Without taskset (not Linux) it runs unpinned and says so.
 */
async function onOneCore(f: () => Promise<Timing>): Promise<Timing> {
  const all = `0-${availableParallelism() - 1}`;
  const pin = (cores: string) => execFileSync('taskset', ['-a', '-p', '-c', cores, String(process.pid)], { stdio: 'ignore' });
  try {
    pin('0');
  } catch {
    return { ...(await f()), pinned: false };
  }
  try {
    return { ...(await f()), pinned: true };
  } finally {
    pin(all);
  }
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
