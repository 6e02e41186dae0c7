import { readdirSync, readFileSync } from 'node:fs';
import type { ScenarioTexts } from '../../run/scenarioTexts';

/** A bundled scenario's texts as the app gets them (tests run in Node, without vite's glob). */
export function bundledScenarioTextsFromDisk(name: string): ScenarioTexts {
  const files = Object.fromEntries(readdirSync('scenarios').filter((f) => /\.(json|geojson)$/.test(f)).map((f) => [f, readFileSync(`scenarios/${f}`, 'utf8')]));
  return { scenario: { file: `scenarios/${name}.json`, text: files[`${name}.json`] }, files };
}
