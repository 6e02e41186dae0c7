import { dirname, isAbsolute, join } from 'node:path';
import { LIMITS } from '../scenario/limits';
import { readInputFile } from '../scenario/readInputFile';
import type { ScenarioTexts } from '../run/scenarioTexts';
import { InputError } from '../validation/issue';
import { parseJson } from '../validation/parseJson';

/**
 * A scenario file and the layout it names, read on the Node side so a worker gets texts only (as in
 * the browser). Validation is the worker's: a layout that cannot be read is left out, and the worker
 * reports it with the rest.
 */
export function readScenarioTexts(file: string): ScenarioTexts {
  const read = readInputFile(file, LIMITS.scenarioFileBytes);
  if ('problem' in read) throw new InputError([{ file, path: '$', expected: 'a readable scenario file', got: read.problem }]);
  const text = read.text;
  const layout = (parseJson(text).value as { layout?: unknown } | undefined)?.layout;
  const files: Record<string, string> = {};
  if (typeof layout === 'string') {
    const layoutRead = readInputFile(isAbsolute(layout) ? layout : join(dirname(file), layout), LIMITS.layoutFileBytes);
    if ('text' in layoutRead) files[layout] = layoutRead.text;
  }
  return { scenario: { file, text }, files };
}
