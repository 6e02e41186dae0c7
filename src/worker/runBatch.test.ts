import { describe, expect, it, vi } from 'vitest';
import { runSimulation } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { runBatch, type RunTask } from './runBatch';

// the real workers, counted: how many the pool starts and how many it terminates
const threads = vi.hoisted(() => ({ started: 0, terminated: 0 }));
vi.mock('./spawnSimWorker', async (importOriginal) => {
  const real = await importOriginal<typeof import('./spawnSimWorker')>();
  return {
    spawnSimWorker: () => {
      const worker = real.spawnSimWorker();
      threads.started++;
      return { api: worker.api, terminate: () => worker.terminate().then(() => void threads.terminated++) };
    },
  };
});

const DEMO = 'scenarios/demo-small.json';
const DAY_S = 86400;
const inThread = (t: RunTask) => runSimulation(readScenarioFile(t.scenarioFile), { seed: t.seed, durationS: t.durationS, strategy: t.strategy, fleet: t.fleet }).result;

describe('runBatch', () => {
  it('runs 3 tasks on 2 workers and returns their results in task order', async () => {
    threads.started = threads.terminated = 0;
    // the first task is the longest, so it finishes last
    const tasks: RunTask[] = [
      { scenarioFile: DEMO, seed: 3, durationS: 2 * DAY_S, strategy: 'fcfs' },
      { scenarioFile: DEMO, seed: 1, durationS: DAY_S / 4, strategy: 'fcfs' },
      { scenarioFile: DEMO, seed: 2, durationS: DAY_S / 2, strategy: 'fcfs', fleet: 5 },
    ];
    const progress: number[] = [];
    const results = await runBatch(tasks, { workers: 2, onProgress: (done, total) => progress.push(done / total) });
    expect(results).toStrictEqual(tasks.map(inThread));
    expect(results[2]).not.toStrictEqual(inThread({ ...tasks[2], fleet: undefined })); // the fleet reached the worker
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
    expect(threads).toEqual({ started: 2, terminated: 2 });
  });

  it('rejects naming the failing task and the worker message, and still terminates every worker', async () => {
    threads.started = threads.terminated = 0;
    const tasks: RunTask[] = [
      { scenarioFile: DEMO, seed: 1, durationS: DAY_S / 4, strategy: 'fcfs' },
      { scenarioFile: DEMO, seed: 7, durationS: DAY_S / 4, strategy: 'nope', fleet: 4 },
      { scenarioFile: DEMO, seed: 2, durationS: DAY_S / 4, strategy: 'fcfs' },
    ];
    await expect(runBatch(tasks, { workers: 3 })).rejects.toThrow(/^task 2 \(scenarios\/demo-small\.json, strategy "nope", seed 7, fleet 4\) failed: unknown strategy "nope" \(have: fcfs, .*\); a strategy module is run only when chosen as one$/);
    expect(threads).toEqual({ started: 3, terminated: 3 });
  });

  it('names a scenario file that cannot be read', async () => {
    const tasks: RunTask[] = [{ scenarioFile: 'scenarios/missing.json', seed: 1, strategy: 'fcfs' }];
    await expect(runBatch(tasks, { workers: 1 })).rejects.toThrow('task 1 (scenarios/missing.json, strategy "fcfs", seed 1) failed: scenarios/missing.json: $: expected a readable scenario file');
  });
});
