import { writeFileSync } from 'node:fs';
import { reportHtml } from '../experiment/report/reportHtml';
import { readPlan, resultsFile } from '../experiment/resultsDir';
import { readRunsFile } from '../experiment/runsFile';
import { summarizeRuns } from '../experiment/summary';
import { InputError } from '../validation/issue';
import { parseCommandArgs, UsageError } from './usage';

/** `zhigang report DIR --out report.html`: charts and tables of a results directory, as one offline page. */
export function reportCommand(args: string[]): number {
  const { positionals, values } = parseCommandArgs(args, { out: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('name one results directory (the --out of batch or merge)');
  if (values.out === undefined) throw new UsageError('--out FILE is required, e.g. --out report.html');
  const dir = positionals[0];
  const plan = readPlan(dir);
  if (plan === null) throw new InputError([{ file: resultsFile(dir, 'plan'), path: '$', expected: 'a results directory written by zhigang batch or merge', got: 'no experiment.json' }]);
  const summary = summarizeRuns(plan, readRunsFile(resultsFile(dir, 'runs'), false).records);
  const html = reportHtml(plan, summary);
  writeFileSync(values.out, html);
  const expected = plan.configurations.length * plan.replications;
  console.log(`${values.out}: ${plan.name}, ${expected - summary.missing.length} of ${expected} replications, ${(html.length / 1024).toFixed(0)} KiB, no network needed`);
  return 0;
}
