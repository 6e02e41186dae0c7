import { readFileSync } from 'node:fs';
import { writeOutputFile } from './outputFile';
import { reportFromTexts } from '../experiment/report/reportFromTexts';
import { resultsFile } from '../experiment/resultsDir';
import { InputError } from '../validation/issue';
import { fileProblem } from '../validation/outputError';
import { parseCommandArgs, UsageError } from './usage';

/** `zhigang report DIR --out report.html`: charts and tables of a results directory, as one offline page. */
export function reportCommand(args: string[]): number {
  const { positionals, values } = parseCommandArgs(args, { out: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('name one results directory (the --out of batch or merge)');
  if (values.out === undefined) throw new UsageError('--out FILE is required, e.g. --out report.html');
  const dir = positionals[0];
  const planFile = resultsFile(dir, 'plan');
  const runsFile = resultsFile(dir, 'runs');
  const planText = readOrNull(planFile);
  if (planText === null) throw new InputError([{ file: planFile, path: '$', expected: 'a results directory written by zhigang batch or merge', got: 'no experiment.json' }]);
  const report = reportFromTexts({ file: planFile, text: planText }, { file: runsFile, text: readOrNull(runsFile) ?? '' });
  writeOutputFile(values.out, report.html, 'the report');
  console.log(`${values.out}: ${report.plan.name}, ${report.done} of ${report.planned} replications, ${(report.html.length / 1024).toFixed(0)} KiB, no network needed`);
  return 0;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError([{ file, path: '$', expected: 'a readable file', got: fileProblem(e) }]);
  }
}
