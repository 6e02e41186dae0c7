import { excludesZero, type Estimate } from '../../compare/statistics';
import { formatDuration } from '../../run/duration';
import { KPI_NAMES } from '../kpiColumns';
import type { ExperimentPlan } from '../plan';
import type { ExperimentSummary } from '../summary';
import type { ReportChart } from './chartFrame';
import { configurationDotChart, stateSharesChart } from './configurationCharts';
import { factorLineChart } from './factorLineChart';
import { kpiFormat } from './kpiFormats';
import { numericFactors, summaryIndex } from './reportData';
import { tag, text } from './svg';

/** The KPIs of the report's tables: what a planner reads first. */
const HEADLINE = ['craneRate', 'qcBound', 'gapToQcBound', 'qcWaitShare', 'emptyTravelRatio', 'energyPerMoveKWh', 'vesselTurnaroundH'];

/**
 * The report's charts: crane rate (with QC-bound), its paired difference to the baseline, and energy
 * per move against each numeric factor, one line per combination of the others; per configuration instead when no factor is numeric;
 * then the vehicle state shares. Pure: the browser app draws the same from runs.jsonl.
 */
export function reportCharts(plan: ExperimentPlan, summary: ExperimentSummary): ReportChart[] {
  const numeric = numericFactors(plan);
  const paired = plan.configurations.some((c) => c.baseline !== c.id);
  const byFactor = numeric.flatMap((factor) => [
    factorLineChart(plan, summary, factor, 'craneRate', { reference: 'qcBound' }),
    ...(paired ? [factorLineChart(plan, summary, factor, 'craneRate', { measure: 'difference' })] : []),
    factorLineChart(plan, summary, factor, 'energyPerMoveKWh'),
  ]);
  const byConfiguration = numeric.length > 0 ? [] : [configurationDotChart(plan, summary, 'craneRate'), configurationDotChart(plan, summary, 'energyPerMoveKWh')];
  return [...byFactor, ...byConfiguration, stateSharesChart(plan, summary)];
}

const STYLE = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC",sans-serif;color:#222;max-width:1100px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:32px}p.meta{color:#555;margin-top:0}
figure{margin:16px 0}figcaption{font-weight:600;margin-bottom:4px}svg{max-width:100%;height:auto;font-size:11px}svg .label{font-size:12px;fill:#333}
table{border-collapse:collapse;font-variant-numeric:tabular-nums;margin:8px 0}th,td{padding:3px 10px;border-bottom:1px solid #e4e4e4;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}.wide{overflow-x:auto}td.significant{font-weight:700}code{font-size:12px}.warn{color:#a40000}`;

/** One self-contained HTML page: no script, no stylesheet or font from the network. */
export function reportHtml(plan: ExperimentPlan, summary: ExperimentSummary): string {
  const charts = reportCharts(plan, summary);
  const done = plan.configurations.length * plan.replications - summary.missing.length;
  const meta = `${plan.scenario} · ${plan.configurations.length} configurations × ${plan.replications} replications (${done} done) · ${formatDuration(plan.durationS)} per run, KPIs after a ${formatDuration(plan.warmUpS)} warm-up`;
  const body = [
    tag('h1', {}, text(plan.name)),
    tag('p', { class: 'meta' }, text(meta)),
    plan.description === undefined ? '' : tag('p', {}, text(plan.description)),
    missingNote(summary),
    ...charts.map((c) => tag('figure', { id: c.id }, tag('figcaption', {}, text(c.title)), c.svg)),
    tag('h2', {}, text('Configurations: mean ± 95% CI over the replications')),
    estimateTable(plan, summary, HEADLINE),
    tag('h2', {}, text('Paired differences to the baseline')),
    tag('p', {}, text('Each configuration minus its baseline, replication by replication (the same seed, so the same vessels, boxes and service times: common random numbers), mean ± 95% CI of the differences. Bold with * : the interval excludes 0.')),
    differenceTable(plan, summary, HEADLINE),
    tag('details', {}, tag('summary', {}, text('Every KPI')), estimateTable(plan, summary, KPI_NAMES)),
    tag('h2', {}, text('Provenance')),
    tag(
      'p',
      {},
      text(`Experiment ${plan.file}, hash ${plan.hash}; scenario ${plan.scenarioFile}; zhigang ${plan.version}; seed ${plan.seed}, replication seeds ${plan.seeds.join(', ')}. `),
      text('Every number here is in summary.csv; every run, with its seed, in runs.jsonl.'),
    ),
  ];
  return htmlPage(plan.name, body);
}

/** A whole page around `body` (markup already), its title escaped: the experiment report's and the run report's. */
export function htmlPage(title: string, body: readonly string[]): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text(title)}</title><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>\n`;
}

function missingNote(summary: ExperimentSummary): string {
  if (summary.missing.length === 0) return '';
  const failed = new Map(summary.failed.map((r) => [`${r.config} #${r.replication}`, r.error]));
  const items = summary.missing.map((key) => tag('li', {}, text(failed.has(key) ? `${key}: failed: ${failed.get(key)}` : `${key}: not run yet`)));
  return tag('div', { class: 'warn' }, tag('p', {}, text(`${summary.missing.length} replications are missing; the figures use the others.`)), tag('ul', {}, ...items));
}

