import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { csvParse } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimentJsonSchema } from '../src/experiment/experimentSchema';
import { prepareExperiment } from '../src/experiment/prepareExperiment';
import { runSimulation } from '../src/run/runSimulation';
import { loadScenarioTexts } from '../src/run/scenarioTexts';
import { runCli } from './helpers/cli';

const DEMO = resolve('scenarios/demo-small.json');

/** An experiment file in a fresh temp directory, its scenario demo-small; returns its path. */
function experimentFile(overrides: Record<string, unknown> = {}, extraFiles: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhigang-batch-'));
  const experiment = {
    name: 'Tiny sweep',
    scenario: relative(dir, DEMO),
    seed: 3,
    replications: 2,
    durationS: 6 * 3600,
    warmUpS: 3600,
    factors: [
      { name: 'strategy', path: 'dispatch.strategy', values: ['fcfs', 'pooled-lap'] },
      { name: 'fleet', path: 'vehicles.count', values: [6, 12] },
    ],
    baseline: { strategy: 'fcfs' },
    ...overrides,
  };
  writeFileSync(join(dir, 'experiment.json'), JSON.stringify(experiment, null, 2));
  for (const [name, text] of Object.entries(extraFiles)) writeFileSync(join(dir, name), text);
  return join(dir, 'experiment.json');
}

const outDir = () => join(mkdtempSync(join(tmpdir(), 'zhigang-results-')), 'out');
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const lines = (text: string) => text.split('\n').filter((l) => l !== '');
/** runs.jsonl or runs.csv as a set of lines: the order is the order replications finished in */
const sortedRows = (text: string) => lines(text).sort();

/** `node bin/zhigang.mjs batch …` in a child process, SIGKILLed once the first replication is on disk. */
function batchKilledAfterFirstLine(file: string, out: string): Promise<NodeJS.Signals | null> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['bin/zhigang.mjs', 'batch', file, '--out', out, '--workers', '1'], { stdio: 'ignore' });
    const poll = setInterval(() => {
      if (existsSync(join(out, 'runs.jsonl')) && read(out, 'runs.jsonl').includes('\n')) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 10);
    child.on('exit', (_, signal) => {
      clearInterval(poll);
      done(signal);
    });
    child.on('error', fail);
  });
}

