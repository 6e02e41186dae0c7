import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHere } from '../../src/cli/runHere';
import { prepareExperiment } from '../../src/experiment/prepareExperiment';
import { loadScenarioTexts } from '../../src/run/scenarioTexts';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { RandomStreams, RunFailure } from '../../src/sim';
import { InputError } from '../../src/validation/issue';
import { RunLimitError } from '../../src/worker/workerLimits';
import { mutate } from './mutate';

/**
 * Seeded mutations of the bundled files, as a careless or hostile user would make them. Each must
 * end in clean `FILE: $.path: …` errors, or in a run that ends, finished or failed with a one-line
 * message of the model's own kinds: never an exception of another kind (a stack trace for the
 * user), never a hang (a run is stopped at a generous wall-time limit, and that fails the case).
 * Runs are cut to a day: the point is that they end, not what they measure.
 */
const streams = new RandomStreams(20261204);
const dir = mkdtempSync(join(tmpdir(), 'zhigang-fuzz-'));
const RUN_S = 86400;
const HANG_S = 300;

type Outcome = 'refused' | 'ran' | 'failed clearly';

function judge(what: string, attempt: () => void): Outcome {
  try {
    attempt();
    return 'ran';
  } catch (e) {
    if (e instanceof InputError) {
      for (const issue of e.issues) {
        expect(issue.path, what).toMatch(/^\$/);
        expect(issue.expected.length, what).toBeGreaterThan(0);
        expect(issue.got.length, what).toBeGreaterThan(0);
      }
      expect(e.message, what).not.toMatch(/\n\s+at /);
      return 'refused';
    }
    if (e instanceof RunLimitError) throw new Error(`${what}: the run did not end within ${HANG_S} s: ${e.message}`);
    if (e instanceof RunFailure) {
      expect(e.message, what).not.toContain('\n');
      return 'failed clearly';
    }
    throw new Error(`${what}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}

/** The scenario and layout texts under test names in `dir`, each case in its own pair of files. */
function scenarioCase(k: number, scenarioText: string, layoutText: string): string {
  const file = join(dir, `case-${k}.json`);
  let text = scenarioText;
  try {
    const s = JSON.parse(scenarioText) as { layout?: unknown };
    if (typeof s === 'object' && s !== null && typeof s.layout === 'string') text = JSON.stringify({ ...s, layout: `case-${k}.layout.geojson` });
  } catch {
    // cut short: it names no layout we can redirect, and it will not parse anyway
  }
  writeFileSync(file, text);
  writeFileSync(join(dir, `case-${k}.layout.geojson`), layoutText);
  return file;
}

function fuzzScenarios(base: string, cases: number, target: 'scenario' | 'layout', stream: string): Outcome[] {
  const scenario = readFileSync(`scenarios/${base}.json`, 'utf8');
  const layout = readFileSync(`scenarios/${base}.layout.geojson`, 'utf8');
  const r = streams.stream(stream);
  const outcomes: Outcome[] = [];
  for (let k = 0; k < cases; k++) {
    const m = mutate(target === 'scenario' ? scenario : layout, r);
    const file = scenarioCase(outcomes.length + k * 1000 + base.length, target === 'scenario' ? m.text : scenario, target === 'layout' ? m.text : layout);
    outcomes.push(judge(`${base} ${target}: ${m.what}`, () => runHere(readScenarioFile(file), { durationS: RUN_S }, HANG_S)));
  }
  return outcomes;
}

const counts = (o: Outcome[]) => ({ refused: o.filter((x) => x === 'refused').length, ran: o.filter((x) => x === 'ran').length, failed: o.filter((x) => x === 'failed clearly').length });

describe('seeded mutations of the bundled files end cleanly', () => {
  it('100 of the demo-small scenario', () => {
    const o = fuzzScenarios('demo-small', 100, 'scenario', 'demo-scenario');
    expect(o.length).toBe(100);
    // the mutations reach both sides: many refused, many still valid and run
    expect(counts(o).refused).toBeGreaterThan(20);
    expect(counts(o).ran).toBeGreaterThan(5);
  }, 600_000);

  it('30 of the tianjin-c-section scenario', () => {
    expect(fuzzScenarios('tianjin-c-section', 30, 'scenario', 'tianjin-scenario').length).toBe(30);
  }, 600_000);

  it('50 of the demo-small layout', () => {
    const o = fuzzScenarios('demo-small', 50, 'layout', 'demo-layout');
    expect(counts(o).refused).toBeGreaterThan(10);
  }, 600_000);

  it('30 of an experiment file', async () => {
    const experiment = JSON.stringify({
      name: 'fuzzed',
      scenario: relative(dir, resolve('scenarios/demo-small.json')),
      seed: 4,
      replications: 2,
      durationS: 21600,
      warmUpS: 3600,
      factors: [
        { name: 'strategy', path: 'dispatch.strategy', values: ['fcfs', 'pooled-lap'] },
        { name: 'fleet', path: 'vehicles.count', values: [4, 8] },
        { name: 'chargers', path: 'chargers', values: [1, 2] },
      ],
      baseline: { strategy: 'fcfs' },
    });
    const r = streams.stream('experiment');
    const outcomes: Outcome[] = [];
    for (let k = 0; k < 30; k++) {
      const m = mutate(experiment, r);
      const file = join(dir, `experiment-${k}.json`);
      writeFileSync(file, m.text);
      let prepared: Awaited<ReturnType<typeof prepareExperiment>> | null = null;
      try {
        prepared = await prepareExperiment(file);
      } catch (e) {
        outcomes.push(judge(`experiment: ${m.what}`, () => {
          throw e;
        }));
        continue;
      }
      const first = prepared.texts[0];
      outcomes.push(judge(`experiment: ${m.what}`, () => runHere(loadScenarioTexts(first), { durationS: 21600, strategy: prepared!.strategies[0] }, HANG_S)));
    }
    expect(outcomes.length).toBe(30);
    expect(counts(outcomes).refused).toBeGreaterThan(5);
  }, 600_000);
});
