import { loadScenario, type LoadedScenario, type SourceFile } from '../scenario';
import { InputError } from '../validation/issue';

/**
 * A scenario as texts: what crosses into a worker, from a browser's files or a Node reader alike.
 * `files` holds the files it names (its layout) by the relative name it uses for them.
 */
export interface ScenarioTexts {
  scenario: SourceFile;
  files: Record<string, string>;
}

/** Loads and validates a scenario from texts; throws InputError listing every issue (`FILE: $.path: …`). */
export function loadScenarioTexts({ scenario, files }: ScenarioTexts): LoadedScenario {
  const { loaded, issues } = loadScenario(scenario, (rel) => {
    // named as readScenarioFile names it, so messages read the same in the CLI, a worker and the app
    const file = besideFile(scenario.file, rel);
    const text = Object.hasOwn(files, rel) ? files[rel] : undefined;
    return text === undefined ? { file, missing: 'not among the files given with the scenario' } : { file, text };
  });
  if (loaded === null) throw new InputError(issues);
  return loaded;
}

/** `rel` in the folder of `file` (`scenarios/a.json`, `a.geojson` → `scenarios/a.geojson`). */
export function besideFile(file: string, rel: string): string {
  const slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return slash < 0 ? rel : `${file.slice(0, slash + 1)}${rel}`;
}
