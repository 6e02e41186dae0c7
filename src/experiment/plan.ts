import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { contentHash, zhigangVersion } from '../run/provenance';
import { InputError } from '../validation/issue';
import { loadScenarioTexts, type ScenarioTexts } from '../run/scenarioTexts';
import { canonicalJson } from './canonicalJson';
import type { Experiment } from './experimentFile';
import type { FactorValue } from './experimentSchema';
import { expandGrid } from './grid';
import { replicationSeed } from './seeds';
import { validateConfigurations } from './validateConfigurations';

/** A configuration as results record it. */
export interface PlannedConfiguration {
  index: number;
  id: string;
  factors: Record<string, FactorValue>;
  /** id of the configuration it is paired against (itself for a baseline) */
  baseline: string;
  /** hash of its scenario and layout texts, as its runs' provenance gives it */
  scenarioHash: string;
}

/**
 * An experiment resolved against its scenario: plain data, written to DIR/experiment.json, from
 * which results are summarised and reported (in Node or a browser alike).
 */
export interface ExperimentPlan {
  name: string;
  description?: string;
  /** the experiment file, as named on the command line */
  file: string;
  /** the base scenario's name and file */
  scenario: string;
  scenarioFile: string;
  /**
   * What every replication's result depends on (base scenario and layout texts, factors, seed, run
   * length, warm-up, version): results with another hash are from another experiment. Not the
   * replication count or the baseline, so an experiment may grow or be re-read and still resume.
   */
  hash: string;
  version: string;
  seed: number;
  replications: number;
  durationS: number;
  warmUpS: number;
  factors: { name: string; path: string[]; values: FactorValue[] }[];
  configurations: PlannedConfiguration[];
  /** seeds[r − 1] is replication r's seed, the same in every configuration */
  seeds: number[];
}

/**
 * Checks every configuration against the scenario (throwing InputError naming the experiment file's
 * paths) and resolves the plan. Also returns each configuration's scenario texts, for the workers.
 */
export function planExperiment(experiment: Experiment, base: ScenarioTexts): { plan: ExperimentPlan; texts: ScenarioTexts[] } {
  const loaded = loadScenarioTexts(base); // a broken base scenario is reported as `validate` would
  const configurations = expandGrid(experiment.factors, experiment.baseline);
  const texts = validateConfigurations(experiment, base, configurations);
  const seed = experiment.seed ?? loaded.scenario.seed;
  const durationS = experiment.durationS ?? loaded.scenario.run.durationS;
  // every run of an experiment must leave out the same start: one warm-up, not one per run
  if (experiment.warmUpS === undefined && loaded.scenario.run.warmUpAuto) {
    throw new InputError([{ file: experiment.file, path: '$.warmUpS', expected: 'a warm-up in seconds: the scenario says "auto", and an experiment uses one warm-up for all its runs (find one with `zhigang run SCENARIO --warm-up auto`)', got: 'none' }]);
  }
  const warmUpS = experiment.warmUpS ?? loaded.scenario.run.warmUpS;
  const factors = experiment.factors.map((f) => ({ name: f.name, path: f.paths, values: f.values }));
  const hashed = { seed, durationS, warmUpS, factors, base: contentHash(loaded.sources), version: zhigangVersion };
  const plan: ExperimentPlan = {
    name: experiment.name,
    ...(experiment.description === undefined ? {} : { description: experiment.description }),
    file: experiment.file,
    scenario: loaded.scenario.name,
    scenarioFile: base.scenario.file,
    hash: bytesToHex(sha256(utf8ToBytes(canonicalJson(hashed)))),
    version: zhigangVersion,
    seed,
    replications: experiment.replications,
    durationS,
    warmUpS,
    factors,
    configurations: configurations.map((c, k) => ({
      index: c.index,
      id: c.id,
      factors: c.factors,
      baseline: configurations[c.baseline].id,
      scenarioHash: contentHash({ scenario: texts[k].scenario.text, layout: texts[k].files[loaded.scenario.layout] }),
    })),
    seeds: Array.from({ length: experiment.replications }, (_, r) => replicationSeed(seed, r + 1)),
  };
  return { plan, texts };
}
