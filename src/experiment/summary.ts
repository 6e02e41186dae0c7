import { csvFormat } from 'd3';
import { estimate, excludesZero, pairedDifference, type Estimate } from '../compare/statistics';
import { canonicalJson } from './canonicalJson';
import { flatKpis, KPI_NAMES } from './kpiColumns';
import type { ExperimentPlan } from './plan';
import { effectiveRecords, type RunRecord } from './runRecord';
import { replicationKey } from './tasks';

/** One KPI of one configuration over its replications, and its paired difference to the baseline. */
export interface SummaryRow {
  config: string;
  kpi: string;
  estimate: Estimate | null;
  baseline: string;
  /** this configuration minus its baseline, paired by replication; null for a baseline itself */
  difference: Estimate | null;
}

export interface ExperimentSummary {
  /** configurations in plan order, each with every KPI in KPI_NAMES order */
  rows: SummaryRow[];
  /** replications of the plan with no successful record, as `config #r` keys */
  missing: string[];
  /** replications whose latest record is a failure */
  failed: RunRecord[];
}

/**
 * Mean, sd and 95% Student-t interval of every KPI per configuration, over the replications that
 * succeeded, and the paired difference to the baseline configuration over the replications both
 * have (common random numbers: replication r has the same seed in both). Records of other
 * experiments or beyond the plan's replications are ignored.
 */
export function summarizeRuns(plan: ExperimentPlan, records: Iterable<RunRecord>): ExperimentSummary {
  const latest = effectiveRecords([...records].filter((r) => r.provenance.experimentHash === plan.hash));
  const replications = Array.from({ length: plan.replications }, (_, r) => r + 1);
  const values = new Map<string, (number | null)[][]>(); // config id → per KPI, per replication
  const missing: string[] = [];
  const failed: RunRecord[] = [];
  for (const c of plan.configurations) {
    const perRun = replications.map((r) => {
      const record = latest.get(replicationKey(c.id, r));
      if (record?.status === 'failed') failed.push(record);
      if (record?.status !== 'ok') missing.push(replicationKey(c.id, r));
      return record?.status === 'ok' && record.kpis !== undefined ? flatKpis(record.kpis) : null;
    });
    values.set(c.id, KPI_NAMES.map((k) => perRun.map((run) => run?.[k] ?? null)));
  }
  const rows = plan.configurations.flatMap((c) =>
    KPI_NAMES.map((kpi, k): SummaryRow => {
      const own = values.get(c.id)![k];
      return { config: c.id, kpi, estimate: estimate(own), baseline: c.baseline, difference: c.baseline === c.id ? null : pairedDifference(own, values.get(c.baseline)![k]) };
    }),
  );
  return { rows, missing, failed };
}

/** summary.csv: one row per configuration × KPI; numbers as JavaScript prints them (shortest exact), so the bytes are stable. */
export function summaryCsvText(plan: ExperimentPlan, summary: ExperimentSummary): string {
  const factorsOf = new Map(plan.configurations.map((c) => [c.id, c.factors]));
  const columns = ['config', ...plan.factors.map((f) => `factors.${f.name}`), 'kpi', 'n', 'mean', 'sd', 'ci95', 'baseline', 'diff.n', 'diff.mean', 'diff.sd', 'diff.ci95', 'diff.significant'];
  const rows = summary.rows.map((s): Record<string, unknown> => {
    const factors = factorsOf.get(s.config)!;
    const e = s.estimate;
    const d = s.difference;
    return {
      config: s.config,
      ...Object.fromEntries(plan.factors.map((f) => [`factors.${f.name}`, typeof factors[f.name] === 'object' ? canonicalJson(factors[f.name]) : factors[f.name]])),
      kpi: s.kpi,
      n: e?.n ?? 0,
      mean: e?.mean,
      sd: e?.sd,
      ci95: e?.halfWidth,
      baseline: s.baseline,
      'diff.n': d?.n,
      'diff.mean': d?.mean,
      'diff.sd': d?.sd,
      'diff.ci95': d?.halfWidth,
      'diff.significant': d === null || d.halfWidth === null ? undefined : excludesZero(d),
    };
  });
  return `${csvFormat(rows, columns)}\n`;
}
