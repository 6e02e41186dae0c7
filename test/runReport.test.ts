import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

describe('zhigang run --report', () => {
  it('writes one offline page: the run, its KPIs, a box per berthed call in the berth plan, hourly charts', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zhigang-')), 'run.html');
    const { code, out } = await runCli(['run', 'scenarios/demo-small.json', '--duration', '1d', '--json', '--report', file]);
    expect(code).toBe(0);
    const result = JSON.parse(out); // --json still prints JSON alone: the report goes to its file
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('<title>Demo small terminal: fcfs, seed 1</title>');
    expect(html).toContain('strategy fcfs · seed 1 · 1 d simulated · KPIs after a 1 h warm-up (as given)');

    const berthed: { id: string; departS: number | null }[] = result.berthPlan.calls.filter((c: { berthS: number | null }) => c.berthS !== null);
    expect(berthed.length).toBeGreaterThan(0);
    const plan = html.slice(html.indexOf('<figure id="berth-plan">'), html.indexOf('</figure>', html.indexOf('<figure id="berth-plan">')));
    expect(plan).toContain('<figcaption>Berth plan</figcaption>');
    expect([...plan.matchAll(/<g class="call" data-call="([^"]+)" data-open="(\w+)"/g)].map((m) => [m[1], m[2]])).toEqual(berthed.map((c) => [c.id, String(c.departS === null)]));
    expect(plan.match(/<rect class="body"/g)).toHaveLength(berthed.length);
    expect(plan.match(/<g class="waiting-call"/g)?.length ?? 0).toBe(result.berthPlan.calls.length - berthed.length);

    const kpi = (key: string) => new RegExp(`<tr data-kpi="${key}"><td>[^<]*</td><td data-value="([^"]*)">`).exec(html)?.[1];
    expect(Number(kpi('craneRate'))).toBe(result.kpis.craneRate);
    expect(Number(kpi('moves'))).toBe(result.kpis.moves);
    expect(kpi('vehicleStateShares.idle')).toBe(String(result.kpis.vehicleStateShares.idle));
    for (const id of ['crane-rate-hourly', 'berth-wait-hourly']) expect(html).toContain(`<figure id="${id}">`);
    expect(html.includes('<figure id="calls-waiting-hourly">')).toBe(result.series.callsWaiting !== undefined);
    // the hourly crane rate drawn is the run's
    expect(/<g class="series" data-series="crane rate" data-values="([^"]*)"/.exec(html)![1]).toBe(result.series.craneRate.map((v: number | null) => v ?? '').join(' '));
  });

  it('fails in one line, before the run, when the report cannot be written, leaving no trace file either', async () => {
    const trace = join(mkdtempSync(join(tmpdir(), 'zhigang-')), 'trace.jsonl');
    expect(await runCli(['run', 'scenarios/demo-small.json', '--duration', '1d', '--trace', trace, '--report', '/nonexistent-dir/x.html'])).toEqual({
      code: 1,
      out: '',
      err: 'zhigang run: cannot write the report /nonexistent-dir/x.html: its folder does not exist',
    });
    expect(existsSync(trace)).toBe(false);
  });

  it('adds the calibration scorecard for a scenario with targets: this run\'s figures against the bands, said to be one seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhigang-'));
    const raw = JSON.parse(readFileSync('scenarios/demo-small.json', 'utf8'));
    writeFileSync(join(dir, 'demo.json'), JSON.stringify({ ...raw, layout: resolve('scenarios', raw.layout), targets: 't.json' }));
    const line = { kind: 'published', published: '…', source: { title: 'a test' } };
    writeFileSync(
      join(dir, 't.json'),
      JSON.stringify({ name: 'demo targets', targets: [{ ...line, id: 'arts', label: 'ARTs per crane', measure: 'vehiclesPerQuayCrane', band: { min: 3, max: 5 } }, { ...line, id: 'fast', label: 'Crane rate', measure: 'craneRate', unit: 'moves/h', band: { min: 1000 } }] }),
    );
    const file = join(dir, 'run.html');
    const { code, out } = await runCli(['run', join(dir, 'demo.json'), '--duration', '1d', '--json', '--report', file]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain('<h2 id="scorecard">Calibration scorecard</h2>');
    expect(html).toContain('One seed only');
    expect(html).toContain('<tr data-target="arts" data-pass="true"><td>ARTs per crane</td>');
    const fast = /<tr data-target="fast" data-pass="false">.*?<td data-value="([^"]*)">.*?<\/tr>/.exec(html)!;
    expect(Number(fast[1])).toBe(result.kpis.craneRate);
    expect(fast[0]).toContain('≥ 1000.0 moves/h');
    expect(html).toContain('1 of 2 lines fail: Crane rate.');

    // bad targets fail before the run, in a line, and leave no report
    writeFileSync(join(dir, 't.json'), '{"name": "x", "targets": []}');
    const bad = join(dir, 'bad.html');
    expect(await runCli(['run', join(dir, 'demo.json'), '--duration', '1d', '--report', bad])).toEqual({ code: 1, out: '', err: `${join(dir, 't.json')}: $.targets: expected an array with ≥ 1 items, got an array of 0` });
    expect(existsSync(bad)).toBe(false);
  });

  it('has no scorecard for a scenario without targets', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zhigang-')), 'run.html');
    expect((await runCli(['run', 'scenarios/demo-small.json', '--duration', '6h', '--report', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('scorecard');
  });
});
