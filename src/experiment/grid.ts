import { canonicalJson } from './canonicalJson';
import type { Factor } from './experimentFile';
import type { FactorValue } from './experimentSchema';

/** One point of the grid: a value for every factor. */
export interface Configuration {
  /** position in grid order (first factor slowest) */
  index: number;
  /** `strategy=fcfs, fleet=24`: stable, readable, and the key of its results */
  id: string;
  factors: Record<string, FactorValue>;
  /** per factor, the index of its value */
  levels: number[];
  /** index of the configuration this one is paired against */
  baseline: number;
}

/**
 * Every combination of the factors' values, the first factor varying slowest (as nested loops in
 * file order). Each configuration's baseline is itself with the baseline's factors set to the
 * baseline's values: `{strategy: fcfs}` pairs every strategy with fcfs at the same fleet size.
 * With no baseline given, every factor's first value: the first configuration.
 */
export function expandGrid(factors: readonly Factor[], baseline: Record<string, FactorValue> = {}): Configuration[] {
  const total = factors.reduce((n, f) => n * f.values.length, 1);
  const given = Object.keys(baseline).length > 0;
  const baselineLevel = factors.map((f) => {
    if (!given) return 0;
    if (!Object.hasOwn(baseline, f.name)) return -1; // matched: the configuration's own level
    return f.values.findIndex((v) => canonicalJson(v) === canonicalJson(baseline[f.name]));
  });
  const indexOf = (levels: readonly number[]) => levels.reduce((k, level, i) => k * factors[i].values.length + level, 0);
  return Array.from({ length: total }, (_, index) => {
    const levels = levelsOf(index, factors);
    return {
      index,
      id: configurationId(factors, levels),
      factors: Object.fromEntries(factors.map((f, i) => [f.name, f.values[levels[i]]])),
      levels,
      baseline: indexOf(levels.map((level, i) => (baselineLevel[i] < 0 ? level : baselineLevel[i]))),
    };
  });
}

function levelsOf(index: number, factors: readonly Factor[]): number[] {
  const levels = new Array<number>(factors.length);
  for (let i = factors.length - 1; i >= 0; i--) {
    levels[i] = index % factors[i].values.length;
    index = Math.floor(index / factors[i].values.length);
  }
  return levels;
}

function configurationId(factors: readonly Factor[], levels: readonly number[]): string {
  if (factors.length === 0) return 'base';
  return factors.map((f, i) => `${f.name}=${valueLabel(f.values[levels[i]])}`).join(', ');
}

/** A factor value as text: strings as they are, anything else as JSON. */
export const valueLabel = (v: FactorValue): string => (typeof v === 'string' ? v : canonicalJson(v));
