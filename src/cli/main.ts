import { InputError, formatIssue } from '../validation/issue';
import { CommandError, UsageError } from './usage';
import { RunFailure } from '../sim/runFailure';
import { OutputError } from '../validation/outputError';

type Command = (args: string[]) => Promise<number> | number;

// Each command loads its own modules on demand, so `--help` or `validate` never pays for the others.
const commands: Record<string, { load: () => Promise<Command>; summary: string }> = {
  validate: { load: async () => (await import('./validate')).validateCommand, summary: 'validate FILE...            check scenario files and their layouts; print every error' },
  run: { load: async () => (await import('./run')).runCommand, summary: 'run SCENARIO [--strategy NAME|PATH] [--seed N] [--duration 24h|7d|SECONDS] [--no-traffic] [--json] [--trace FILE] [--report FILE]\n                              simulate; print the KPIs (or JSON with series and provenance); --report writes an HTML page with the berth plan;\n                              --no-traffic (here and in compare, sweep, calibrate): the idealised road, vehicles pass through each other' },
  inspect: { load: async () => (await import('./inspect')).inspectCommand, summary: 'inspect SCENARIO [--json]   count berths, cranes, blocks, slots, lanes; check reachability' },
  compare: { load: async () => (await import('./compare')).compareCommand, summary: 'compare SCENARIO --strategies a,b,… [--seeds 1-10] [--duration 24h] [--no-traffic] [--baseline NAME] [--fleet N] [--workers N] [--json]\n                              run strategies × seeds in parallel workers; KPIs with 95% CIs, paired differences' },
  sweep: { load: async () => (await import('./sweep')).sweepCommand, summary: 'sweep SCENARIO --fleet 24-120:12 --strategies a,b,… [--seeds 1-5] [--duration 24h] [--no-traffic] [--workers N] [--json]\n                              crane rate vs fleet size per strategy, and the fleet needed for 95% of QC-bound' },
  calibrate: { load: async () => (await import('./calibrate')).calibrateCommand, summary: 'calibrate SCENARIO [--seeds 1-5] [--duration D] [--warm-up D|auto] [--no-traffic] [--targets FILE] [--workers N] [--json]\n                              score the scenario against its published figures (its targets file): mean ± 95% CI per line, PASS/FAIL;\n                              runs last the warm-up + 14 d unless --duration (warm-up included) says otherwise; exit 1 if a line fails' },
  batch: { load: async () => (await import('./batch')).batchCommand, summary: 'batch EXPERIMENT --out DIR [--workers N] [--shard i/N]\n                              run an experiment file (grid × replications) on every core into DIR, resuming what is done' },
  merge: { load: async () => (await import('./merge')).mergeCommand, summary: 'merge DIR... --out DIR       combine shard results of one experiment and rebuild the summary' },
  report: { load: async () => (await import('./report')).reportCommand, summary: 'report DIR --out report.html one self-contained HTML page of charts and tables from a results directory' },
  bench: { load: async () => (await import('./bench')).benchCommand, summary: 'bench kernel|sim|matching|batch [--json] [--no-traffic]\n                              benchmark the kernel (vs js-simulator), a simulated week of tianjin-c-section (with and without traffic control), the assignment solver (vs munkres, SciPy),\n                              or batch runs (parallel efficiency on 2 workers, a worker\'s heap over 30 simulated days)' },
  schema: { load: async () => (await import('./schema')).schemaCommand, summary: 'schema [--experiment | --targets] [--out FILE]\n                              write the scenario (experiment, calibration targets) JSON Schema, for editors' },
};

export function usage(): string {
  return ['usage: npx zhigang <command> [options]', '', ...Object.values(commands).map((c) => `  ${c.summary}`)].join('\n');
}

/** Runs one CLI command; returns the exit code. Input problems print as `FILE: $.path: …` lines. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    console.error(`zhigang: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    const run = await command.load();
    return await run(args);
  } catch (e) {
    if (e instanceof InputError) {
      for (const issue of e.issues) console.error(formatIssue(issue.file, issue));
      return 1;
    }
    if (e instanceof RunFailure || e instanceof CommandError || e instanceof OutputError) {
      console.error(`zhigang ${name}: ${e.message}`);
      return 1;
    }
    if (e instanceof UsageError) {
      console.error(`zhigang ${name}: ${e.message}`);
      return 2;
    }
    // a failure nobody foresaw is still one line; ZHIGANG_DEBUG=1 shows where it came from
    if (process.env.ZHIGANG_DEBUG) console.error(e);
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    console.error(`zhigang ${name}: internal error: ${what} (please report it; ZHIGANG_DEBUG=1 shows where it came from)`);
    return 70;
  }
}
