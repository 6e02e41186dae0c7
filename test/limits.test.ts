import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli';

const DEMO = 'scenarios/demo-small.json';
const dir = mkdtempSync(join(tmpdir(), 'zhigang-cli-limits-'));

/** A strategy module in the temp directory; its decide runs `body` once there are open jobs. */
function module(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, `export default { name: '${name.replace('.mjs', '')}', decide(s) { if (s.jobs.length > 0) { ${body} } const v = s.vehicles.find((x) => x.free); return v && s.jobs.length > 0 ? [{ vehicle: v.index, job: s.jobs[0].id }] : []; } };`);
  return file;
}

/** An experiment over demo-small with one strategy factor. */
function experiment(strategies: string[], name = 'e.json'): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ name: 'limits', scenario: relative(dir, resolve(DEMO)), seed: 1, replications: 1, durationS: 86400, factors: [{ name: 'strategy', path: 'dispatch.strategy', values: strategies }] }));
  return file;
}

const looping = module('looping.mjs', 'for (;;) {}');

describe('a strategy in a loop is stopped by its decision limit, in every command', () => {
  it('run', async () => {
    const r = await runCli(['run', DEMO, '--strategy', looping, '--decision-limit', '1']);
    expect(r).toMatchObject({ code: 1, err: "zhigang run: the strategy's decision at t = 1869.1 s took longer than the 1 s decision limit (a loop?): the run was stopped (--decision-limit changes the limit)" });
  });

  it('compare', async () => {
    const r = await runCli(['compare', DEMO, '--strategies', `fcfs,${looping}`, '--seeds', '1', '--duration', '1d', '--decision-limit', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^zhigang compare: task 2 \(scenarios\/demo-small\.json, strategy "file:.*looping\.mjs", seed 1\) failed: the strategy's decision at t = 1869\.1 s took longer than the 1 s decision limit/);
  });

  it('batch: recorded as a failure with its seed, the other configuration done', async () => {
    const out = join(dir, 'loop-out');
    const r = await runCli(['batch', experiment(['fcfs', './looping.mjs']), '--out', out, '--allow-code', '--decision-limit', '1', '--workers', '2']);
    expect(r.code).toBe(1);
    const records = readFileSync(join(out, 'runs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => [x.config, x.status]).sort()).toEqual([['strategy=./looping.mjs', 'failed'], ['strategy=fcfs', 'ok']]);
    expect(r.err).toMatch(/strategy=\.\/looping\.mjs #1 \(seed \d+\): the strategy's decision at t = 1869\.1 s took longer than the 1 s decision limit/);
  });
});

describe('a strategy that ends its process', () => {
  it('fails the run with a clear line instead of exiting 0 with no output', async () => {
    const r = await runCli(['run', DEMO, '--strategy', module('exits.mjs', 'process.exit(0);')]);
    expect(r).toMatchObject({ code: 1, out: '', err: 'zhigang run: the simulation worker stopped (exit code 0) during the run: a strategy called process.exit(), or its thread was ended' });
  });
});

describe('answers that cannot be read are one line, never a stack trace', () => {
  it.each([
    ['a BigInt vehicle', 'return [{ vehicle: 1n, job: s.jobs[0].id }];', /^zhigang run: strategy "odd" at t = 1869\.1 s: assignment \{"vehicle":"1n","job":\d+\} names no vehicle of the fleet \(0…11\)$/],
    ['a cycle', 'const a = { vehicle: 0 }; a.self = a; a.job = -5; return [a];', /^zhigang run: strategy "odd" at t = 1869\.1 s: assignment an object that cannot be shown as JSON \(a cycle\?\): job -5 is not an open job$/],
    ['a getter that throws', 'return [{ get vehicle() { throw new Error("gotcha"); } }];', /^zhigang run: strategy "odd" at t = 1869\.1 s: its answer could not be read: reading it threw Error: gotcha$/],
    ['a thrown BigInt', 'throw 7n;', /^zhigang run: strategy "odd" at t = 1869\.1 s: it threw bigint 7$/],
  ])('%s', async (_, body, message) => {
    const file = join(dir, `odd-${Math.abs(hash(body))}.mjs`);
    writeFileSync(file, `export default { name: 'odd', decide(s) { if (s.jobs.length > 0) { ${body} } return []; } };`);
    const r = await runCli(['run', DEMO, '--strategy', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
  });

  it('a factory that throws', async () => {
    const file = join(dir, 'factory.mjs');
    writeFileSync(file, `export default () => { throw new RangeError('no fleet for me'); };`);
    expect(await runCli(['run', DEMO, '--strategy', file])).toMatchObject({ code: 1, err: 'zhigang run: strategy "factory.mjs" at t = 0.0 s: its default export threw RangeError: no fleet for me while making the strategy' });
  });
});

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

describe('files that cannot be written are one line', () => {
  it('--trace into a folder that does not exist, or onto a full disk (/dev/full)', async () => {
    expect(await runCli(['run', DEMO, '--duration', '2h', '--trace', join(dir, 'no/such/trace.jsonl')])).toMatchObject({ code: 1, err: `zhigang run: cannot write the trace ${join(dir, 'no/such/trace.jsonl')}: its folder does not exist` });
    expect(await runCli(['run', DEMO, '--duration', '1d', '--trace', '/dev/full'])).toMatchObject({ code: 1, err: 'zhigang run: cannot write the trace /dev/full: no space left on the device' });
    expect(existsSync('/dev/full')).toBe(true); // a device is never removed
  });

  it('report --out on a full disk or in a folder, batch --out naming a file', async () => {
    const out = join(dir, 'tiny');
    expect((await runCli(['batch', experiment(['fcfs'], 'tiny.json'), '--out', out])).code).toBe(0);
    expect(await runCli(['report', out, '--out', '/dev/full'])).toMatchObject({ code: 1, err: 'zhigang report: cannot write the report /dev/full: no space left on the device' });
    expect(await runCli(['report', out, '--out', dir])).toMatchObject({ code: 1, err: `zhigang report: cannot write the report ${dir}: it is a folder, not a file` });
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect(await runCli(['batch', experiment(['fcfs'], 'tiny2.json'), '--out', file])).toMatchObject({ code: 1, err: `zhigang batch: cannot use ${file} as the results directory: it is a file, not a folder` });
  });
});

describe('runs.jsonl records whose KPIs cannot be counted', () => {
  it('are damaged: reported and redone, never counted in n', async () => {
    const out = join(dir, 'damaged');
    const file = experiment(['fcfs', 'nearest'], 'damaged.json');
    expect((await runCli(['batch', file, '--out', out])).code).toBe(0);
    const runs = join(out, 'runs.jsonl');
    const records = readFileSync(runs, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    records[0].kpis = null;
    records[1].kpis.craneRate = 'fast';
    writeFileSync(runs, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const again = await runCli(['batch', file, '--out', out]);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/runs\.jsonl: line 1 \(strategy=\w+ #1\): its kpis are null, not an object of numbers; its replication ran again/);
    expect(again.err).toMatch(/runs\.jsonl: line 2 \(strategy=\w+ #1\): kpis\.craneRate is "fast", not a number; its replication ran again/);
    expect(again.out).toContain('2 replications: 0 already done');
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toMatch(/^strategy=nearest,nearest,craneRate,1,/m);
  });
});

describe('the results directory lock', () => {
  it('stops a second batch on the same DIR while the first runs, and takes over one left by a killed batch', async () => {
    const out = join(dir, 'locked');
    mkdirSync(out, { recursive: true });
    const file = experiment(['fcfs'], 'locked.json');
    // held by a live process on this host: this test's own
    writeFileSync(join(out, '.batch.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-12-04T10:00:00.000Z' }));
    const busy = await runCli(['batch', file, '--out', out]);
    expect(busy).toMatchObject({ code: 1, err: `${join(out, '.batch.lock')}: $: expected no other batch writing to this results directory, got process ${process.pid} has held it since 2026-12-04T10:00:00.000Z: wait for it to end, or delete ${join(out, '.batch.lock')} if it is gone` });
    // left by a process that has ended
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(out, '.batch.lock'), JSON.stringify({ pid: Number(gone), host: hostname(), since: '2026-12-04T10:00:00.000Z' }));
    const taken = await runCli(['batch', file, '--out', out]);
    expect(taken.code).toBe(0);
    expect(existsSync(join(out, '.batch.lock'))).toBe(false); // released at the end
  });
});
