import type { SourceFile } from '../scenario/loadScenario';
import { besideFile, type ScenarioTexts } from '../run/scenarioTexts';
import { InputError, inFile } from '../validation/issue';
import { parseJson } from '../validation/parseJson';
import { issuesFromZod } from '../validation/zodIssues';
import { targetsSchema, type TargetsFileData } from './targetsSchema';

/** A targets file as read: its name (for messages) and its content. */
export interface Targets extends TargetsFileData {
  file: string;
}

/** Parses and checks a targets file without touching a file system; throws InputError listing every issue (`FILE: $.path: expected …, got …`). */
export function parseTargets(source: SourceFile): Targets {
  const parsed = parseJson(source.text);
  if (parsed.issues.length > 0) throw new InputError(inFile(source.file, parsed.issues));
  const result = targetsSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) throw new InputError(inFile(source.file, issuesFromZod(result.error.issues, parsed.value)));
  return { file: source.file, ...result.data };
}

/**
 * The targets a scenario names (its `targets` key, relative to it) from the texts given with it:
 * what the app has. Null when the scenario names none; an InputError when it names one not given or not valid.
 */
export function targetsFromTexts(texts: ScenarioTexts, rel: string | undefined): Targets | null {
  if (rel === undefined) return null;
  const file = besideFile(texts.scenario.file, rel);
  const text = Object.hasOwn(texts.files, rel) ? texts.files[rel] : undefined;
  if (text === undefined) throw new InputError([{ file: texts.scenario.file, path: '$.targets', expected: 'a targets file given with the scenario', got: `${JSON.stringify(rel)} (not among the files given)` }]);
  return parseTargets({ file, text });
}
