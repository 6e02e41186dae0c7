import { describe, expect, it } from 'vitest';
import { strategyNames } from '../../src/dispatch/registry';
import { runSimulation } from '../../src/run/runSimulation';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';
import { withWarmUp } from '../../src/run/warmUp';
import { railBlocker } from '../../src/terminal/quay/rail';

const WEEK_S = 7 * 86400;
const SEEDS = [1, 2, 3];

/**
 * Every built-in strategy on tianjin-c-section for a week with `fleet` vehicles and three seeds:
 * the run ends (the stall watchdog is on at its default), every quay crane that worked a call kept
 * making handovers, and the longest wait between two handovers of one crane on one call (from its
 * arrival at its bay on the rail) stays under the watchdog's limit. A hang is caught by the generous timeout, not by speed.
 */
export function stallMatrix(fleet: number): void {
  // a one-day warm-up: the week's moves after it are the work the cranes must keep doing
  const loaded = withWarmUp(readScenarioFile('scenarios/tianjin-c-section.json'), 86400);
  const limitS = loaded.scenario.run.stallLimitS;
  describe(`tianjin-c-section with ${fleet} vehicles, a week, seeds ${SEEDS.join(', ')}`, () => {
    it.each(strategyNames())('%s never leaves a quay crane without a handover for the stall limit', (strategy) => {
      for (const seed of SEEDS) {
        const last = new Map<string, number>();
        let worstS = 0;
        const { result, terminal } = runSimulation(loaded, {
          strategy,
          fleet,
          seed,
          durationS: WEEK_S,
          trace: (r) => {
            // from when the crane reaches its bay: travelling there, and waiting on the rail while a
            // neighbour finishes the moves it has sent for, is interference the watchdog allows
            if (r.event === 'craneAssign' || r.event === 'craneAtBay') last.set(r.crane as string, r.t as number);
            if (r.event !== 'craneHandover') return;
            worstS = Math.max(worstS, (r.t as number) - last.get(r.crane as string)!);
            last.set(r.crane as string, r.t as number);
          },
        });
        for (const c of terminal.cranes) {
          if (c.call === null) continue;
          // a crane held back on the rail at the end counts from its blocker's last handover, as the
          // watchdog counts it: waiting behind a crane at work is interference, not a stall
          let since = last.get(c.id)!;
          for (let b = railBlocker(terminal, c); b !== null; b = railBlocker(terminal, b)) since = Math.max(since, last.get(b.id) ?? since);
          worstS = Math.max(worstS, WEEK_S - since);
        }
        expect(worstS, `${strategy}, seed ${seed}`).toBeLessThan(limitS);
        expect(result.kpis.moves).toBeGreaterThan(2000 * (fleet / 6));
      }
    }, 600_000);
  });
}
