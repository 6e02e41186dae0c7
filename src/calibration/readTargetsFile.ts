import { dirname, isAbsolute, join } from 'node:path';
import type { LoadedScenario } from '../scenario';
import { LIMITS } from '../scenario/limits';
import { readInputFile } from '../scenario/readInputFile';
import { InputError } from '../validation/issue';
import { parseTargets, type Targets } from './loadTargets';

/** Reads and checks a targets file; a file that cannot be read is one issue like any other. */
export function readTargetsFile(file: string): Targets {
  const read = readInputFile(file, LIMITS.scenarioFileBytes);
  if ('problem' in read) throw new InputError([{ file, path: '$', expected: 'a readable targets file', got: read.problem }]);
  return parseTargets({ file, text: read.text });
}

/**
 * The targets for a scenario: the file given (`--targets`), else the one the scenario names
 * (relative to it), else null.
 */
export function targetsForScenario(loaded: LoadedScenario, given?: string): Targets | null {
  if (given !== undefined) return readTargetsFile(given);
  const rel = loaded.scenario.targets;
  if (rel === undefined) return null;
  const file = isAbsolute(rel) ? rel : join(dirname(loaded.file), rel);
  const read = readInputFile(file, LIMITS.scenarioFileBytes);
  // a scenario naming a file that is not there is the scenario's mistake: said at its key
  if ('problem' in read) throw new InputError([{ file: loaded.file, path: '$.targets', expected: 'a readable targets file', got: `${JSON.stringify(rel)} (${read.problem})` }]);
  return parseTargets({ file, text: read.text });
}
