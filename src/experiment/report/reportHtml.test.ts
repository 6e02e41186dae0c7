import { describe, expect, it } from 'vitest';
import type { ExperimentSummary } from '../summary';
import { KPI_NAMES } from '../kpiColumns';
import { strategyPlan } from '../testing/strategyPlan';
import { reportCharts, reportHtml } from './reportHtml';

/** Two strategies, no numeric factor: the report draws per configuration. */
const plan = strategyPlan(['fcfs', 'nearest'], { name: 'Rules <compared> & co', replications: 2, warmUpS: 3600 });

const estimate = (mean: number, halfWidth: number | null) => ({ n: 2, mean, sd: 1, halfWidth, level: 0.95 });
const summary: ExperimentSummary = {
  rows: plan.configurations.flatMap((c, k) =>
    KPI_NAMES.map((kpi) => ({
      config: c.id,
      kpi,
      estimate: kpi === 'craneRate' ? estimate(20 + k, 1.5) : kpi.startsWith('vehicleStateShares.') ? estimate(1 / 7, null) : null,
      baseline: 'strategy=fcfs',
      difference: k === 0 ? null : kpi === 'craneRate' ? estimate(1, 0.25) : null,
    })),
  ),
  missing: ['strategy=nearest #2'],
  failed: [],
};

describe('reportHtml', () => {
  it('draws crane rate and energy per configuration when no factor is numeric, then the state shares', () => {
    const charts = reportCharts(plan, summary);
    expect(charts.map((c) => c.id)).toEqual(['craneRate-by-configuration', 'energyPerMoveKWh-by-configuration', 'vehicle-state-shares']);
    const dots = [...charts[0].svg.matchAll(/data-config="([^"]+)" data-mean="([^"]+)" data-ci95="([^"]*)"/g)].map((m) => m.slice(1));
    expect(dots).toEqual([
      ['strategy=fcfs', '20', '1.5'],
      ['strategy=nearest', '21', '1.5'],
    ]);
    expect(charts[1].svg).not.toContain('<circle'); // no energy figures: nothing drawn, nothing invented
    expect(charts[2].svg.match(/<rect /g)!.length).toBe(2 * 7);
  });

  it('is one page with no script, its text escaped, the missing replications listed and significant differences marked', () => {
    const html = reportHtml(plan, summary);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain('<title>Rules &lt;compared&gt; &amp; co</title>');
    expect(html).toContain('strategy=nearest #2: not run yet');
    expect(html).toContain('<td class="significant" data-mean="1" data-ci95="0.25">+1.0 ± 0.3 *</td>');
    expect(html).toContain('1 d per run, KPIs after a 1 h warm-up');
  });
});
