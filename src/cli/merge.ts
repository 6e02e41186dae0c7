import { mergeResults } from '../experiment/mergeResults';
import { RESULTS } from '../experiment/resultsDir';
import { experimentTable } from './experimentTable';
import { parseCommandArgs, UsageError } from './usage';

/** `zhigang merge DIR... --out DIR`: shard outputs into one results directory, the summary rebuilt. */
export function mergeCommand(args: string[]): number {
  const { positionals, values } = parseCommandArgs(args, { out: { type: 'string' } });
  if (positionals.length === 0) throw new UsageError('name at least one results directory to merge');
  if (values.out === undefined) throw new UsageError('--out DIR is required: where the merged results go');
  const merged = mergeResults(positionals, values.out);
  const { plan, summary } = merged;
  console.log(experimentTable(plan, summary));
  console.log('');
  const expected = plan.configurations.length * plan.replications;
  console.log(`merged ${positionals.length} director${positionals.length === 1 ? 'y' : 'ies'} into ${values.out}: ${expected - summary.missing.length} of ${expected} replications done, ${merged.duplicates} duplicate records dropped`);
  console.log(`results: ${[RESULTS.runs, RESULTS.csv, RESULTS.summary].map((f) => `${values.out}/${f}`).join(', ')}`);
  for (const file of merged.dropped) console.error(`zhigang merge: ${file}: left out a torn last line`);
  for (const line of merged.damaged) console.error(`zhigang merge: ${line}; left out (run batch on that directory again to redo it)`);
  if (summary.missing.length === 0) return 0;
  const failed = new Map(summary.failed.map((r) => [`${r.config} #${r.replication}`, r]));
  console.error(`zhigang merge: ${summary.missing.length} replication${summary.missing.length === 1 ? '' : 's'} missing (failed, or never run: a shard not finished or not given):`);
  for (const key of summary.missing) {
    const f = failed.get(key);
    console.error(`  ${key}${f === undefined ? ': no record' : ` (seed ${f.seed}): failed: ${f.error}`}`);
  }
  return 1;
}
