import type { SourceFile } from '../scenario/loadScenario';
import { describeValue, jsonPath, type Issue } from '../validation/issue';
import { parseJson } from '../validation/parseJson';
import { issuesFromZod } from '../validation/zodIssues';
import { canonicalJson } from './canonicalJson';
import { experimentSchema, type FactorValue } from './experimentSchema';
import { factorKind, RESERVED_PATHS, type FactorKind } from './scenarioPaths';

/** One factor of the grid, with its name and kind resolved. */
export interface Factor {
  name: string;
  /** dotted scenario paths, all set to the same value */
  paths: string[];
  kind: FactorKind;
  values: FactorValue[];
}

/** An experiment file as read: checked on its own, before its scenario is looked at. */
export interface Experiment {
  file: string;
  name: string;
  description?: string;
  /** the base scenario, relative to the experiment file */
  scenario: string;
  seed?: number;
  replications: number;
  durationS?: number;
  warmUpS?: number;
  factors: Factor[];
  /** factor values to compare against, as written (possibly partial); empty: every factor's first value */
  baseline: Record<string, FactorValue>;
}

/** More configurations than this is a typo in a factor, not an experiment. */
export const MAX_CONFIGURATIONS = 10_000;

/** Parses and checks an experiment file; every issue found, each at its JSON path. */
export function parseExperiment(source: SourceFile): { experiment: Experiment | null; issues: Issue[] } {
  const parsed = parseJson(source.text);
  if (parsed.issues.length > 0) return { experiment: null, issues: parsed.issues };
  const result = experimentSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) return { experiment: null, issues: issuesFromZod(result.error.issues, parsed.value) };
  const data = result.data;
  const factors = data.factors.map((f): Factor => {
    const paths = typeof f.path === 'string' ? [f.path] : f.path;
    return { name: f.name ?? paths.join('+'), paths, kind: factorKind(paths[0]), values: f.values };
  });
  const experiment: Experiment = {
    file: source.file,
    name: data.name,
    description: data.description,
    scenario: data.scenario,
    seed: data.seed,
    replications: data.replications,
    durationS: data.durationS,
    warmUpS: data.warmUpS,
    factors,
    baseline: data.baseline ?? {},
  };
  const issues = checkFactors(experiment);
  return issues.length > 0 ? { experiment: null, issues } : { experiment, issues: [] };
}

/** What the schema cannot say: names and values unique, special paths alone, the baseline among the values. */
function checkFactors(e: Experiment): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, expected: string, got: string) => issues.push({ path, expected, got });
  const names = new Set<string>();
  e.factors.forEach((f, i) => {
    const at = `$.factors[${i}]`;
    if (names.has(f.name)) add(`${at}.name`, 'a name no other factor has', JSON.stringify(f.name));
    names.add(f.name);
    f.paths.forEach((p, j) => {
      const where = f.paths.length === 1 ? `${at}.path` : `${at}.path[${j}]`;
      if (Object.hasOwn(RESERVED_PATHS, p)) add(where, RESERVED_PATHS[p], JSON.stringify(p));
      else if (factorKind(p) !== 'scenario' && f.paths.length > 1) add(where, `"${p}" as a factor's only path`, 'it among several');
      else if (e.factors.some((g, k) => k < i && g.paths.includes(p))) add(where, 'a path no other factor sets', JSON.stringify(p));
    });
    const seen = new Map<string, number>();
    f.values.forEach((v, j) => {
      const key = canonicalJson(v);
      if (seen.has(key)) add(`${at}.values[${j}]`, `a value not listed before (it is values[${seen.get(key)}])`, describeValue(v));
      seen.set(key, j);
      if (f.kind === 'strategy' && (typeof v !== 'string' || v.length === 0)) add(`${at}.values[${j}]`, 'a strategy name or a path to a strategy module', describeValue(v));
      if (f.kind === 'chargers' && !(Number.isSafeInteger(v) && (v as number) >= 1)) add(`${at}.values[${j}]`, 'a whole number of charging stations, at least 1', describeValue(v));
    });
  });
  const configurations = e.factors.reduce((n, f) => n * f.values.length, 1);
  if (configurations > MAX_CONFIGURATIONS) add('$.factors', `at most ${MAX_CONFIGURATIONS} configurations`, `${configurations}`);
  for (const [name, value] of Object.entries(e.baseline)) {
    const factor = e.factors.find((f) => f.name === name);
    if (factor === undefined) add(jsonPath(['baseline', name]), `a factor name (${e.factors.map((f) => f.name).join(', ') || 'there are no factors'})`, JSON.stringify(name));
    else if (!factor.values.some((v) => canonicalJson(v) === canonicalJson(value))) add(jsonPath(['baseline', name]), `one of the factor's values (${factor.values.map((v) => JSON.stringify(v)).join(', ')})`, describeValue(value));
  }
  return issues;
}
