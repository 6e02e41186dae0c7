import { dirname, isAbsolute, join } from 'node:path';
import { InputError } from '../validation/issue';
import { LIMITS } from './limits';
import { loadScenario, type LoadedScenario, type SourceFile } from './loadScenario';
import { readInputFile } from './readInputFile';

function readText(file: string, maxBytes: number): SourceFile | { missing: string; file: string } {
  const read = readInputFile(file, maxBytes);
  return 'text' in read ? { file, text: read.text } : { file, missing: read.problem };
}

/** Reads a scenario file and the layout it names (relative to it); throws InputError listing every issue. */
export function readScenarioFile(file: string): LoadedScenario {
  const source = readText(file, LIMITS.scenarioFileBytes);
  if ('missing' in source) throw new InputError([{ file, path: '$', expected: 'a readable scenario file', got: source.missing }]);
  const { loaded, issues } = loadScenario(source, (rel) => readText(isAbsolute(rel) ? rel : join(dirname(file), rel), LIMITS.layoutFileBytes));
  if (loaded === null) throw new InputError(issues);
  return loaded;
}
