import { keepChargers } from '../experiment/scenarioPaths';
import type { ScenarioTexts } from '../run/scenarioTexts';
import type { Issue } from '../validation/issue';

/** The key parameters the form edits; each absent one leaves the scenario as written. */
export interface ScenarioEdits {
  fleet?: number;
  cranesPerVessel?: number;
  /** keep the layout's first N charging stations */
  chargers?: number;
  warmUpS?: number;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The scenario texts with the form's edits applied, written back as JSON for the same loader (so a
 * bad edit is reported by validation with its JSON path like any file). Texts that do not parse are
 * returned untouched: the loader reports their syntax error. A figure carrying a note keeps it.
 */
export function applyScenarioEdits(texts: ScenarioTexts, edits: ScenarioEdits): { texts: ScenarioTexts; issues: Issue[] } {
  const scenario = tryParse(texts.scenario.text);
  if (!isObject(scenario)) return { texts, issues: [] };
  const issues: Issue[] = [];
  const at = (path: string[]): Json => path.reduce<Json>((o, k) => (isObject(o[k]) ? (o[k] as Json) : (o[k] = {})), scenario);
  if (edits.fleet !== undefined) setFigure(at(['vehicles']), 'count', edits.fleet);
  if (edits.warmUpS !== undefined) setFigure(at(['run']), 'warmUpS', edits.warmUpS);
  if (edits.cranesPerVessel !== undefined) {
    const range = at(['vessels', 'cranesPerVessel']);
    const min = figure(range.min);
    setFigure(range, 'max', edits.cranesPerVessel);
    if (min === undefined || min > edits.cranesPerVessel) setFigure(range, 'min', edits.cranesPerVessel);
  }
  const files = { ...texts.files };
  if (edits.chargers !== undefined && typeof scenario.layout === 'string' && files[scenario.layout] !== undefined) {
    const kept = keepChargers(files[scenario.layout], edits.chargers);
    if ('available' in kept) issues.push({ path: '$.features', expected: `at most ${kept.available} charging stations (the layout's)`, got: String(edits.chargers) });
    else files[scenario.layout] = kept.text;
  }
  return { texts: { scenario: { file: texts.scenario.file, text: JSON.stringify(scenario, null, 2) }, files }, issues };
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A figure written bare or as {value, note}. */
const figure = (v: unknown): number | undefined => (typeof v === 'number' ? v : isObject(v) && typeof v.value === 'number' ? v.value : undefined);

function setFigure(o: Json, key: string, value: number): void {
  const old = o[key];
  if (isObject(old) && 'value' in old) old.value = value;
  else o[key] = value;
}