const heading = (kpi: string) => {
  const f = kpiFormat(kpi);
  return f.unit === '' ? f.label : `${f.label} (${f.unit})`;
};

function estimateCell(e: Estimate | null, kpi: string): string {
  if (e === null) return tag('td', {}, '–');
  const v = kpiFormat(kpi).value;
  return tag('td', { 'data-mean': e.mean, 'data-ci95': e.halfWidth ?? '' }, text(e.halfWidth === null ? v(e.mean) : `${v(e.mean)} ± ${v(e.halfWidth)}`));
}

function estimateTable(plan: ExperimentPlan, summary: ExperimentSummary, kpis: readonly string[]): string {
  const at = summaryIndex(summary);
  const head = tag('tr', {}, tag('th', {}, 'configuration'), tag('th', {}, 'n'), ...kpis.map((k) => tag('th', {}, text(heading(k)))));
  const rows = plan.configurations.map((c) => tag('tr', {}, tag('td', {}, text(c.id)), tag('td', {}, String(at(c.id, 'craneRate')?.estimate?.n ?? 0)), ...kpis.map((k) => estimateCell(at(c.id, k)?.estimate ?? null, k))));
  return tag('div', { class: 'wide' }, tag('table', {}, tag('thead', {}, head), tag('tbody', {}, ...rows)));
}

function differenceTable(plan: ExperimentPlan, summary: ExperimentSummary, kpis: readonly string[]): string {
  const at = summaryIndex(summary);
  const head = tag('tr', {}, tag('th', {}, 'configuration'), tag('th', {}, 'baseline'), ...kpis.map((k) => tag('th', {}, text(`Δ ${heading(k)}`))));
  const rows = plan.configurations
    .filter((c) => c.baseline !== c.id)
    .map((c) =>
      tag(
        'tr',
        {},
        tag('td', {}, text(c.id)),
        tag('td', {}, text(c.baseline)),
        ...kpis.map((k) => {
          const d = at(c.id, k)?.difference ?? null;
          if (d === null) return tag('td', {}, '–');
          const v = kpiFormat(k).value;
          const signed = (x: number) => `${x >= 0 ? '+' : ''}${v(x)}`;
          const significant = excludesZero(d);
          return tag('td', { class: significant ? 'significant' : undefined, 'data-mean': d.mean, 'data-ci95': d.halfWidth ?? '' }, text(`${signed(d.mean)}${d.halfWidth === null ? '' : ` ± ${v(d.halfWidth)}`}${significant ? ' *' : ''}`));
        }),
      ),
    );
  if (rows.length === 0) return tag('p', {}, text('Every configuration is its own baseline: nothing to pair.'));
  return tag('div', { class: 'wide' }, tag('table', {}, tag('thead', {}, head), tag('tbody', {}, ...rows)));
}
