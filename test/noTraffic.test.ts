import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { summarizeComparison } from '../src/compare/comparison';
import { runSimulation } from '../src/run/runSimulation';
import { loadStrategyModule } from '../src/run/strategyModule';
import { withoutTraffic } from '../src/run/withoutTraffic';
import { readScenarioFile } from '../src/scenario/readScenarioFile';
import { runCli } from './helpers/cli';

// demo-small's warm-up is 1 h: two hours leave one measured, with a vessel at work from 0.5 h
const demo = 'scenarios/demo-small.json';
const twoHours = ['--duration', '2h'];
const IDEALISED = ' · traffic off (idealised road)';

/** The same run in this thread, on the idealised road, as JSON would carry it. */
function idealisedHere(options: Parameters<typeof runSimulation>[1]) {
  return JSON.parse(JSON.stringify(runSimulation(withoutTraffic(readScenarioFile(demo)), options).result));
}

describe('zhigang run --no-traffic', () => {
  it('runs the idealised road: no time lost to traffic, and the provenance says traffic "off"', async () => {
    const { code, out } = await runCli(['run', demo, ...twoHours, '--no-traffic', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.kpis.trafficDelayShare).toBeNull();
    expect(result.kpis.craneRate).toBeGreaterThan(0); // the KPIs were measured: null above is not a run too short to say
    expect(result.provenance).toMatchObject({ scenario: 'Demo small terminal', durationS: 7200, warmUpS: 3600, traffic: 'off' });
    expect(result).toEqual(idealisedHere({ durationS: 7200 }));
    const text = await runCli(['run', demo, ...twoHours, '--no-traffic']);
    expect(text.out.split('\n')[0]).toBe(`Demo small terminal · strategy fcfs · seed 1 · 2 h (KPIs after a 1 h warm-up)${IDEALISED}`);
  });

  it('without it, vehicles share the road: time lost to traffic is measured, and the provenance says "reservation"', async () => {
    const { code, out, err } = await runCli(['run', demo, ...twoHours, '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.kpis.trafficDelayShare).toBeGreaterThanOrEqual(0);
    expect(result.provenance.traffic).toBe('reservation');
    const text = await runCli(['run', demo, ...twoHours]);
    expect(text.out.split('\n')[0]).toBe('Demo small terminal · strategy fcfs · seed 1 · 2 h (KPIs after a 1 h warm-up)');
  });

  it('reaches a strategy module\'s run in its worker, which reads the scenario again from its file', async () => {
    const module = resolve('scenarios/strategies/crane-round-robin.js');
    const { code, out, err } = await runCli(['run', demo, ...twoHours, '--strategy', module, '--no-traffic', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.provenance).toMatchObject({ strategy: 'crane-round-robin', traffic: 'off' });
    expect(result.kpis.trafficDelayShare).toBeNull();
    expect(result).toEqual(idealisedHere({ durationS: 7200, strategy: await loadStrategyModule(pathToFileURL(module).href) }));
  });
});

describe('zhigang compare --no-traffic', () => {
  it('runs every strategy × seed in workers on the idealised road, the same as in this thread', async () => {
    const seeds = [1, 2];
    const { code, out, err } = await runCli(['compare', demo, '--strategies', 'fcfs,pooled-lap', '--seeds', '1-2', ...twoHours, '--workers', '2', '--no-traffic', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.traffic).toBe('off');
    for (const s of report.strategies) {
      expect(s.kpis.trafficDelayShare).toBeNull();
      expect(s.kpis.craneRate.n).toBe(2);
    }
    const local = ['fcfs', 'pooled-lap'].map((strategy) => seeds.map((seed) => runSimulation(withoutTraffic(readScenarioFile(demo)), { strategy, seed, durationS: 7200 }).result));
    expect(report).toEqual(JSON.parse(JSON.stringify(summarizeComparison(['fcfs', 'pooled-lap'], seeds, local, 'fcfs'))));
    const text = await runCli(['compare', demo, '--strategies', 'fcfs', '--seeds', '1', ...twoHours, '--no-traffic']);
    expect(text.out.split('\n')[0]).toBe(`Demo small terminal · 2 h per run (KPIs after a 1 h warm-up)${IDEALISED} · seeds 1 · mean ± 95% CI`);
  });

  it('without it, the workers model traffic: time lost to traffic is measured', async () => {
    const { code, out, err } = await runCli(['compare', demo, '--strategies', 'fcfs', '--seeds', '1-2', ...twoHours, '--workers', '2', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.traffic).toBe('reservation');
    expect(report.strategies[0].kpis.trafficDelayShare).toMatchObject({ n: 2, mean: expect.any(Number) });
    expect(report.strategies[0].kpis.trafficDelayShare.mean).toBeGreaterThanOrEqual(0);
  });
});

describe('zhigang sweep --no-traffic', () => {
  it('sweeps the fleet on the idealised road in its workers', async () => {
    const { code, out, err } = await runCli(['sweep', demo, '--fleet', '12,14', '--strategies', 'fcfs', '--seeds', '1', ...twoHours, '--workers', '2', '--no-traffic', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.traffic).toBe('off');
    const here = idealisedHere({ strategy: 'fcfs', seed: 1, durationS: 7200, fleet: 14 });
    expect(report.strategies[0].points[1]).toMatchObject({ fleet: 14, craneRate: { n: 1, mean: here.kpis.craneRate } });
  });
});

describe('zhigang calibrate --no-traffic', () => {
  it('scores the idealised road, and says so', async () => {
    const targets = join(mkdtempSync(join(tmpdir(), 'zhigang-targets-')), 'demo.targets.json');
    writeFileSync(targets, JSON.stringify({ name: 'demo targets', targets: [{ id: 'rate', label: 'Crane rate', kind: 'model', measure: 'craneRate', published: 'any', unit: 'moves/h', band: { min: 0 } }] }));
    const { code, out, err } = await runCli(['calibrate', demo, '--targets', targets, '--seeds', '1-2', ...twoHours, '--workers', '2', '--no-traffic', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.traffic).toBe('off');
    const here = [1, 2].map((seed) => idealisedHere({ seed, durationS: 7200 }).kpis.craneRate);
    expect(report.scorecard.lines[0].values).toEqual(here);
    const text = await runCli(['calibrate', demo, '--targets', targets, '--seeds', '1', ...twoHours, '--no-traffic']);
    expect(text.out.split('\n')[0]).toMatch(new RegExp(`^Demo small terminal · targets .*demo\\.targets\\.json · strategy fcfs · 2 h per run \\(KPIs over the 1 h after a 1 h warm-up\\)${IDEALISED.replace(/[()]/g, '\\$&')} · seeds 1$`));
  });
});
