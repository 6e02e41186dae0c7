import type { Estimate } from '../../compare/statistics';
import { valueLabel } from '../grid';
import type { ExperimentPlan } from '../plan';
import type { ExperimentSummary, SummaryRow } from '../summary';

/** A KPI's summary row by configuration and KPI. */
export function summaryIndex(summary: ExperimentSummary): (config: string, kpi: string) => SummaryRow | undefined {
  const rows = new Map(summary.rows.map((r) => [`${r.config}\u0000${r.kpi}`, r]));
  return (config, kpi) => rows.get(`${config}\u0000${kpi}`);
}

/** Factors a KPI can be drawn against: every value a number, at least two of them. */
export function numericFactors(plan: ExperimentPlan): string[] {
  return plan.factors.filter((f) => f.values.length >= 2 && f.values.every((v) => typeof v === 'number')).map((f) => f.name);
}

export interface SeriesPoint {
  x: number;
  config: string;
  estimate: Estimate | null;
}

/** The configurations that differ only in one factor: a line across that factor's values. */
export interface FactorSeries {
  /** the other factors' values, `strategy=fcfs` (or `all` when there are none) */
  name: string;
  /** its place among all series of the factor, so that it keeps its colour in every chart */
  index: number;
  points: SeriesPoint[];
}

/** What is drawn of a KPI: its mean over the replications, or its paired difference to the baseline. */
export type Measure = 'estimate' | 'difference';

/**
 * A KPI along a numeric factor: one series per combination of the other factors' values (in plan
 * order), its points in increasing order of the factor.
 */
export function seriesAlong(plan: ExperimentPlan, summary: ExperimentSummary, factor: string, kpi: string, measure: Measure = 'estimate'): FactorSeries[] {
  const at = summaryIndex(summary);
  const others = plan.factors.filter((f) => f.name !== factor);
  const series = new Map<string, SeriesPoint[]>();
  for (const c of plan.configurations) {
    const name = others.length === 0 ? 'all' : others.map((f) => `${f.name}=${valueLabel(c.factors[f.name])}`).join(', ');
    const points = series.get(name) ?? series.set(name, []).get(name)!;
    points.push({ x: c.factors[factor] as number, config: c.id, estimate: at(c.id, kpi)?.[measure] ?? null });
  }
  // a series of baselines has no differences to draw
  return [...series].map(([name, points], index) => ({ name, index, points: points.sort((a, b) => a.x - b.x) })).filter((s) => measure === 'estimate' || s.points.some((p) => p.estimate !== null));
}
