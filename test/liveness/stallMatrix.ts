import { describe, expect, it } from 'vitest';
import { strategyNames } from '../../src/dispatch/registry';
import { runSimulation } from '../../src/run/runSimulation';
import { readScenarioFile } from '../../src/scenario/readScenarioFile';

const WEEK_S = 7 * 86400;
const SEEDS = [1, 2, 3];

/**
 * Every built-in strategy on tianjin-c-section for a week with `fleet` vehicles and three seeds:
 * the run ends (the stall watchdog is on at its default), every quay crane that worked a call kept
 * making handovers, and the longest wait between two handovers of one crane on one call stays
 * under the watchdog's limit. A hang is caught by the generous timeout, not by speed.
 */
export function stallMatrix(fleet: number): void {
  const loaded = readScenarioFile('scenarios/tianjin-c-section.json');
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
            if (r.event === 'vesselBerth') for (const c of r.cranes as string[]) last.set(c, r.t as number);
            if (r.event !== 'craneHandover') return;
            worstS = Math.max(worstS, (r.t as number) - last.get(r.crane as string)!);
            last.set(r.crane as string, r.t as number);
          },
        });
        for (const c of terminal.cranes) if (c.call !== null) worstS = Math.max(worstS, WEEK_S - last.get(c.id)!);
        expect(worstS, `${strategy}, seed ${seed}`).toBeLessThan(limitS);
        expect(result.kpis.moves).toBeGreaterThan(2000 * (fleet / 6));
      }
    }, 600_000);
  });
}
