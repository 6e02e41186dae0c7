import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/compare/compare';
import { summarizeComparison } from '../src/compare/comparison';
import { runSimulation } from '../src/run/runSimulation';
import { loadStrategyModule } from '../src/run/strategyModule';
import { readScenarioFile } from '../src/scenario/readScenarioFile';
import { runCli } from './helpers/cli';

const demo = 'scenarios/demo-small.json';

/** Strategy modules as a user would write them, in a temp directory. */
function moduleFile(name: string, source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhigang-strategy-'));
  const file = join(dir, name);
  writeFileSync(file, source);
  return file;
}

// first free vehicle to first open job, until it gives up
const throwsAt = (t: number) =>
  `export default { name: 'fragile', decide(s) { if (s.timeS > ${t} && s.jobs.length > 0) throw new Error('no plan for this'); const v = s.vehicles.find((x) => x.free); return v && s.jobs.length > 0 ? [{ vehicle: v.index, job: s.jobs[0].id }] : []; } };`;
const twice = `export default () => ({ name: 'greedy', decide(s) { const v = s.vehicles.find((x) => x.free); return s.jobs.length < 2 || !v ? [] : [{ vehicle: v.index, job: s.jobs[0].id }, { vehicle: v.index, job: s.jobs[1].id }]; } });`;

