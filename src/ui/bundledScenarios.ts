import type { ScenarioTexts } from '../run/scenarioTexts';

// Bundled scenarios as texts, so the browser validates them exactly as the CLI does.
const files = import.meta.glob('../../scenarios/*.{json,geojson}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const PREFIX = '../../scenarios/';

/** Names of the bundled scenarios (`tianjin-c-section`, …), sorted. */
export function bundledScenarioNames(): string[] {
  return Object.keys(files)
    .map((k) => k.slice(PREFIX.length))
    // schemas and targets files sit beside the scenarios but are none
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json') && !name.endsWith('.targets.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** A bundled scenario and every file beside it (the layout it names among them), or null if there is none of that name. */
export function bundledScenarioTexts(name: string): ScenarioTexts | null {
  const text = files[`${PREFIX}${name}.json`];
  if (text === undefined) return null;
  const beside = Object.fromEntries(Object.entries(files).map(([k, v]) => [k.slice(PREFIX.length), v]));
  return { scenario: { file: `scenarios/${name}.json`, text }, files: beside };
}
