import { InputError } from '../validation/issue';
import type { ExperimentPlan } from './plan';

/** Refuses results of another experiment: resuming or merging them would mix two experiments' numbers. */
export function checkSameExperiment(file: string, plan: ExperimentPlan, hash: string, name?: string): void {
  if (hash === plan.hash) return;
  const what = name === undefined ? 'results' : `results of "${name}"`;
  throw new InputError([
    {
      file,
      path: '$',
      expected: `results of experiment "${plan.name}" (hash ${plan.hash.slice(0, 12)}…)`,
      got: `${what} (hash ${hash.slice(0, 12)}…): another experiment, or this one with other factors, seed, run length, scenario or version; use another --out DIR`,
    },
  ]);
}