describe('compare', () => {
  it('runs strategies × seeds in workers with the same results as in-process runs, paired by seed', async () => {
    const seeds = [1, 2];
    const report = await compare(demo, ['fcfs', 'pooled-lap'], seeds, { durationS: 86400, workers: 2 });
    const local = ['fcfs', 'pooled-lap'].map((strategy) => seeds.map((seed) => runSimulation(readScenarioFile(demo), { strategy, seed, durationS: 86400 }).result));
    expect(report).toEqual(summarizeComparison(['fcfs', 'pooled-lap'], seeds, local, 'fcfs'));
    expect(report.strategies.map((s) => s.strategy)).toEqual(['fcfs', 'pooled-lap']);
    const diff = report.strategies[1].vsBaseline!.craneRate!;
    expect(diff.mean).toBeCloseTo((local[1][0].kpis.craneRate! - local[0][0].kpis.craneRate! + local[1][1].kpis.craneRate! - local[0][1].kpis.craneRate!) / 2, 12);
  });

  it('prints a table per strategy with the paired difference against the baseline', async () => {
    const { code, out } = await runCli(['compare', demo, '--strategies', 'fcfs,dual-cycle', '--seeds', '1-3', '--duration', '1d', '--workers', '2']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Demo small terminal · 1 d per run (KPIs after a 1 h warm-up) · seeds 1,2,3 · mean ± 95% CI');
    expect(lines[2]).toMatch(/^strategy\s+crane rate \(moves\/h\)\s+gap to QC-bound\s+QC wait\s+empty travel\s+kWh\/move\s+loaded\/empty\/waitQ\/waitY\/chg\/idle %\s+Δ rate vs fcfs$/);
    expect(lines[3]).toMatch(/^fcfs\s+\d+\.\d ± \d+\.\d\s.*\(baseline\)$/);
    expect(lines[4]).toMatch(/^dual-cycle\s+\d+\.\d ± \d+\.\d\s.*[+-]\d+\.\d\d ± \d+\.\d\d( \*)?$/);
  });

  it('runs a custom strategy module next to the registered ones', async () => {
    const file = moduleFile('round-robin.mjs', `export { default } from ${JSON.stringify(join(process.cwd(), 'scenarios/strategies/crane-round-robin.js'))};`);
    const { code, out } = await runCli(['compare', demo, '--strategies', `fcfs,${file}`, '--seeds', '1', '--duration', '6h', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).strategies.map((s: { strategy: string }) => s.strategy)).toEqual(['fcfs', 'crane-round-robin']);
  });

  it('stops on a strategy that throws, naming the strategy, the seed and the decision time', async () => {
    const file = moduleFile('fragile.mjs', throwsAt(7200));
    const { code, err } = await runCli(['compare', demo, '--strategies', `fcfs,${file}`, '--seeds', '1', '--duration', '1d']);
    expect(code).toBe(1);
    expect(err).toMatch(/^zhigang compare: task 2 \(scenarios\/demo-small\.json, strategy "file:\/\/.*fragile\.mjs", seed 1\) failed: strategy "fragile" at t = 7\d{3}\.\d s: it threw Error: no plan for this$/);
  });

  it('refuses bad arguments with one line and exit code 2', async () => {
    expect(await runCli(['compare', demo, '--seeds', '1-3'])).toMatchObject({ code: 2, err: 'zhigang compare: --strategies is required, e.g. --strategies fcfs,nearest,pooled-lap' });
    expect(await runCli(['compare', demo, '--strategies', 'fcfs,magic'])).toMatchObject({ code: 2, err: expect.stringContaining('unknown strategy "magic"') });
    expect(await runCli(['compare', demo, '--strategies', 'fcfs', '--seeds', '3-1'])).toMatchObject({ code: 2, err: 'zhigang compare: --seeds: "3-1" is an empty range' });
    expect(await runCli(['compare', demo, '--strategies', 'fcfs', '--baseline', 'nearest'])).toMatchObject({ code: 2, err: 'zhigang compare: --baseline nearest is not among --strategies' });
  });
});

describe('custom strategies in run', () => {
  it('runs a module in its worker and writes its trace there, the same as a run in this thread', async () => {
    const module = resolve('scenarios/strategies/crane-round-robin.js');
    const trace = join(mkdtempSync(join(tmpdir(), 'zhigang-trace-')), 'trace.jsonl');
    const r = await runCli(['run', demo, '--duration', '3d', '--strategy', module, '--trace', trace, '--json']);
    expect(r.code).toBe(0);
    const lines: string[] = [];
    const here = runSimulation(readScenarioFile(demo), { durationS: 3 * 86400, strategy: await loadStrategyModule(pathToFileURL(module).href), trace: (x) => void lines.push(JSON.stringify(x)) }).result;
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(here)));
    expect(readFileSync(trace, 'utf8')).toBe(lines.map((l) => `${l}\n`).join(''));
    // megabytes: the trace crossed from the worker in chunks (one a megabyte), in order
    expect(statSync(trace).size).toBeGreaterThan(1.5 * 2 ** 20);
  });

  it('stops a run whose strategy gives a vehicle twice, naming it and the time', async () => {
    const { code, err } = await runCli(['run', demo, '--duration', '1d', '--strategy', moduleFile('greedy.mjs', twice)]);
    expect(code).toBe(1);
    expect(err).toMatch(/^zhigang run: strategy "greedy" at t = \d+\.\d s: vehicle \d+ \(ART\d{3}\) is assigned twice$/);
  });

  it('names a module that cannot be loaded, or exports no strategy', async () => {
    const missing = await runCli(['run', demo, '--strategy', './no/such/strategy.js']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^zhigang run: strategy module file:\/\/.*\/no\/such\/strategy\.js could not be loaded: /);
    const empty = await runCli(['run', demo, '--strategy', moduleFile('empty.mjs', 'export const x = 1;')]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/default export must be a strategy \{name: string, decide\(snapshot\)\} or a function returning one; got no such export \(it exports x\)$/);
  });
});