describe('batch', () => {
  const file = experimentFile();
  const reference = outDir();
  let first: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    first = await runCli(['batch', file, '--out', reference, '--workers', '2']);
  });

  it('runs every configuration × replication on workers into runs.jsonl, runs.csv and summary.csv', async () => {
    expect(first.code).toBe(0);
    expect(first.out).toContain('8 replications: 0 already done');
    expect(first.out).toMatch(/^strategy=pooled-lap, fleet=12\s+2\s+\d+\.\d ± \d+\.\d.*[+-]\d+\.\d\d ± \d+\.\d\d( \*)?$/m);
    const records = lines(read(reference, 'runs.jsonl')).map((l) => JSON.parse(l));
    expect(records.length).toBe(8);
    const { plan, texts } = await prepareExperiment(file);
    for (const r of records) {
      expect(r.seed).toBe(plan.seeds[r.replication - 1]); // the same seed in every configuration
      expect(r.provenance).toMatchObject({ experimentHash: plan.hash, durationS: 6 * 3600, warmUpS: 3600, version: plan.version });
    }
    // a record holds exactly what the same run gives in-process
    const r = records.find((x) => x.config === 'strategy=pooled-lap, fleet=6' && x.replication === 2)!;
    const k = plan.configurations.findIndex((c) => c.id === r.config);
    const local = runSimulation(loadScenarioTexts(texts[k]), { seed: r.seed, strategy: 'pooled-lap' }).result;
    expect(r.kpis).toEqual(local.kpis);
    expect(r.provenance).toMatchObject({ scenarioHash: local.provenance.scenarioHash, strategy: 'pooled-lap', fleet: 6 });
    const csv = csvParse(read(reference, 'runs.csv'));
    expect(csv.length).toBe(8);
    const row = csv.find((x) => x.config === r.config && x.replication === '2')!;
    expect([row['factors.fleet'], row['kpis.craneRate'], row['kpis.vehicleStateShares.waitYard'], row.seed]).toEqual(['6', String(local.kpis.craneRate), String(local.kpis.vehicleStateShares.waitYard), String(r.seed)]);
    const summary = csvParse(read(reference, 'summary.csv'));
    expect(summary.length).toBe(4 * 30); // 23 scalar KPIs and 7 vehicle state shares per configuration
    expect(JSON.parse(read(reference, 'experiment.json')).hash).toBe(plan.hash);
  });

  it('skips what is done when run again into the same DIR', async () => {
    const before = read(reference, 'runs.jsonl');
    const again = await runCli(['batch', file, '--out', reference, '--workers', '2']);
    expect(again.code).toBe(0);
    expect(again.out).toContain('8 replications: 8 already done');
    expect(read(reference, 'runs.jsonl')).toBe(before);
  });

  it('loses only the replications in flight when killed (SIGKILL), and a torn last line is redone', async () => {
    const out = outDir();
    expect(await batchKilledAfterFirstLine(file, out)).toBe('SIGKILL');
    const survived = lines(read(out, 'runs.jsonl'));
    expect(survived.length).toBeGreaterThanOrEqual(1);
    expect(survived.length).toBeLessThan(8);
    appendFileSync(join(out, 'runs.jsonl'), '{"config":"strategy=fcfs, fleet=12","replication":2,"se'); // as if cut mid-write
    const resumed = await runCli(['batch', file, '--out', out, '--workers', '2']);
    expect(resumed.code).toBe(0);
    expect(resumed.err).toContain('dropped a torn last line');
    expect(resumed.out).toContain(`8 replications: ${survived.length} already done`);
    expect(sortedRows(read(out, 'runs.jsonl'))).toEqual(sortedRows(read(reference, 'runs.jsonl')));
    expect(sortedRows(read(out, 'runs.csv'))).toEqual(sortedRows(read(reference, 'runs.csv')));
    expect(read(out, 'summary.csv')).toBe(read(reference, 'summary.csv'));
  });

  it('runs a deterministic slice with --shard i/N; 3 shards merged give exactly the unsharded results', async () => {
    const shards = [0, 1, 2].map(() => outDir());
    const sizes: number[] = [];
    for (const [i, dir] of shards.entries()) {
      const run = await runCli(['batch', file, '--out', dir, '--workers', '1', '--shard', `${i}/3`]);
      expect(run.code).toBe(0);
      sizes.push(lines(read(dir, 'runs.jsonl')).length);
    }
    expect(sizes).toEqual([3, 3, 2]);
    const merged = outDir();
    const merge = await runCli(['merge', ...shards, '--out', merged]);
    expect(merge.code).toBe(0);
    expect(merge.out).toContain('8 of 8 replications done, 0 duplicate records dropped');
    expect(sortedRows(read(merged, 'runs.jsonl'))).toEqual(sortedRows(read(reference, 'runs.jsonl')));
    expect(read(merged, 'summary.csv')).toBe(read(reference, 'summary.csv'));
    // merged runs.jsonl is in task order, whichever machine finished first
    expect(lines(read(merged, 'runs.jsonl')).map((l) => JSON.parse(l).replication)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);

    const partial = await runCli(['merge', shards[0], shards[2], shards[0], '--out', outDir()]);
    expect(partial.code).toBe(1);
    expect(partial.out).toContain('5 of 8 replications done, 3 duplicate records dropped');
    expect(partial.err).toContain('3 replications missing');
    expect(partial.err).toContain('strategy=fcfs, fleet=12 #1: no record');
  });

  it('refuses to resume into, or merge, results of another experiment', async () => {
    const other = experimentFile({ seed: 4 });
    const resumed = await runCli(['batch', other, '--out', reference]);
    expect(resumed.code).toBe(1);
    expect(resumed.err).toMatch(/experiment\.json: \$: expected results of experiment "Tiny sweep" \(hash [0-9a-f]{12}…\), got results of "Tiny sweep" \(hash [0-9a-f]{12}…\): another experiment, or this one with other factors, seed, run length, scenario or version; use another --out DIR$/);
    const otherOut = outDir();
    expect((await runCli(['batch', experimentFile({ seed: 4, replications: 1, factors: [], baseline: undefined }), '--out', otherOut])).code).toBe(0);
    const merge = await runCli(['merge', reference, otherOut, '--out', outDir()]);
    expect(merge.code).toBe(1);
    expect(merge.err).toContain('expected results of experiment');
  });

  it('draws the report: one line per strategy over the fleet sizes, the CI bands those of summary.csv', async () => {
    const html = join(reference, '..', 'report.html');
    const report = await runCli(['report', reference, '--out', html]);
    expect(report.code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/); // self-contained: nothing to fetch
    const chart = page.slice(page.indexOf('<figure id="craneRate-by-fleet"'), page.indexOf('</figure>', page.indexOf('<figure id="craneRate-by-fleet"')));
    const series = [...chart.matchAll(/<g class="series" data-series="([^"]+)"/g)].map((m) => m[1]);
    expect(series).toEqual(['strategy=fcfs', 'strategy=pooled-lap']);
    const summary = csvParse(read(reference, 'summary.csv'));
    for (const s of ['fcfs', 'pooled-lap']) {
      const band = new RegExp(`data-series="strategy=${s}"[^>]*><path class="ci-band" d="[^"]+" [^>]*data-x="([^"]*)" data-lower="([^"]*)" data-upper="([^"]*)"`).exec(chart)!;
      expect(band[1].split(' ')).toEqual(['6', '12']);
      const expected = [6, 12].map((fleet) => summary.find((r) => r.config === `strategy=${s}, fleet=${fleet}` && r.kpi === 'craneRate')!);
      expect(band[2].split(' ').map(Number)).toEqual(expected.map((r) => Number(r.mean) - Number(r.ci95)));
      expect(band[3].split(' ').map(Number)).toEqual(expected.map((r) => Number(r.mean) + Number(r.ci95)));
    }
    expect(chart.match(/<circle /g)!.length).toBe(4);
    // the paired differences: pooled-lap against fcfs at each fleet size (fcfs, the baseline, has none)
    const start = page.indexOf('<figure id="difference-craneRate-by-fleet"');
    const differences = page.slice(start, page.indexOf('</figure>', start));
    expect([...differences.matchAll(/data-series="([^"]+)"/g)].map((m) => m[1])).toEqual(['strategy=pooled-lap']);
    const mean = /<path class="mean" [^>]*data-mean="([^"]*)"/.exec(differences)!;
    expect(mean[1].split(' ').map(Number)).toEqual([6, 12].map((fleet) => Number(summary.find((r) => r.config === `strategy=pooled-lap, fleet=${fleet}` && r.kpi === 'craneRate')!['diff.mean'])));
    expect(chart).toContain('class="reference"'); // QC-bound
    expect(page).toContain('<figure id="energyPerMoveKWh-by-fleet"');
    expect(page.match(/<g class="shares" data-config=/g)!.length).toBe(4);
  });
});

