import { mser5 } from '../kpi/mser';
import type { LoadedScenario } from '../scenario';
import type { RunResult } from './runResult';

/** How a run's warm-up was chosen: given, or found by MSER-5 from a pilot run. */
export type WarmUpRule = { rule: 'fixed' } | { rule: 'mser-5'; hoursSeen: number; atLimit: boolean };

/**
 * The warm-up MSER-5 finds in a run with none: the hourly crane rate of `pilot` (hours without crane
 * work left out), truncated where the rule says the start-up transient ends. `atLimit` says the rule
 * chose the largest truncation it may (half the series): the run is too short to tell, so it should
 * be longer.
 */
export function warmUpFromPilot(pilot: RunResult): { warmUpS: number; rule: WarmUpRule } {
  const hours: number[] = [];
  const rates: number[] = [];
  pilot.series.craneRate.forEach((rate, hour) => {
    if (rate === null) return;
    hours.push(hour);
    rates.push(rate);
  });
  const found = mser5(rates);
  if (found === null) return { warmUpS: 0, rule: { rule: 'mser-5', hoursSeen: rates.length, atLimit: true } };
  const warmUpS = found.truncate === 0 ? 0 : pilot.series.startS[hours[found.truncate]];
  return { warmUpS, rule: { rule: 'mser-5', hoursSeen: rates.length, atLimit: found.atLimit } };
}

/** The scenario with another warm-up, for a pilot (0) or the run that uses the one found. */
export function withWarmUp(loaded: LoadedScenario, warmUpS: number): LoadedScenario {
  return { ...loaded, scenario: { ...loaded.scenario, run: { ...loaded.scenario.run, warmUpS, warmUpAuto: false } } };
}
