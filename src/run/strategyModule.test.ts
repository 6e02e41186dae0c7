import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { StrategyContext } from '../dispatch/strategy';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { runSimulation } from './runSimulation';
import { loadStrategyModule } from './strategyModule';
import { strategyFromText } from './strategySpecFromCli';

const dir = mkdtempSync(join(tmpdir(), 'zhigang-strategy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a module file and returns its URL. */
function moduleFile(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return pathToFileURL(join(dir, name)).href;
}

const context: StrategyContext = { gangSize: undefined, fleet: 12, cranes: 3 };

// first come, first served written as a user would, without the project's code
const userFcfs = `
  decide(snapshot) {
    const vehicles = snapshot.vehicles.filter((v) => v.free).sort((a, b) => a.freeSinceS - b.freeSinceS || a.index - b.index);
    const jobs = [...snapshot.jobs].sort((a, b) => a.readyS - b.readyS || a.dueS - b.dueS || a.id - b.id);
    return jobs.slice(0, vehicles.length).map((job, k) => ({ vehicle: vehicles[k].index, job: job.id }));
  },`;

describe('loadStrategyModule', () => {
  it('runs a strategy object exported by default exactly as the registered one it copies', async () => {
    const factory = await loadStrategyModule(moduleFile('mine.mjs', `export default { name: 'mine', ${userFcfs} };`));
    const mine = runSimulation(readScenarioFile('scenarios/demo-small.json'), { durationS: 86400, strategy: factory }).result;
    const fcfs = runSimulation(readScenarioFile('scenarios/demo-small.json'), { durationS: 86400, strategy: 'fcfs' }).result;
    expect(mine.provenance.strategy).toBe('mine');
    expect({ ...mine, provenance: null }).toEqual({ ...fcfs, provenance: null });
  });

  it('calls an exported factory with the run context, from the default or a named export', async () => {
    const made = await loadStrategyModule(moduleFile('factory.mjs', `export default (ctx) => ({ name: 'for ' + ctx.fleet, ${userFcfs} });`));
    expect(made(context).name).toBe('for 12');
    const named = await loadStrategyModule(moduleFile('named.mjs', `export function createStrategy(ctx) { return { name: 'cranes ' + ctx.cranes, ${userFcfs} }; }`));
    expect(named(context).name).toBe('cranes 3');
    const typed = await loadStrategyModule(moduleFile('typed.ts', `export const strategy = { name: 'typed' as string, decide: (): never[] => [] };`));
    expect(typed(context).name).toBe('typed');
    const compiled = await loadStrategyModule(moduleFile('compiled.cjs', `"use strict"; Object.defineProperty(exports, "__esModule", { value: true }); exports.default = { name: 'compiled', decide: () => [] };`));
    expect(compiled(context).name).toBe('compiled');
  });

  it('names the module and what it expected when the export is no strategy', async () => {
    const number = moduleFile('number.mjs', 'export default 42;');
    await expect(loadStrategyModule(number)).rejects.toThrow(
      `strategy module ${number}: default export must be a strategy {name: string, decide(snapshot)} or a function returning one; got 42`,
    );
    const noDecide = moduleFile('noDecide.mjs', `export default { name: 'x', run() {} };`);
    await expect(loadStrategyModule(noDecide)).rejects.toThrow(`${noDecide}: default export must be a strategy {name: string, decide(snapshot)} or a function returning one; got an object with name, run`);
    const none = moduleFile('none.mjs', 'export const helper = 1;');
    await expect(loadStrategyModule(none)).rejects.toThrow(`${none}: default export must be a strategy {name: string, decide(snapshot)} or a function returning one; got no such export (it exports helper)`);
  });

  it('checks what a factory returns when it is called', async () => {
    const url = moduleFile('badFactory.mjs', `export default () => ({ name: 'half' });`);
    const factory = await loadStrategyModule(url);
    expect(() => factory(context)).toThrow(`strategy module ${url}: its default export must return a strategy {name: string, decide(snapshot)}; got an object with name`);
  });

  it('names the module when importing it throws', async () => {
    const url = moduleFile('throws.mjs', `throw new Error('cannot start');`);
    await expect(loadStrategyModule(url)).rejects.toThrow(`strategy module ${url} could not be loaded: Error: cannot start`);
  });

  it('turns a factory that throws anything, even a BigInt, into a DispatchError naming the module', async () => {
    const url = moduleFile('bigint.mjs', `export default () => { throw 10n; };`);
    const factory = await loadStrategyModule(url);
    expect(() => factory(context)).toThrow(/^strategy "bigint\.mjs" at t = 0\.0 s: its default export threw bigint 10 while making the strategy$/);
    const getter = await loadStrategyModule(moduleFile('getter.mjs', `export default () => ({ get name() { throw new Error('no'); }, decide: () => [] });`));
    expect(() => getter(context)).toThrow(/its default export must return a strategy \{name: string, decide\(snapshot\)\}; got an object with name, decide/);
  });

  it('loads only file: and blob: URLs: data:, http(s): and node: are refused before anything is imported', async () => {
    for (const url of ['data:text/javascript,export default {name:"x",decide(){return []}}', 'https://example.org/s.mjs', 'node:fs']) {
      await expect(loadStrategyModule(url)).rejects.toThrow(/^a strategy module is loaded from a file: or blob: URL only \(a file the user chose\), not "/);
    }
  });
});

describe('strategyFromText', () => {
  it('keeps names and file: URLs, and turns paths into absolute file URLs', () => {
    expect(strategyFromText('fcfs', '/home/me')).toEqual({ kind: 'name', name: 'fcfs' });
    expect(strategyFromText('file:///opt/s.mjs', '/home/me')).toEqual({ kind: 'module', url: 'file:///opt/s.mjs' });
    const url = (text: string) => (strategyFromText(text, '/home/me') as { url: string }).url;
    expect(url('./nearest.mjs')).toBe('file:///home/me/nearest.mjs');
    expect(url('strategies/greedy.ts')).toBe('file:///home/me/strategies/greedy.ts');
    expect(url('greedy.js')).toBe('file:///home/me/greedy.js');
    expect(url('greedy.mts')).toBe('file:///home/me/greedy.mts');
    expect(url('/opt/s/my strategy.mjs')).toBe('file:///opt/s/my%20strategy.mjs');
  });

  it('refuses URLs that would run code from elsewhere, and package names', () => {
    const why = (text: string) => (strategyFromText(text, '/home/me') as { kind: string; why: string });
    expect(why('data:text/javascript,alert(1)')).toMatchObject({ kind: 'refused', why: expect.stringMatching(/^"data:text\/javascript,alert\(1\)" is a data: URL: a strategy module must be a file on this machine/) });
    expect(why('https://example.org/s.mjs').why).toMatch(/is a https: URL/);
    expect(why('node:child_process').why).toMatch(/is a node: URL/);
    expect(why('lodash')).toEqual({ kind: 'refused', why: expect.stringMatching(/^unknown strategy "lodash" \(have: fcfs, .*, or a path to a module file such as \.\/my-strategy\.js\)$/), got: 'string "lodash"' });
  });
});
