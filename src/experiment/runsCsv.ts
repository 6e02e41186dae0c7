import { csvFormat, csvFormatBody } from 'd3';
import { canonicalJson } from './canonicalJson';
import { flatKpis, KPI_NAMES } from './kpiColumns';
import type { ExperimentPlan } from './plan';
import type { RunRecord } from './runRecord';

const PROVENANCE = ['experimentHash', 'scenario', 'scenarioHash', 'strategy', 'fleet', 'durationS', 'warmUpS', 'version'] as const;

/** runs.csv is runs.jsonl flattened: each column is named by its JSON path (`kpis.craneRate`, `factors.fleet`). */
export function runsCsvColumns(plan: ExperimentPlan): string[] {
  return ['config', 'replication', 'seed', 'status', ...plan.factors.map((f) => `factors.${f.name}`), ...KPI_NAMES.map((k) => `kpis.${k}`), ...PROVENANCE.map((p) => `provenance.${p}`), 'error'];
}

type Cell = string | number | boolean | null | undefined;

function row(plan: ExperimentPlan, r: RunRecord): Record<string, Cell> {
  const out: Record<string, Cell> = { config: r.config, replication: r.replication, seed: r.seed, status: r.status, error: r.error };
  for (const f of plan.factors) {
    const v = r.factors[f.name];
    out[`factors.${f.name}`] = typeof v === 'object' ? canonicalJson(v) : v;
  }
  if (r.kpis !== undefined) for (const [k, v] of Object.entries(flatKpis(r.kpis))) out[`kpis.${k}`] = v;
  for (const p of PROVENANCE) out[`provenance.${p}`] = r.provenance[p];
  return out;
}

/** The whole runs.csv for these records, in their order. */
export function runsCsvText(plan: ExperimentPlan, records: readonly RunRecord[]): string {
  return `${csvFormat(records.map((r) => row(plan, r)), runsCsvColumns(plan))}\n`;
}

/** One record as a line of runs.csv, newline included. */
export function runsCsvLine(plan: ExperimentPlan, record: RunRecord): string {
  return `${csvFormatBody([row(plan, record)], runsCsvColumns(plan))}\n`;
}
