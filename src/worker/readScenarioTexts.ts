import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ScenarioTexts } from '../run/scenarioTexts';
import { InputError } from '../validation/issue';
import { parseJson } from '../validation/parseJson';

/**
 * A scenario file and the layout it names, read on the Node side so a worker gets texts only (as in
 * the browser). Validation is the worker's: a layout that cannot be read is left out, and the worker
 * reports it with the rest.
 */
export function readScenarioTexts(file: string): ScenarioTexts {
  const text = readOrNull(file);
  if (text === null) throw new InputError([{ file, path: '$', expected: 'a readable scenario file', got: 'no such file or not readable' }]);
  const layout = (parseJson(text).value as { layout?: unknown } | undefined)?.layout;
  const files: Record<string, string> = {};
  if (typeof layout === 'string') {
    const layoutText = readOrNull(join(dirname(file), layout));
    if (layoutText !== null) files[layout] = layoutText;
  }
  return { scenario: { file, text }, files };
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
