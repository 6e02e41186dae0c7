import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

const demo = 'scenarios/demo-small.json';
const fast = ['--seeds', '1-2', '--duration', '1d', '--workers', '2'];

/** A targets file in a temp directory. */
function targetsFile(targets: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'zhigang-targets-')), 'demo.targets.json');
  writeFileSync(file, JSON.stringify({ name: 'demo targets', targets }));
  return file;
}

/** demo-small copied into a temp directory (its layout by absolute path), naming `rel` as its targets; with `targets`, that file is written beside it. */
function demoNaming(rel: string, targets?: unknown[]): string {
  const raw = JSON.parse(readFileSync(demo, 'utf8'));
  const dir = mkdtempSync(join(tmpdir(), 'zhigang-scenario-'));
  writeFileSync(join(dir, 'demo.json'), JSON.stringify({ ...raw, layout: resolve('scenarios', raw.layout), targets: rel }));
  if (targets !== undefined) writeFileSync(join(dir, rel), JSON.stringify({ name: 'demo targets', targets }));
  return join(dir, 'demo.json');
}

const arts = { id: 'arts', label: 'Vehicles per crane', kind: 'input', measure: 'vehiclesPerQuayCrane', published: '4 per crane', band: { min: 3, max: 5 }, source: { title: 'the demo' } };
const tooFast = { id: 'tooFast', label: 'Crane rate', kind: 'model', measure: 'craneRate', published: 'a crane rate no crane reaches', unit: 'moves/h', band: { min: 1000 } };

describe('zhigang calibrate', () => {
  it('fails naming the line whose figure is out of its band, and passes the one inside', async () => {
    const { code, out } = await runCli(['calibrate', demo, '--targets', targetsFile([arts, tooFast]), ...fast]);
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Demo small terminal · targets .*demo\.targets\.json · strategy fcfs · 1 d per run \(KPIs over the 23 h after a 1 h warm-up\) · seeds 1,2$/);
    expect(lines.find((l) => l.startsWith('Vehicles per crane'))).toMatch(/input\s+4 per crane\s+3\.00–5\.00\s+4\.00 ± 0\.00\s+PASS$/);
    expect(lines.find((l) => l.startsWith('Crane rate'))).toMatch(/model target\s+a crane rate no crane reaches\s+≥ 1000\.0 moves\/h\s+\d+\.\d ± \d+\.\d moves\/h\s+FAIL$/);
    expect(lines.at(-1)).toMatch(/^FAIL: 1 of 2 lines: tooFast \(\d+\.\d ± \d+\.\d moves\/h; band ≥ 1000\.0 moves\/h\)$/);
  });

  it('exits 0 when every line passes; --json prints the same as JSON', async () => {
    const { code, out } = await runCli(['calibrate', demo, '--targets', targetsFile([arts]), ...fast, '--json']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r).toMatchObject({ scenario: 'Demo small terminal', strategy: 'fcfs', durationS: 86400, warmUpS: [3600, 3600], seeds: [1, 2] });
    expect(r.scorecard.failing).toEqual([]);
    expect(r.scorecard.lines[0]).toMatchObject({ id: 'arts', values: [4, 4], pass: true, estimate: { n: 2, mean: 4, halfWidth: 0 } });
    const text = await runCli(['calibrate', demo, '--targets', targetsFile([arts]), ...fast]);
    expect(text.out.split('\n').at(-1)).toBe('PASS: every line (1 of 1)');
  });

  it('uses the targets file the scenario names, relative to it', async () => {
    const r = await runCli(['calibrate', demoNaming('demo.targets.json', [arts, tooFast]), ...fast]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').at(-1)).toMatch(/^FAIL: 1 of 2 lines: tooFast/);
  });

  it('says so when there are no targets, or they are not valid: one line, no run', async () => {
    expect(await runCli(['calibrate', demo, ...fast])).toEqual({ code: 1, out: '', err: 'zhigang calibrate: scenarios/demo-small.json names no targets file (a "targets" key beside "layout"): give one with --targets FILE' });
    const bad = targetsFile([{ ...arts, band: { min: 'three' } }]);
    expect(await runCli(['calibrate', demo, '--targets', bad])).toEqual({ code: 1, out: '', err: `${bad}: $.targets[0].band.min: expected a number, got string "three"` });
    const missing = demoNaming('nowhere.targets.json');
    expect(await runCli(['calibrate', missing])).toEqual({ code: 1, out: '', err: `${missing}: $.targets: expected a readable targets file, got "nowhere.targets.json" (no such file)` });
    expect(await runCli(['calibrate', demo, '--targets', '/nonexistent/t.json'])).toEqual({ code: 1, out: '', err: '/nonexistent/t.json: $: expected a readable targets file, got no such file' });
  });

  it('refuses a duration that leaves nothing after the warm-up, and bad options, with exit code 2', async () => {
    const t = targetsFile([arts]);
    const r = await runCli(['calibrate', demo, '--targets', t, '--duration', '1h']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^zhigang calibrate: --duration 1h is not longer than the 1 h warm-up: nothing would be measured \(the duration includes the warm-up, as in run and compare; the default is the warm-up \+ 14 d, here 337 h\)$/);
    expect(await runCli(['calibrate', demo, '--targets', t, '--seeds', '2-1'])).toMatchObject({ code: 2, err: 'zhigang calibrate: --seeds: "2-1" is an empty range' });
    expect(await runCli(['calibrate'])).toMatchObject({ code: 2, err: 'zhigang calibrate: name one scenario file' });
  });
});

// The published figures of docs/calibration.md, seeds 1–5 with the defaults (19 simulated days each).
// Minutes of machine time: the limit is generous, the test checks figures, not speed.
describe('tianjin-c-section against its published figures', () => {
  it('passes every line with the defaults', async () => {
    const { code, out } = await runCli(['calibrate', 'scenarios/tianjin-c-section.json', '--json']);
    const r = JSON.parse(out);
    const failing = r.scorecard.lines.filter((l: { pass: boolean }) => !l.pass).map((l: { id: string; estimate: { mean: number } | null }) => `${l.id}: ${l.estimate?.mean ?? 'no data'}`);
    expect(r.seeds).toEqual([1, 2, 3, 4, 5]);
    expect(r.durationS - r.warmUpS[0]).toBe(14 * 86400);
    expect(failing).toEqual([]);
    expect(code).toBe(0);
  }, 1_800_000);
});
