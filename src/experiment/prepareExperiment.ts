import { dirname, join, resolve } from 'node:path';
import type { ScenarioTexts } from '../run/scenarioTexts';
import { strategyFromText } from '../run/strategySpecFromCli';
import { LIMITS } from '../scenario/limits';
import { readInputFile } from '../scenario/readInputFile';
import { InputError, type FileIssue } from '../validation/issue';
import { readScenarioTexts } from '../worker/readScenarioTexts';
import { spawnSimWorker } from '../worker/spawnSimWorker';
import type { WorkerLimits } from '../worker/workerLimits';
import { parseExperiment, type Experiment } from './experimentFile';
import { planExperiment, type ExperimentPlan } from './plan';

/** An experiment ready to run: its plan, and per configuration the texts and strategy a worker gets. */
export interface PreparedExperiment {
  experiment: Experiment;
  plan: ExperimentPlan;
  texts: ScenarioTexts[];
  /** per configuration, a registered name or a module URL */
  strategies: string[];
}

/**
 * Reads an experiment file and its base scenario (relative to it), checks every configuration and
 * loads every strategy module once, so that nothing that can be known up front fails mid-batch.
 * Problems throw InputError as `FILE: $.path: expected …, got …`.
 */
export async function prepareExperiment(file: string, options: PrepareOptions = {}): Promise<PreparedExperiment> {
  const read = readInputFile(file, LIMITS.scenarioFileBytes);
  if ('problem' in read) throw new InputError([{ file, path: '$', expected: 'a readable experiment file', got: read.problem }]);
  const text = read.text;
  const { experiment, issues } = parseExperiment({ file, text });
  if (experiment === null) throw new InputError(issues.map((i) => ({ file, ...i })));
  const scenarioFile = join(dirname(file), experiment.scenario);
  let base: ScenarioTexts;
  try {
    base = readScenarioTexts(scenarioFile);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError([{ file, path: '$.scenario', expected: 'a readable scenario file, relative to the experiment file', got: `${JSON.stringify(experiment.scenario)} (${scenarioFile}: ${e.issues[0]?.got ?? 'not readable'})` }]);
  }
  const { plan, texts } = planExperiment(experiment, base);
  const strategies = await strategySpecs(experiment, plan, base, options);
  return { experiment, plan, texts, strategies };
}

/** What an experiment may run: modules only with the user's --allow-code, checked within these limits. */
export interface PrepareOptions {
  allowCode?: boolean;
  limits?: Partial<WorkerLimits>;
}

async function strategySpecs(experiment: Experiment, plan: ExperimentPlan, base: ScenarioTexts, options: PrepareOptions): Promise<string[]> {
  const i = experiment.factors.findIndex((f) => f.kind === 'strategy');
  // a module path in the scenario is relative to the scenario file, in a factor to the experiment file
  const named =
    i < 0
      ? [{ text: (JSON.parse(base.scenario.text) as { dispatch: { strategy: string } }).dispatch.strategy, file: base.scenario.file, path: '$.dispatch.strategy' }]
      : experiment.factors[i].values.map((v, j) => ({ text: v as string, file: experiment.file, path: `$.factors[${i}].values[${j}]` }));
  const issues: FileIssue[] = [];
  const specs = named.map(({ text, file, path }) => {
    const read = strategyFromText(text, dirname(resolve(file)));
    if (read.kind === 'name') return read.name;
    if (read.kind === 'refused') issues.push({ file, path, expected: 'a strategy name or the path of a strategy module file', got: read.why });
    else if (options.allowCode !== true) issues.push({ file, path, expected: 'a built-in strategy, or --allow-code to run the strategy module named here (it is code)', got: JSON.stringify(text.slice(0, 60)) });
    return read.kind === 'module' ? read.url : '';
  });
  if (issues.length === 0) {
    // each module loads and makes its strategy in a worker, within the run limits, before any run starts
    for (const [k, spec] of specs.entries()) {
      if (!spec.startsWith('file:')) continue;
      const problem = await moduleProblem(spec, base, options.limits ?? {});
      if (problem !== null) issues.push({ file: named[k].file, path: named[k].path, expected: 'a strategy module that loads and makes a strategy', got: problem });
    }
  }
  if (issues.length > 0) throw new InputError(issues);
  if (i < 0) return plan.configurations.map(() => specs[0]);
  const factor = experiment.factors[i];
  return plan.configurations.map((c) => specs[factor.values.indexOf(c.factors[factor.name])]);
}

/** Why a module does not give a strategy (loaded in a worker of its own, within the limits), or null. */
async function moduleProblem(url: string, texts: ScenarioTexts, limits: Partial<WorkerLimits>): Promise<string | null> {
  const worker = spawnSimWorker(limits);
  try {
    await worker.api.load(texts, { strategyModule: url, durationS: 3600 });
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await worker.terminate();
  }
}
