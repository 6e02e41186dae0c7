import type { Estimate } from '../compare/statistics';
import type { ExperimentPlan } from '../experiment/plan';
import type { ExperimentSummary } from '../experiment/summary';
import { num, pct, signed } from './compareTable';
import { formatDuration } from './duration';
import { table } from './kpiTable';

/** The headline KPIs of every configuration, mean ± 95% CI, and the crane rate's paired difference to its baseline. */
export function experimentTable(plan: ExperimentPlan, summary: ExperimentSummary): string {
  const at = new Map(summary.rows.map((r) => [`${r.config}\u0000${r.kpi}`, r]));
  const est = (config: string, kpi: string): Estimate | null => at.get(`${config}\u0000${kpi}`)?.estimate ?? null;
  const rows = plan.configurations.map((c) => {
    const rate = at.get(`${c.id}\u0000craneRate`)!;
    return [
      c.id,
      String(rate.estimate?.n ?? 0),
      num(rate.estimate),
      pct(est(c.id, 'gapToQcBound')),
      num(est(c.id, 'energyPerMoveKWh'), 2),
      c.baseline === c.id ? '(baseline)' : `${signed(rate.difference)}`,
    ];
  });
  const head = `${plan.name} · ${plan.scenario} · ${plan.configurations.length} configurations × ${plan.replications} replications · ${formatDuration(plan.durationS)} per run (KPIs after a ${formatDuration(plan.warmUpS)} warm-up) · mean ± 95% CI`;
  const note = 'Δ: paired difference to the baseline over the same replications (common random numbers); * = the 95% CI excludes 0.';
  return [head, '', table(['configuration', 'n', 'crane rate (moves/h)', 'gap to QC-bound', 'kWh/move', 'Δ rate vs baseline'], rows), '', note].join('\n');
}
