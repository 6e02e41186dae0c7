import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../validation/issue';
import { fileProblem, OutputError } from '../validation/outputError';
import { RESULT_FILES } from './resultFiles';
import { checkSameExperiment } from './sameExperiment';
import type { ExperimentPlan } from './plan';
import type { RunRecord } from './runRecord';
import { runsCsvText } from './runsCsv';
import { readRunsFile, writeFileAtomic } from './runsFile';
import { summarizeRuns, summaryCsvText, type ExperimentSummary } from './summary';

export { checkSameExperiment } from './sameExperiment';

export const RESULTS = RESULT_FILES;

export const resultsFile = (dir: string, name: keyof typeof RESULTS): string => join(dir, RESULTS[name]);

/** The plan a results directory was written for, or null if it has none. */
export function readPlan(dir: string): ExperimentPlan | null {
  let text: string;
  try {
    text = readFileSync(resultsFile(dir, 'plan'), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError([{ file: resultsFile(dir, 'plan'), path: '$', expected: 'a readable file', got: fileProblem(e) }]);
  }
  try {
    return JSON.parse(text) as ExperimentPlan;
  } catch {
    throw new InputError([{ file: resultsFile(dir, 'plan'), path: '$', expected: 'the experiment plan batch wrote', got: 'text that is not JSON' }]);
  }
}

/**
 * Opens a results directory for a plan: creates it, refuses one written by another experiment,
 * cuts a torn last line off runs.jsonl, rebuilds runs.csv if it disagrees with runs.jsonl, and
 * records the plan. Returns the records already there.
 */
export function openResultsDir(dir: string, plan: ExperimentPlan): { records: RunRecord[]; dropped: string | null; damaged: string[] } {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new OutputError(dir, 'the results directory', e);
  }
  const old = readPlan(dir);
  if (old !== null) checkSameExperiment(resultsFile(dir, 'plan'), plan, old.hash, old.name);
  const { records, dropped, damaged } = readRunsFile(resultsFile(dir, 'runs'), true);
  const stranger = records.find((r) => r.provenance.experimentHash !== plan.hash);
  if (stranger !== undefined) checkSameExperiment(resultsFile(dir, 'runs'), plan, stranger.provenance.experimentHash);
  writeFileAtomic(resultsFile(dir, 'plan'), `${JSON.stringify(plan, null, 2)}\n`);
  const csv = runsCsvText(plan, records);
  if (readOrEmpty(resultsFile(dir, 'csv')) !== csv) writeFileAtomic(resultsFile(dir, 'csv'), csv);
  return { records, dropped, damaged };
}

/** Writes summary.csv from every record and returns the summary. */
export function writeSummary(dir: string, plan: ExperimentPlan, records: readonly RunRecord[]): ExperimentSummary {
  const summary = summarizeRuns(plan, records);
  writeFileAtomic(resultsFile(dir, 'summary'), summaryCsvText(plan, summary));
  return summary;
}

function readOrEmpty(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
