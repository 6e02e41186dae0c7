import { findStrategy, strategyNames } from '../dispatch/registry';
import { loadScenarioTexts, type ScenarioTexts } from '../run/scenarioTexts';
import { classifyStrategyText, STRATEGY_EXPECTED } from '../run/strategyText';
import { describeValue, InputError, jsonPath, type FileIssue, type Issue } from '../validation/issue';
import { configurationTexts, type ValueProblem } from './configurationTexts';
import type { Experiment } from './experimentFile';
import type { FactorValue } from './experimentSchema';
import type { Configuration } from './grid';
import { pathSegments } from './scenarioPaths';

/** Combinations that fail are listed up to this many: the rest are likely the same mistake. */
const MAX_LISTED = 5;

/**
 * Writes every configuration into the base scenario and validates it with the normal loader, before
 * anything runs. Problems are reported against the experiment file: a value the scenario refuses at
 * its factor's `values[j]`, a path that is not in the scenario at its `path`, the run length at
 * `durationS`/`warmUpS`. Returns each configuration's texts; configurations that differ only in
 * their strategy share them.
 */
export function validateConfigurations(experiment: Experiment, base: ScenarioTexts, configurations: readonly Configuration[]): ScenarioTexts[] {
  const issues: Issue[] = [];
  const refused = (texts: ScenarioTexts): FileIssue[] => {
    try {
      loadScenarioTexts(texts);
      return [];
    } catch (e) {
      if (e instanceof InputError) return [...e.issues];
      throw e;
    }
  };
  // the run length first: every configuration has it
  const plain = configurationTexts(base, experiment, new Map());
  for (const issue of refused(plain.texts)) {
    const own = issue.file === base.scenario.file && (issue.path === '$.run.durationS' || issue.path === '$.run.warmUpS');
    if (own) issues.push({ path: issue.path.replace('$.run.', '$.'), expected: issue.expected, got: issue.got });
    else throw new InputError([issue]); // the base scenario itself is broken: report it as `validate` would
  }
  if (issues.length > 0) throw new InputError(issues.map((i) => ({ file: experiment.file, ...i })));

  // then each value on its own, so a refusal names the one value responsible
  experiment.factors.forEach((factor, i) =>
    factor.values.forEach((value, j) => {
      const at = `$.factors[${i}]`;
      if (factor.kind === 'strategy') {
        const kind = classifyStrategyText(value as string);
        if (kind.kind === 'refused' || kind.kind === 'fileUrl')
          issues.push({ path: `${at}.values[${j}]`, expected: STRATEGY_EXPECTED('experiment'), got: kind.kind === 'refused' ? kind.got : `a file: URL (${describeValue(value)}): name the file by its path` });
        return;
      }
      const { texts, problems } = configurationTexts(base, experiment, new Map([[i, value]]));
      if (problems.length > 0) issues.push(...problems.map((p) => problemIssue(experiment, p, j, value)));
      else issues.push(...refused(texts).map((issue) => valueIssue(experiment, i, j, value, issue)));
    }),
  );
  if (issues.length > 0) throw new InputError(dedupe(issues).map((i) => ({ file: experiment.file, ...i })));

  // then every combination (a value may be fine alone and not with another's)
  const textsByLevels = new Map<string, ScenarioTexts>();
  const failed: string[] = [];
  const out = configurations.map((c) => {
    const values = new Map<number, FactorValue>();
    experiment.factors.forEach((f, i) => f.kind !== 'strategy' && values.set(i, c.factors[f.name]));
    const key = [...values.keys()].map((i) => c.levels[i]).join(',');
    let texts = textsByLevels.get(key);
    if (texts === undefined) {
      texts = configurationTexts(base, experiment, values).texts;
      textsByLevels.set(key, texts);
      const first = refused(texts)[0];
      if (first !== undefined) failed.push(`configuration "${c.id}": ${first.file}: ${first.path}: expected ${first.expected}, got ${first.got}`);
    }
    return texts;
  });
  if (failed.length > 0) {
    const more = failed.length > MAX_LISTED ? ` (and ${failed.length - MAX_LISTED} more)` : '';
    throw new InputError(failed.slice(0, MAX_LISTED).map((got, k) => ({ file: experiment.file, path: '$.factors', expected: k === 0 ? 'values that the scenario accepts together' : 'the same', got: k === MAX_LISTED - 1 ? `${got}${more}` : got })));
  }
  return out;
}

function problemIssue(experiment: Experiment, p: ValueProblem, j: number, value: FactorValue): Issue {
  const factor = experiment.factors[p.factor];
  const at = `$.factors[${p.factor}]`;
  if (factor.kind === 'chargers') return { path: `${at}.values[${j}]`, expected: p.why, got: describeValue(value) };
  const k = factor.paths.indexOf(p.path);
  return { path: factor.paths.length === 1 ? `${at}.path` : `${at}.path[${k}]`, expected: 'a path to a value in the scenario', got: `${JSON.stringify(p.path)} (${p.why})` };
}

/** A scenario's refusal of one factor value, said at that value (or at the path, for an unknown key). */
function valueIssue(experiment: Experiment, i: number, j: number, value: FactorValue, issue: FileIssue): Issue {
  const factor = experiment.factors[i];
  const k = factor.paths.findIndex((p) => jsonPath(pathSegments(p)) === issue.path);
  if (k >= 0 && issue.expected.startsWith('no such key')) {
    return { path: factor.paths.length === 1 ? `$.factors[${i}].path` : `$.factors[${i}].path[${k}]`, expected: 'a key the scenario has (unknown keys are errors)', got: JSON.stringify(factor.paths[k]) };
  }
  const where = issue.file === experiment.file ? issue.path : `${issue.file} ${issue.path}`;
  return { path: `$.factors[${i}].values[${j}]`, expected: `a value the scenario accepts (${where}: ${issue.expected})`, got: describeValue(value) };
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(`${i.path}\u0000${i.expected}`) && seen.add(`${i.path}\u0000${i.expected}`));
}
