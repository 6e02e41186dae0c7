import { jsonPath, type PathSegment } from '../validation/issue';

/** What a factor's path addresses: a scenario value, the run's strategy, or the layout's chargers. */
export type FactorKind = 'scenario' | 'strategy' | 'chargers';

/** The strategy is given to each run (names, or module paths relative to the experiment file). */
export const STRATEGY_PATH = 'dispatch.strategy';
/** Not a scenario key: keeps the layout's first N charging stations, as the app's scenario form does. */
export const CHARGERS_PATH = 'chargers';

/** Scenario keys the experiment sets itself, so a factor must not. */
export const RESERVED_PATHS: Record<string, string> = {
  seed: "no seed factor: replication r's seed is derived from the experiment's seed",
  'run.durationS': "no run.durationS factor: the experiment's durationS sets it",
  'run.warmUpS': "no run.warmUpS factor: the experiment's warmUpS sets it",
  layout: 'no layout factor: vary the chargers with the path "chargers"',
};

export function factorKind(path: string): FactorKind {
  return path === STRATEGY_PATH ? 'strategy' : path === CHARGERS_PATH ? 'chargers' : 'scenario';
}

/** `vessels.mix.weightClasses.0.share` → ['vessels', 'mix', 'weightClasses', 0, 'share'] */
export function pathSegments(path: string): PathSegment[] {
  return path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Sets `value` at `path` in a parsed scenario, in place. A figure written with its provenance
 * (`{"value": 24, "note": …}`) keeps its note: only its value changes. The last key may be absent
 * (an optional key; the schema judges it), but every key above it must exist. Returns why not, or null.
 */
export function setScenarioValue(doc: unknown, path: readonly PathSegment[], value: unknown): string | null {
  let node = doc;
  for (let i = 0; i < path.length - 1; i++) {
    const next = child(node, path[i]);
    if (next === undefined) return `${jsonPath(path.slice(0, i + 1))} is not in the scenario`;
    node = next;
  }
  const last = path[path.length - 1];
  if (Array.isArray(node)) {
    if (typeof last !== 'number' || last >= node.length) return `${jsonPath(path)} is not in the scenario (${jsonPath(path.slice(0, -1))} has ${node.length} items)`;
    node[last] = value;
    return null;
  }
  if (!isObject(node) || typeof last === 'number') return `${jsonPath(path.slice(0, -1))} is not an ${typeof last === 'number' ? 'array' : 'object'} in the scenario`;
  const old = node[String(last)];
  if (isObject(old) && 'value' in old && 'note' in old && !isObject(value)) old.value = value;
  else node[String(last)] = value;
  return null;
}

function child(node: unknown, key: PathSegment): unknown {
  if (Array.isArray(node)) return typeof key === 'number' ? node[key] : undefined;
  return isObject(node) && Object.hasOwn(node, key) ? node[key] : undefined;
}

/**
 * A layout GeoJSON text with only its first `n` charging stations (and the parkingBay features of
 * those kept: a bay naming a removed charger is an error), or how many it has when `n` is more than
 * that (or the text is no layout: the loader will say why).
 */
export function keepChargers(layoutText: string, n: number): { text: string } | { available: number } {
  let layout: unknown;
  try {
    layout = JSON.parse(layoutText);
  } catch {
    return { text: layoutText };
  }
  if (!isObject(layout) || !Array.isArray(layout.features)) return { text: layoutText };
  const isCharger = (f: unknown) => isObject(f) && isObject(f.properties) && f.properties.kind === 'charger';
  const available = layout.features.filter(isCharger).length;
  if (n > available) return { available };
  const removed = new Set(layout.features.filter(isCharger).slice(n).map((f) => (f as { properties: Record<string, unknown> }).properties.id));
  const isRemoved = (f: unknown) =>
    isObject(f) && isObject(f.properties) && ((isCharger(f) && removed.has(f.properties.id)) || (f.properties.kind === 'parkingBay' && removed.has(f.properties.parking)));
  layout.features = layout.features.filter((f) => !isRemoved(f));
  return { text: JSON.stringify(layout) };
}