describe('batch with a failing replication', () => {
  const fragile = `export default (context) => ({
    name: 'fragile',
    decide(s) {
      if (context.fleet === 4 && s.jobs.length > 0) throw new Error('no plan for four vehicles');
      const v = s.vehicles.find((x) => x.free);
      return v && s.jobs.length > 0 ? [{ vehicle: v.index, job: s.jobs[0].id }] : [];
    },
  });`;

  it('records the failure with its error and seed, finishes the others, exits 1 naming what failed, and retries it on a rerun', async () => {
    const file = experimentFile({ factors: [{ name: 'strategy', path: 'dispatch.strategy', values: ['./fragile.mjs'] }, { name: 'fleet', path: 'vehicles.count', values: [3, 4] }], baseline: undefined }, { 'fragile.mjs': fragile });
    const out = outDir();
    // a module named in an experiment file is code: it runs only with --allow-code
    const refused = await runCli(['batch', file, '--out', out, '--workers', '2']);
    expect(refused).toMatchObject({ code: 1, err: `${file}: $.factors[0].values[0]: expected a built-in strategy, or --allow-code to run the strategy module named here (it is code), got "./fragile.mjs"` });
    const run = await runCli(['batch', file, '--out', out, '--workers', '2', '--allow-code']);
    expect(run.code).toBe(1);
    const records = lines(read(out, 'runs.jsonl')).map((l) => JSON.parse(l));
    const failed = records.filter((r) => r.status === 'failed');
    expect(records.filter((r) => r.status === 'ok').map((r) => r.config)).toEqual(['strategy=./fragile.mjs, fleet=3', 'strategy=./fragile.mjs, fleet=3']);
    expect(failed.map((r) => [r.config, r.replication]).sort()).toEqual([
      ['strategy=./fragile.mjs, fleet=4', 1],
      ['strategy=./fragile.mjs, fleet=4', 2],
    ]);
    for (const f of failed) {
      expect(f.error).toMatch(/^strategy "fragile" at t = \d+\.\d s: it threw Error: no plan for four vehicles$/);
      expect(run.err).toContain(`strategy=./fragile.mjs, fleet=4 #${f.replication} (seed ${f.seed}): ${f.error}`);
    }
    expect(run.err).toContain('2 replications failed');
    const rate = csvParse(read(out, 'summary.csv')).filter((r) => r.kpi === 'craneRate');
    expect(rate.map((r) => r.n)).toEqual(['2', '0']);

    const again = await runCli(['batch', file, '--out', out, '--workers', '2', '--allow-code']);
    expect(again.code).toBe(1);
    expect(again.out).toContain('4 replications: 2 already done in');
    expect(lines(read(out, 'runs.jsonl')).length).toBe(6);
  });
});

