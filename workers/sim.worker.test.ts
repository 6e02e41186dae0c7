import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspect } from '../src/run/inspect';
import { renderSnapshot } from '../src/run/renderSnapshot';
import { vehicleTrajectory } from '../src/run/trajectory';
import { runSimulation } from '../src/run/runSimulation';
import { startRun } from '../src/run/session';
import { readScenarioFile } from '../src/scenario/readScenarioFile';
import { readScenarioTexts } from '../src/worker/readScenarioTexts';
import { spawnSimWorker, type SimWorker } from '../src/worker/spawnSimWorker';

const DEMO = 'scenarios/demo-small.json';
const DAY_S = 86400;

// one real worker thread (worker_threads, TypeScript through tsx) for the whole file
let worker: SimWorker;
beforeAll(() => {
  worker = spawnSimWorker();
});
afterAll(() => worker.terminate());

describe('the simulation worker under worker_threads', () => {
  it('runs demo-small for a day to the same result as runSimulation in this thread', async () => {
    const summary = await worker.api.load(readScenarioTexts(DEMO), { seed: 1, durationS: DAY_S, strategy: 'fcfs' });
    expect(summary).toMatchObject({ scenario: 'Demo small terminal', seed: 1, durationS: DAY_S, strategy: 'fcfs', vehicles: 12, quayCranes: 3, yardBlocks: 2 });
    expect(summary.boundsM.maxX).toBeGreaterThan(summary.boundsM.minX);
    const inThread = runSimulation(readScenarioFile(DEMO), { seed: 1, durationS: DAY_S, strategy: 'fcfs' }).result;
    expect(await worker.api.run()).toStrictEqual(inThread);
  });

  it('advances on request and sends snapshots and live KPIs equal to those made in this thread', async () => {
    await worker.api.load(readScenarioTexts(DEMO), { durationS: DAY_S });
    expect(await worker.api.advanceTo(3600)).toBe(3600);
    expect(await worker.api.advanceTo(5 * 3600 + 11)).toBe(5 * 3600 + 11);
    const snapshot = await worker.api.snapshot();
    const kpis = await worker.api.kpis();
    const here = startRun(readScenarioFile(DEMO), { durationS: DAY_S });
    here.advanceTo(5 * 3600 + 11);
    expect(snapshot.vehicles.x).toBeInstanceOf(Float32Array);
    expect(snapshot).toStrictEqual(renderSnapshot(here));
    expect(kpis).toStrictEqual(here.kpisNow());
    expect(await worker.api.advanceTo(10 * DAY_S)).toBe(DAY_S);
  });

  it('answers frames in steps of any size with the same run as one advance, plus trails and inspections', async () => {
    await worker.api.load(readScenarioTexts(DEMO), { durationS: DAY_S });
    let frame = await worker.api.frame(0);
    for (let t = 0; t < 4 * 3600; t += 977) frame = await worker.api.frame(t);
    frame = await worker.api.frame(4 * 3600);
    const here = startRun(readScenarioFile(DEMO), { durationS: DAY_S });
    here.advanceTo(4 * 3600);
    expect(frame).toStrictEqual({ timeS: 4 * 3600, finished: false, snapshot: renderSnapshot(here) });
    expect(await worker.api.trajectory(3, 3 * 3600)).toStrictEqual(vehicleTrajectory(here, 3, 3 * 3600));
    expect(await worker.api.inspect({ kind: 'quayCrane', index: 1 })).toStrictEqual(inspect(here, { kind: 'quayCrane', index: 1 }));
    expect((await worker.api.frame(2 * DAY_S)).finished).toBe(true);
  });

  it("runs free ('as fast as possible') to the same end, answering frames between its chunks", async () => {
    await worker.api.load(readScenarioTexts(DEMO), { durationS: DAY_S, seed: 2 });
    const free = worker.api.runFree(5);
    const seen: number[] = [];
    // no frame paces it: these only look, and each finds the run further on (or at its end)
    for (let k = 0; k < 3; k++) seen.push((await worker.api.frame(0)).timeS);
    expect(await free).toBe(DAY_S);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(await worker.api.run()).toStrictEqual(runSimulation(readScenarioFile(DEMO), { seed: 2, durationS: DAY_S }).result);
  });

  it('rejects a bad scenario with its issues, naming the file and the JSON path', async () => {
    const texts = readScenarioTexts(DEMO);
    const broken = { ...texts, scenario: { ...texts.scenario, text: texts.scenario.text.replace('"count": 12', '"count": -1') } };
    const error = await worker.api.load(broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('InputError');
    expect((error as Error).message).toMatch(/^scenarios\/demo-small\.json: \$\.vehicles\.count: expected /);
    // the failed load leaves no run behind
    await expect(worker.api.advanceTo(10)).rejects.toThrow('no run: load a scenario first');
    const noLayout = { ...texts, files: {} };
    await expect(worker.api.load(noLayout)).rejects.toThrow('scenarios/demo-small.json: $.layout: expected a readable layout file, got "demo-small.layout.geojson" (not among the files given with the scenario)');
  });

  it('passes a broken invariant on as an InvariantError with its message', async () => {
    const texts = readScenarioTexts(DEMO);
    const tinyBattery = { ...texts, scenario: { ...texts.scenario, text: texts.scenario.text.replace('"capacityKWh": 280', '"capacityKWh": 1') } };
    await worker.api.load(tinyBattery, { durationS: DAY_S });
    const error = (await worker.api.advanceTo(DAY_S).catch((e: unknown) => e)) as Error;
    expect(error.name).toBe('InvariantError');
    expect(error.message).toMatch(/^invariant broken at t = [\d.]+ s: ART\d+ ran out of charge driving from /);
  });

  it('passes a strategy failure on as a DispatchError with its message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhigang-worker-'));
    try {
      const file = join(dir, 'throws.mjs');
      writeFileSync(file, `export default { name: 'grumpy', decide() { throw new RangeError('no vehicles today'); } };`);
      await worker.api.load(readScenarioTexts(DEMO), { durationS: DAY_S, strategyModule: pathToFileURL(file).href });
      const error = (await worker.api.run().catch((e: unknown) => e)) as Error;
      expect(error.name).toBe('DispatchError');
      expect(error.message).toMatch(/^strategy "grumpy" at t = [\d.]+ s: it threw RangeError: no vehicles today$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
