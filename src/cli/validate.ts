import { targetsForScenario } from '../calibration/readTargetsFile';
import { readScenarioFile } from '../scenario/readScenarioFile';
import { summarizeLayout } from '../layout';
import { InputError, formatIssue } from '../validation/issue';
import { parseCommandArgs, UsageError } from './usage';

/** `zhigang validate FILE...`: every error of every file, or a one-line summary per valid file. */
export function validateCommand(args: string[]): number {
  const { positionals } = parseCommandArgs(args, {});
  if (positionals.length === 0) throw new UsageError('name at least one scenario file');
  let failed = false;
  for (const file of positionals) {
    try {
      const loaded = readScenarioFile(file);
      const { scenario, layout, layoutFile } = loaded;
      // the calibration targets it names are checked too: calibrate and run --report read them
      const targets = targetsForScenario(loaded);
      const s = summarizeLayout(layout);
      const scored = targets === null ? '' : `, targets ${targets.file} (${plural(targets.targets.length, 'line')})`;
      console.log(
        `${file}: valid: "${scenario.name}", layout ${layoutFile} (${plural(s.berths, "berth")}, ${plural(s.quayCranes, "quay crane")}, ${plural(s.blocks, "block")}, ${s.slots} slots, ${plural(s.chargers, "charger")}), ${scenario.vehicles.count} vehicles, seed ${scenario.seed}${scored}`,
      );
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      for (const issue of e.issues) console.error(formatIssue(issue.file, issue));
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