describe("a scenario's own strategy", () => {
  /** demo-small copied to a temp directory with its layout, dispatch.strategy replaced */
  function scenarioWith(strategy: string, module?: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'zhigang-scenario-'));
    const scenario = JSON.parse(readFileSync(demo, 'utf8'));
    scenario.dispatch.strategy = strategy;
    writeFileSync(join(dir, 'demo.json'), JSON.stringify(scenario));
    writeFileSync(join(dir, scenario.layout), readFileSync(join('scenarios', scenario.layout)));
    if (module !== undefined) writeFileSync(join(dir, 'mine.mjs'), module);
    return join(dir, 'demo.json');
  }

  it('may be a module path, relative to the scenario file, run only with --allow-code', async () => {
    const file = scenarioWith('./mine.mjs', `export { default } from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'scenarios/strategies/crane-round-robin.js')).href)};`);
    expect((await runCli(['validate', file])).code).toBe(0); // validating runs no code
    const refused = await runCli(['run', file, '--duration', '6h']);
    expect(refused).toMatchObject({
      code: 1,
      err: `zhigang run: ${file}: $.dispatch.strategy names a strategy module ("./mine.mjs"), which is code: run it with --allow-code, or choose a built-in strategy with --strategy NAME`,
    });
    const { code, out } = await runCli(['run', file, '--duration', '6h', '--allow-code']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('Demo small terminal · strategy crane-round-robin · seed 1 · 6 h (KPIs after a 1 h warm-up)');
  });

  it('is named in the error when it is neither a strategy nor a path', async () => {
    const file = scenarioWith('magic');
    const { code, err } = await runCli(['validate', file]);
    expect(code).toBe(1);
    expect(err).toBe(`${file}: $.dispatch.strategy: expected a strategy name (fcfs, nearest, dedicated, pooled-lap, lookahead, dual-cycle, energy-aware) or the path of a strategy module file, relative to the scenario, got string "magic"`);
  });

  it('is never a data:, http(s): or node: URL: validate refuses it and no command runs it', async () => {
    const data = 'data:text/javascript,export default {name:"x",decide(){return []}}';
    for (const strategy of [data, 'https://example.org/s.mjs', 'node:child_process']) {
      const file = scenarioWith(strategy);
      const { code, err } = await runCli(['validate', file]);
      expect(code).toBe(1);
      expect(err).toMatch(/\$\.dispatch\.strategy: expected a strategy name .*, got a (data|https|node): URL \(".*"\): only a file on this machine may hold a strategy's code$/);
      expect((await runCli(['run', file, '--allow-code'])).code).toBe(1);
    }
    expect(await runCli(['run', demo, '--strategy', data])).toMatchObject({ code: 2, err: expect.stringMatching(/^zhigang run: --strategy: "data:text\/javascript,.*" is a data: URL: a strategy module must be a file on this machine/) });
    expect(await runCli(['compare', demo, '--strategies', 'fcfs,https://example.org/s.mjs'])).toMatchObject({ code: 2, err: expect.stringContaining('is a https: URL') });
  });
});

describe('sweep', () => {
  it('gives crane rate by fleet size per strategy and the fleet needed', async () => {
    const { code, out } = await runCli(['sweep', demo, '--fleet', '2-12:5', '--strategies', 'fcfs,pooled-lap', '--seeds', '1-2', '--duration', '1d', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.fleets).toEqual([2, 7, 12]);
    for (const s of report.strategies) {
      expect(s.points.map((p: { fleet: number }) => p.fleet)).toEqual([2, 7, 12]);
      // more vehicles, more moves per crane-hour: the fleet binds at 2
      expect(s.points[0].craneRate.mean).toBeLessThan(s.points[2].craneRate.mean);
    }
    const fcfsAt2 = runSimulation(readScenarioFile(demo), { strategy: 'fcfs', seed: 1, durationS: 86400, fleet: 2 }).result.kpis.craneRate;
    const fcfsAt2seed2 = runSimulation(readScenarioFile(demo), { strategy: 'fcfs', seed: 2, durationS: 86400, fleet: 2 }).result.kpis.craneRate;
    expect(report.strategies[0].points[0].craneRate.mean).toBeCloseTo((fcfsAt2! + fcfsAt2seed2!) / 2, 10);
  });
});
