import { strategyFromText } from '../run/strategySpecFromCli';
import { UsageError } from './usage';

/**
 * A --strategy/--strategies value as specs: registered names, and modules the user named here (a
 * path, made an absolute file: URL, or a file: URL). URLs of other kinds and package names are
 * refused: the command line names files on this machine, nothing else.
 */
export function strategySpecs(text: string, option: string): string[] {
  const specs = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => strategySpec(s, option));
  if (specs.length === 0) throw new UsageError(`${option} needs at least one strategy`);
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec)) throw new UsageError(`${option}: "${spec}" is listed twice`);
    seen.add(spec);
  }
  return specs;
}

/** One strategy named on the command line (--strategy): the whole text, commas and all. */
export function strategySpec(text: string, option: string): string {
  const read = strategyFromText(text, process.cwd());
  if (read.kind === 'refused') throw new UsageError(`${option}: ${read.why}`);
  return read.kind === 'name' ? read.name : read.url;
}