describe('batch input errors', () => {
  it('names the experiment file and the factor path of every bad value or path, before any run', async () => {
    const file = experimentFile({
      factors: [
        { name: 'fleet', path: 'vehicles.count', values: [6, 0, 2.5] },
        { name: 'typo', path: 'vehicles.cout', values: [1] },
        { name: 'missing', path: 'vehicle.count', values: [1] },
        { name: 'strategy', path: 'dispatch.strategy', values: ['fcfs', 'magic'] },
        { name: 'chargers', path: 'chargers', values: [1, 99] },
      ],
      baseline: { strategy: 'nope' },
    });
    const out = outDir();
    const run = await runCli(['batch', file, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([`${file}: $.baseline.strategy: expected one of the factor's values ("fcfs", "magic"), got string "nope"`]);
    const fixed = experimentFile({ ...JSON.parse(readFileSync(file, 'utf8')), scenario: relative(join(file, '..'), DEMO), baseline: undefined });
    const again = await runCli(['batch', fixed, '--out', out]);
    expect(again.code).toBe(1);
    expect(again.err.split('\n')).toEqual([
      `${fixed}: $.factors[0].values[1]: expected a value the scenario accepts (${DEMO} $.vehicles.count: a number ≥ 1), got 0`,
      `${fixed}: $.factors[0].values[2]: expected a value the scenario accepts (${DEMO} $.vehicles.count: an integer (or {"value": …, "note": "…"})), got 2.5`,
      `${fixed}: $.factors[1].path: expected a key the scenario has (unknown keys are errors), got "vehicles.cout"`,
      `${fixed}: $.factors[2].path: expected a path to a value in the scenario, got "vehicle.count" ($.vehicle is not in the scenario)`,
      `${fixed}: $.factors[3].values[1]: expected a strategy name (fcfs, nearest, dedicated, pooled-lap, lookahead, dual-cycle, energy-aware) or the path of a strategy module file, relative to the experiment, got string "magic"`,
      `${fixed}: $.factors[4].values[1]: expected at most 2 (the layout's charging stations), got 99`,
    ]);
    expect(existsSync(out)).toBe(false); // nothing ran
  });

  it('refuses reserved paths, repeated values and a warm-up as long as the run', async () => {
    const reserved = experimentFile({ factors: [{ path: 'seed', values: [1, 2] }, { path: 'vehicles.count', values: [6, 6] }], baseline: undefined });
    const run = await runCli(['batch', reserved, '--out', outDir()]);
    expect(run.err.split('\n')).toEqual([
      `${reserved}: $.factors[0].path: expected no seed factor: replication r's seed is derived from the experiment's seed, got "seed"`,
      `${reserved}: $.factors[1].values[1]: expected a value not listed before (it is values[0]), got 6`,
    ]);
    const warmUp = experimentFile({ warmUpS: 6 * 3600 });
    expect((await runCli(['batch', warmUp, '--out', outDir()])).err).toBe(`${warmUp}: $.warmUpS: expected a warm-up shorter than the run (21600 s), got 21600`);
    expect(await runCli(['batch', warmUp])).toMatchObject({ code: 2, err: 'zhigang batch: --out DIR is required: the results directory (created, or resumed)' });
    expect(await runCli(['batch', warmUp, '--out', 'x', '--shard', '3/3'])).toMatchObject({ code: 2, err: 'zhigang batch: --shard expects i/N with 0 ≤ i < N, such as 0/3; got "3/3"' });
  });
});

describe('the bundled experiment', () => {
  it('fleet-sweep is valid: 3 strategies × 5 fleet sizes on tianjin-c-section, paired against fcfs, and its editor schema is the generated one', async () => {
    const { plan } = await prepareExperiment('scenarios/experiments/fleet-sweep.json');
    expect(plan.configurations.length).toBe(15);
    expect(plan.replications).toBe(6);
    expect(plan.scenario).toBe('Tianjin Beijiang C-section (Tianjin-style)');
    expect(plan.configurations.find((c) => c.id === 'strategy=dual-cycle, fleet=72')!.baseline).toBe('strategy=fcfs, fleet=72');
    const shipped = JSON.parse(readFileSync('scenarios/experiments/experiment.schema.json', 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(experimentJsonSchema())));
  });
});
