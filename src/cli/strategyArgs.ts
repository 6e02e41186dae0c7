import { findStrategy, strategyNames } from '../dispatch/registry';
import { strategySpecFromCli } from '../run/strategySpecFromCli';
import { isModuleUrl } from '../run/strategyModule';
import { UsageError } from './usage';

/** A --strategy/--strategies value as specs: registered names checked, paths made file URLs. */
export function strategySpecs(text: string, option: string): string[] {
  const specs = text.split(',').map((s) => s.trim()).filter((s) => s !== '').map((s) => strategySpecFromCli(s, process.cwd()));
  if (specs.length === 0) throw new UsageError(`${option} needs at least one strategy`);
  for (const spec of specs) {
    if (!isModuleUrl(spec) && findStrategy(spec) === undefined) throw new UsageError(`unknown strategy "${spec}" (have: ${strategyNames().join(', ')}, or a path to a module)`);
  }
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec)) throw new UsageError(`${option}: "${spec}" is listed twice`);
    seen.add(spec);
  }
  return specs;
}
