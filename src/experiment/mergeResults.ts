import { existsSync, mkdirSync } from 'node:fs';
import { OutputError } from '../validation/outputError';
import { resolve } from 'node:path';
import { InputError } from '../validation/issue';
import type { ExperimentPlan } from './plan';
import { checkSameExperiment, readPlan, resultsFile, writeSummary } from './resultsDir';
import { effectiveRecords, type RunRecord } from './runRecord';
import { runsCsvText } from './runsCsv';
import { readRunsFile, writeFileAtomic } from './runsFile';
import type { ExperimentSummary } from './summary';

export interface MergeOutcome {
  plan: ExperimentPlan;
  /** one per replication, in the plan's task order */
  records: RunRecord[];
  /** records found for a replication another input (or line) already gave */
  duplicates: number;
  /** torn last lines left out, by file */
  dropped: string[];
  /** records left out for KPIs that are missing or not numbers, described with their file */
  damaged: string[];
  summary: ExperimentSummary;
}

/**
 * Combines results directories of one experiment (shards run on several machines, or runs that
 * were stopped and resumed elsewhere) into `out`: every input must come from the same experiment
 * hash; each replication is kept once (a success over a failure); records are written in the
 * plan's task order, so the output does not depend on which machine finished first; the summary is
 * rebuilt. Results already in `out` are kept. Inputs are only read.
 */
export function mergeResults(inputs: readonly string[], out: string): MergeOutcome {
  const dirs = [...inputs];
  if (existsSync(resultsFile(out, 'plan')) && !inputs.some((d) => resolve(d) === resolve(out))) dirs.push(out);
  const plans = dirs.map((dir) => {
    const plan = readPlan(dir);
    if (plan === null) throw new InputError([{ file: resultsFile(dir, 'plan'), path: '$', expected: 'a results directory written by zhigang batch', got: 'no experiment.json' }]);
    return plan;
  });
  // the plan with the most replications: an experiment may have grown between shards (same hash)
  const plan = plans.reduce((best, p) => (p.replications > best.replications ? p : best), plans[0]);
  dirs.forEach((dir, k) => checkSameExperiment(resultsFile(dir, 'plan'), plan, plans[k].hash, plans[k].name));
  const all: RunRecord[] = [];
  const dropped: string[] = [];
  const damaged: string[] = [];
  for (const dir of dirs) {
    const read = readRunsFile(resultsFile(dir, 'runs'), false);
    const stranger = read.records.find((r) => r.provenance.experimentHash !== plan.hash);
    if (stranger !== undefined) checkSameExperiment(resultsFile(dir, 'runs'), plan, stranger.provenance.experimentHash);
    if (read.dropped !== null) dropped.push(resultsFile(dir, 'runs'));
    damaged.push(...read.damaged.map((d) => `${resultsFile(dir, 'runs')}: ${d}`));
    all.push(...read.records);
  }
  const kept = effectiveRecords(all);
  const position = new Map(plan.configurations.map((c) => [c.id, c.index]));
  const records = [...kept.values()].sort((a, b) => a.replication - b.replication || position.get(a.config)! - position.get(b.config)!);
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new OutputError(out, 'the merged results directory', e);
  }
  writeFileAtomic(resultsFile(out, 'plan'), `${JSON.stringify(plan, null, 2)}\n`);
  writeFileAtomic(resultsFile(out, 'runs'), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  writeFileAtomic(resultsFile(out, 'csv'), runsCsvText(plan, records));
  const summary = writeSummary(out, plan, records);
  return { plan, records, duplicates: all.length - records.length, dropped, damaged, summary };
}
