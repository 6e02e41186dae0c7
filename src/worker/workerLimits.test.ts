import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runHere } from '../cli/runHere';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { readScenarioTexts } from './readScenarioTexts';
import { runBatch } from './runBatch';
import { runInWorker } from './runInWorker';

const DEMO = 'scenarios/demo-small.json';
const dir = mkdtempSync(join(tmpdir(), 'zhigang-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A strategy module in a temp file; `decide` runs `body` once there are open jobs. */
function module(name: string, body: string, topLevel = ''): string {
  const file = join(dir, name);
  writeFileSync(file, `${topLevel}\nexport default { name: '${name}', decide(s) { if (s.jobs.length > 0) { ${body} } return []; } };`);
  return pathToFileURL(file).href;
}

const texts = () => readScenarioTexts(DEMO);

// each case runs in a real worker thread; what stops it is a limit, whatever the machine's speed
describe('limits of a run in a worker', () => {
  it('stops a decision that never returns at the decision limit, naming its simulated time', async () => {
    const looping = module('looping.mjs', 'for (;;) {}');
    await expect(runInWorker(texts(), { strategyModule: looping, durationS: 86400 }, { decisionLimitS: 1 })).rejects.toThrow(
      /^the strategy's decision at t = 1869\.1 s took longer than the 1 s decision limit \(a loop\?\): the run was stopped \(--decision-limit changes the limit\)$/,
    );
  });

  it('stops a module whose loading never ends', async () => {
    const stuck = module('stuck.mjs', '', 'while (true) {}');
    await expect(runInWorker(texts(), { strategyModule: stuck }, { decisionLimitS: 1 })).rejects.toThrow(/^loading and making the strategy took longer than the 1 s decision limit/);
  });

  it('fails, not succeeds, when a strategy calls process.exit', async () => {
    const exits = module('exits.mjs', 'process.exit(0);');
    await expect(runInWorker(texts(), { strategyModule: exits, durationS: 86400 }, {})).rejects.toThrow(
      'the simulation worker stopped (exit code 0) during the run: a strategy called process.exit(), or its thread was ended',
    );
  });

  it('stops a strategy that allocates without end at the memory limit', async () => {
    const greedy = module('greedy.mjs', 'for (;;) kept.push(new Array(1e6).fill(s.timeS));', 'const kept = [];');
    await expect(runInWorker(texts(), { strategyModule: greedy, durationS: 86400 }, { maxMemoryMb: 256, decisionLimitS: 600 })).rejects.toThrow(
      /^the run used more than its 256 MB memory limit \(a strategy keeping ever more data\?\): it was stopped \(--max-memory changes the limit\)$/,
    );
  });

  it('stops a run at its timeout: half a second a decision cannot end a day within a second', async () => {
    const slow = module('slow.mjs', 'const until = performance.now() + 500; while (performance.now() < until) {}');
    await expect(runInWorker(texts(), { strategyModule: slow, durationS: 86400 }, { timeoutS: 1 })).rejects.toThrow(
      'the run did not finish within its 1 s timeout: it was stopped (--timeout changes the limit)',
    );
    await expect(runBatch([{ scenarioFile: DEMO, seed: 4, strategy: slow, durationS: 86400 }], { workers: 1, timeoutS: 1 })).rejects.toThrow(
      /^task 1 \(scenarios\/demo-small\.json, strategy "file:.*slow\.mjs", seed 4\) failed: the run did not finish within its 1 s timeout/,
    );
  });

  it('stops a built-in run in this thread at its timeout, between simulated hours', () => {
    expect(() => runHere(readScenarioFile(DEMO), { durationS: 2 * 86400 }, 1e-9)).toThrow('the run did not finish within its 1e-9 s timeout');
  });
});
