import { fileURLToPath } from 'node:url';
import { findStrategy } from '../dispatch/registry';
import type { Strategy, StrategyFactory } from '../dispatch/strategy';
import { runSimulation } from '../run/runSimulation';
import { readScenarioFile } from '../scenario/readScenarioFile';

const SCENARIO = fileURLToPath(new URL('../../scenarios/tianjin-c-section.json', import.meta.url));
const WEEK_S = 7 * 86400;
export const WEEK_TARGET_S = 10;

export interface MatchingWeekReport {
  scenario: string;
  strategy: string;
  wallS: number;
  /** time inside the strategy's decide (matrix building and solving) */
  decideS: number;
  share: number;
  decisions: number;
  meanDecideUs: number;
  maxDecideMs: number;
  moves: number;
  meets: { week: boolean };
}

/** A week of tianjin-c-section with pooled-lap, timing every decision: how much of the run is matching. */
export function benchMatchingWeek(strategyName = 'pooled-lap'): MatchingWeekReport {
  const loaded = readScenarioFile(SCENARIO);
  const factory = findStrategy(strategyName)!;
  let decideMs = 0;
  let maxMs = 0;
  let calls = 0;
  const timed: StrategyFactory = (context) => {
    const inner: Strategy = factory(context);
    return {
      ...inner,
      decide(snapshot) {
        const t0 = performance.now();
        const out = inner.decide(snapshot);
        const ms = performance.now() - t0;
        decideMs += ms;
        maxMs = Math.max(maxMs, ms);
        calls++;
        return out;
      },
    };
  };
  const t0 = performance.now();
  const { result } = runSimulation(loaded, { durationS: WEEK_S, strategy: timed });
  const wallS = (performance.now() - t0) / 1000;
  return {
    scenario: loaded.scenario.name,
    strategy: strategyName,
    wallS,
    decideS: decideMs / 1000,
    share: decideMs / 1000 / wallS,
    decisions: calls,
    meanDecideUs: (1000 * decideMs) / Math.max(1, calls),
    maxDecideMs: maxMs,
    moves: result.kpis.moves,
    meets: { week: wallS <= WEEK_TARGET_S },
  };
}

export function formatMatchingWeek(r: MatchingWeekReport): string {
  return [
    `${r.scenario}: 7 simulated days with ${r.strategy}, every decision timed`,
    `  wall time      ${r.wallS.toFixed(2)} s (target ≤ ${WEEK_TARGET_S} s: ${r.meets.week ? 'met' : 'NOT met'})`,
    `  matching       ${r.decideS.toFixed(2)} s = ${(100 * r.share).toFixed(1)}% of the run; ${r.decisions.toLocaleString('en')} decisions, mean ${r.meanDecideUs.toFixed(0)} µs, max ${r.maxDecideMs.toFixed(1)} ms`,
    `  work           ${r.moves.toLocaleString('en')} quay crane moves`,
  ].join('\n');
}
