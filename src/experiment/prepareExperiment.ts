import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ScenarioTexts } from '../run/scenarioTexts';
import { isModuleUrl, loadStrategyModule } from '../run/strategyModule';
import { strategySpecFromCli } from '../run/strategySpecFromCli';
import { InputError, type FileIssue } from '../validation/issue';
import { readScenarioTexts } from '../worker/readScenarioTexts';
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
export async function prepareExperiment(file: string): Promise<PreparedExperiment> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError([{ file, path: '$', expected: 'a readable experiment file', got: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e) }]);
  }
  const { experiment, issues } = parseExperiment({ file, text });
  if (experiment === null) throw new InputError(issues.map((i) => ({ file, ...i })));
  const scenarioFile = join(dirname(file), experiment.scenario);
  let base: ScenarioTexts;
  try {
    base = readScenarioTexts(scenarioFile);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError([{ file, path: '$.scenario', expected: 'a readable scenario file, relative to the experiment file', got: `${JSON.stringify(experiment.scenario)} (${scenarioFile}: no such file or not readable)` }]);
  }
  const { plan, texts } = planExperiment(experiment, base);
  const strategies = await strategySpecs(experiment, plan, base);
  return { experiment, plan, texts, strategies };
}

async function strategySpecs(experiment: Experiment, plan: ExperimentPlan, base: ScenarioTexts): Promise<string[]> {
  const i = experiment.factors.findIndex((f) => f.kind === 'strategy');
  if (i < 0) {
    // the scenario's own strategy: a module path in it is relative to the scenario file
    const own = (JSON.parse(base.scenario.text) as { dispatch: { strategy: string } }).dispatch.strategy;
    const spec = strategySpecFromCli(own, dirname(resolve(base.scenario.file)));
    const problem = await moduleProblem(spec);
    if (problem !== null) throw new InputError([{ file: base.scenario.file, path: '$.dispatch.strategy', expected: 'a strategy module that loads', got: problem }]);
    return plan.configurations.map(() => spec);
  }
  const factor = experiment.factors[i];
  const specs = factor.values.map((v) => strategySpecFromCli(v as string, dirname(resolve(experiment.file))));
  const issues: FileIssue[] = [];
  for (const [j, spec] of specs.entries()) {
    const problem = await moduleProblem(spec);
    if (problem !== null) issues.push({ file: experiment.file, path: `$.factors[${i}].values[${j}]`, expected: 'a strategy module that loads', got: problem });
  }
  if (issues.length > 0) throw new InputError(issues);
  return plan.configurations.map((c) => specs[factor.values.indexOf(c.factors[factor.name])]);
}

/** Why a module spec does not give a strategy, or null (names were checked with the configurations). */
async function moduleProblem(spec: string): Promise<string | null> {
  if (!isModuleUrl(spec)) return null;
  try {
    await loadStrategyModule(spec);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
