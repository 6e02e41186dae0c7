import { InputError, formatIssue } from '../validation/issue';
import { UsageError } from './usage';
import { DispatchError } from '../dispatch/dispatchError';
import { InvariantError } from '../terminal/invariantError';

type Command = (args: string[]) => Promise<number> | number;

// Each command loads its own modules on demand, so `--help` or `validate` never pays for the others.
const commands: Record<string, { load: () => Promise<Command>; summary: string }> = {
  validate: { load: async () => (await import('./validate')).validateCommand, summary: 'validate FILE...            check scenario files and their layouts; print every error' },
  run: { load: async () => (await import('./run')).runCommand, summary: 'run SCENARIO [--strategy NAME] [--seed N] [--duration 24h|7d|SECONDS] [--json] [--trace FILE]\n                              simulate; print the KPIs (or JSON with series and provenance)' },
  inspect: { load: async () => (await import('./inspect')).inspectCommand, summary: 'inspect SCENARIO [--json]   count berths, cranes, blocks, slots, lanes; check reachability' },
  bench: { load: async () => (await import('./bench')).benchCommand, summary: 'bench kernel|sim [--json]   benchmark the kernel against js-simulator, or a simulated week of tianjin-c-section' },
  schema: { load: async () => (await import('./schema')).schemaCommand, summary: 'schema [--out FILE]         write the scenario JSON Schema (for editors)' },
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
    if (e instanceof InvariantError || e instanceof DispatchError) {
      console.error(`zhigang ${name}: ${e.message}`);
      return 1;
    }
    if (e instanceof UsageError) {
      console.error(`zhigang ${name}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
