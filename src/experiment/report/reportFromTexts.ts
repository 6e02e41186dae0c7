import { InputError } from '../../validation/issue';
import type { ExperimentPlan } from '../plan';
import { parseRunsText } from '../runsText';
import { checkSameExperiment } from '../sameExperiment';
import { summarizeRuns, type ExperimentSummary } from '../summary';
import { reportHtml } from './reportHtml';

/** A file's name (as errors name it) and its text. */
export interface NamedText {
  file: string;
  text: string;
}

export interface ResultsReport {
  plan: ExperimentPlan;
  summary: ExperimentSummary;
  html: string;
  /** replications done of those planned */
  done: number;
  planned: number;
}

/**
 * The report of a results directory from the texts of its experiment.json and runs.jsonl: what
 * `zhigang report` writes and what the browser app shows when given the same two files. A torn last
 * line is left out, as on resuming; runs of another experiment are refused.
 */
export function reportFromTexts(planFile: NamedText, runsFile: NamedText): ResultsReport {
  let plan: ExperimentPlan;
  try {
    plan = JSON.parse(planFile.text) as ExperimentPlan;
  } catch {
    throw new InputError([{ file: planFile.file, path: '$', expected: 'the experiment plan batch wrote', got: 'text that is not JSON' }]);
  }
  if (typeof plan?.hash !== 'string' || !Array.isArray(plan.configurations) || !Array.isArray(plan.factors)) {
    throw new InputError([{ file: planFile.file, path: '$', expected: 'the experiment plan batch wrote (hash, factors, configurations)', got: 'another JSON document' }]);
  }
  const { records } = parseRunsText(runsFile.text, runsFile.file);
  const stranger = records.find((r) => r.provenance.experimentHash !== plan.hash);
  if (stranger !== undefined) checkSameExperiment(runsFile.file, plan, stranger.provenance.experimentHash);
  const summary = summarizeRuns(plan, records);
  const planned = plan.configurations.length * plan.replications;
  return { plan, summary, html: reportHtml(plan, summary), done: planned - summary.missing.length, planned };
}
