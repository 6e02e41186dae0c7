import { estimate, type Estimate } from '../compare/statistics';
import type { Targets } from './loadTargets';
import { measureOf, type RunFigures } from './measures';
import type { Target } from './targetsSchema';

/** One line of a scorecard: a target, the simulated figure over the runs, and the verdict. */
export interface ScorecardLine extends Omit<Target, 'note'> {
  /** the measure in each run, in run order (null: no data in that run) */
  values: (number | null)[];
  /** mean over the runs with its Student-t interval (none with one run); null when no run has data */
  estimate: Estimate | null;
  /** the mean lies inside the band (bounds included) */
  pass: boolean;
  /** the interval reaches outside the band: more seeds could change the verdict */
  ciCrossesBand: boolean;
}

export interface Scorecard {
  name: string;
  /** the targets file */
  file: string;
  runs: number;
  level: number;
  lines: ScorecardLine[];
  /** ids of the lines that fail, in file order */
  failing: string[];
}

/**
 * The pass rule: the mean over the runs lies inside the band, bounds included. The interval is
 * shown, and flagged where it crosses a bound, but does not decide: with five seeds it says how
 * sure the verdict is, not what it is.
 */
export function inBand(value: number, band: Target['band']): boolean {
  return (band.min === undefined || value >= band.min) && (band.max === undefined || value <= band.max);
}

/** Scores the runs (replications of one configuration, one per seed) against every target. */
export function scoreRuns(targets: Targets, runs: readonly RunFigures[], level = 0.95): Scorecard {
  const lines = targets.targets.map(({ note: _, ...target }): ScorecardLine => {
    const values = runs.map((r) => measureOf(r, target.measure));
    const e = estimate(values, level);
    const pass = e !== null && inBand(e.mean, target.band);
    const ciCrossesBand = e !== null && e.halfWidth !== null && e.halfWidth > 0 && [target.band.min, target.band.max].some((b) => b !== undefined && e.mean - e.halfWidth! <= b && b <= e.mean + e.halfWidth!);
    return { ...target, values, estimate: e, pass, ciCrossesBand };
  });
  return { name: targets.name, file: targets.file, runs: runs.length, level, lines, failing: lines.filter((l) => !l.pass).map((l) => l.id) };
}

/** Two decimals for small figures (rehandles, hours), one for the rest. */
function digitsFor(line: Pick<Target, 'band' | 'unit'>): number {
  const scale = Math.max(Math.abs(line.band.min ?? 0), Math.abs(line.band.max ?? 0));
  return line.unit === '%' ? 1 : scale < 10 ? 2 : 1;
}

/** A figure of the line in its unit: `122.4 moves/h`, `96.1%`, `0.31`. */
export function valueText(line: Pick<Target, 'band' | 'unit'>, v: number, withUnit = true): string {
  const d = digitsFor(line);
  if (line.unit === '%') return `${(100 * v).toFixed(d)}%`;
  return `${v.toFixed(d)}${withUnit && line.unit !== '' ? ` ${line.unit}` : ''}`;
}

/** The band as text: `103.7–140.3 moves/h`, `≤ 20.0 min`, `≥ 95.0%`. */
export function bandText(line: Pick<Target, 'band' | 'unit'>): string {
  const { min, max } = line.band;
  const unit = line.unit === '' || line.unit === '%' ? '' : ` ${line.unit}`;
  const v = (x: number) => valueText(line, x, false);
  if (min !== undefined && max !== undefined) return `${v(min)}–${v(max)}${unit}`;
  return min !== undefined ? `≥ ${v(min)}${unit}` : `≤ ${v(max!)}${unit}`;
}

/** The simulated figure: `122.4 ± 3.1 moves/h`, one value without ±, or `no data`. */
export function estimateText(line: ScorecardLine): string {
  const e = line.estimate;
  if (e === null) return 'no data';
  const unit = line.unit === '' || line.unit === '%' ? '' : ` ${line.unit}`;
  const mean = valueText(line, e.mean, false);
  return e.halfWidth === null ? `${mean}${unit}` : `${mean} ± ${valueText(line, e.halfWidth, false)}${unit}`;
}

/** PASS or FAIL; `PASS*`/`FAIL*` when the interval crosses a bound of the band. */
export function verdictText(line: ScorecardLine): string {
  return `${line.pass ? 'PASS' : 'FAIL'}${line.ciCrossesBand ? '*' : ''}`;
}
