import type { ScenarioTexts } from '../run/scenarioTexts';
import type { Experiment } from './experimentFile';
import type { FactorValue } from './experimentSchema';
import { keepChargers, pathSegments, setScenarioValue } from './scenarioPaths';

/** Why a factor's value could not be written into the scenario texts. */
export interface ValueProblem {
  factor: number;
  /** the path the problem is at, as written in the experiment file */
  path: string;
  why: string;
}

/**
 * The base scenario texts with the experiment's run length and warm-up and the given factor values
 * (by factor index) written in, as JSON texts for the normal loader: a bad value is then reported
 * by validation like any scenario's, and reaches a worker without a temporary file. The strategy
 * factor is not written: each run is given it (see configurationRuns).
 */
export function configurationTexts(base: ScenarioTexts, experiment: Experiment, values: ReadonlyMap<number, FactorValue>): { texts: ScenarioTexts; problems: ValueProblem[] } {
  const doc = JSON.parse(base.scenario.text) as Record<string, unknown>; // the base was validated first
  const problems: ValueProblem[] = [];
  if (experiment.durationS !== undefined) setScenarioValue(doc, ['run', 'durationS'], experiment.durationS);
  if (experiment.warmUpS !== undefined) setScenarioValue(doc, ['run', 'warmUpS'], experiment.warmUpS);
  const files = { ...base.files };
  for (const [i, value] of values) {
    const factor = experiment.factors[i];
    if (factor.kind === 'chargers') {
      const layout = doc.layout as string;
      const kept = keepChargers(files[layout] ?? '', value as number);
      if ('available' in kept) problems.push({ factor: i, path: 'chargers', why: `at most ${kept.available} (the layout's charging stations)` });
      else files[layout] = kept.text;
    }
    if (factor.kind !== 'scenario') continue;
    for (const path of factor.paths) {
      const why = setScenarioValue(doc, pathSegments(path), structuredClone(value));
      if (why !== null) problems.push({ factor: i, path, why });
    }
  }
  return { texts: { scenario: { file: base.scenario.file, text: JSON.stringify(doc, null, 2) }, files }, problems };
}
