import { buildLayout, type Layout } from '../layout';
import { inFile, type FileIssue } from '../validation/issue';
import { parseJson } from '../validation/parseJson';
import { issuesFromZod } from '../validation/zodIssues';
import { crossCheck } from './crossChecks';
import { scenarioSchema, type Scenario } from './scenarioSchema';

/** A file's name as shown in messages, and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

export interface LoadedScenario {
  file: string;
  scenario: Scenario;
  layoutFile: string;
  layout: Layout;
  /** the two texts as read, for provenance hashes */
  sources: { scenario: string; layout: string };
}

/** Finds a file named relative to the scenario; returns why not if it cannot. */
export type ReadRelative = (relativePath: string) => SourceFile | { missing: string; file: string };

/**
 * Loads and validates a scenario and its layout without touching a file system (the app passes
 * uploaded texts, the CLI reads files). Collects every issue it can find, in both files.
 */
export function loadScenario(source: SourceFile, readRelative: ReadRelative): { loaded: LoadedScenario | null; issues: FileIssue[] } {
  const parsed = parseJson(source.text);
  if (parsed.issues.length > 0) return { loaded: null, issues: inFile(source.file, parsed.issues) };
  const result = scenarioSchema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) {
    const issues = inFile(source.file, issuesFromZod(result.error.issues, parsed.value));
    return { loaded: null, issues: [...issues, ...layoutIssuesOnly(parsed.value, readRelative)] };
  }
  const scenario = result.data;
  const layoutSource = readRelative(scenario.layout);
  if ('missing' in layoutSource) {
    const issues = [{ file: source.file, path: '$.layout', expected: 'a readable layout file', got: `${JSON.stringify(scenario.layout)} (${layoutSource.missing})` }];
    return { loaded: null, issues: [...issues, ...inFile(source.file, crossCheck(scenario, null))] };
  }
  const layoutJson = parseJson(layoutSource.text);
  const built = layoutJson.issues.length > 0 ? { layout: null, issues: layoutJson.issues } : buildLayout(layoutJson.value, layoutSource.file);
  const issues = [...inFile(layoutSource.file, built.issues), ...inFile(source.file, crossCheck(scenario, built.layout))];
  if (issues.length > 0 || built.layout === null) return { loaded: null, issues };
  return {
    loaded: {
      file: source.file,
      scenario,
      layoutFile: layoutSource.file,
      layout: built.layout,
      sources: { scenario: source.text, layout: layoutSource.text },
    },
    issues: [],
  };
}

/** When the scenario fails its schema, still report a layout file that is missing or broken. */
function layoutIssuesOnly(raw: unknown, readRelative: ReadRelative): FileIssue[] {
  const name = (raw as { layout?: unknown } | null)?.layout;
  if (typeof name !== 'string' || name.length === 0) return [];
  const layoutSource = readRelative(name);
  if ('missing' in layoutSource) return [];
  const json = parseJson(layoutSource.text);
  if (json.issues.length > 0) return inFile(layoutSource.file, json.issues);
  return inFile(layoutSource.file, buildLayout(json.value, layoutSource.file).issues);
}
