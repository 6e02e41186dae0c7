import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../validation/issue';
import { loadScenario, type LoadedScenario, type SourceFile } from './loadScenario';

function readText(file: string): SourceFile | { missing: string; file: string } {
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { file, missing: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory' : `cannot read: ${code ?? String(e)}` };
  }
}

/** Reads a scenario file and the layout it names (relative to it); throws InputError listing every issue. */
export function readScenarioFile(file: string): LoadedScenario {
  const source = readText(file);
  if ('missing' in source) throw new InputError([{ file, path: '$', expected: 'a readable scenario file', got: source.missing }]);
  const { loaded, issues } = loadScenario(source, (rel) => readText(join(dirname(file), rel)));
  if (loaded === null) throw new InputError(issues);
  return loaded;
}
