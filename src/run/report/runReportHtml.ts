import { formatDuration } from '../duration';
import type { RunResult } from '../runResult';
import { roadText, warmUpText } from '../../cli/kpiTable';
import type { ReportChart } from '../../experiment/report/chartFrame';
import { kpiFormat } from '../../experiment/report/kpiFormats';
import { htmlPage } from '../../experiment/report/reportHtml';
import { tag, text } from '../../experiment/report/svg';
import { t as translate, type Translate } from '../../ui/i18n';
import { berthPlanSvg } from './berthPlanSvg';
import { hourlyChart } from './hourlyChart';
import type { Scorecard } from '../../calibration/scorecard';
import { scorecardSection } from './scorecardHtml';

const en: Translate = (key) => translate(key, 'en');

/** The run's charts: the berth plan, then hourly crane rate and waiting for a berth. */
export function runReportCharts(result: RunResult): ReportChart[] {
  const { series, provenance: p } = result;
  // added to the hourly series by a newer model; a result without it simply has no such chart
  const callsWaiting = (series as Partial<Record<'callsWaiting', (number | null)[]>>).callsWaiting ?? null;
  const f = (kpi: string) => kpiFormat(kpi).value;
  return [
    berthPlanSvg(result.berthPlan, { t: en, nowS: p.durationS, warmUpS: p.warmUpS }),
    hourlyChart({ id: 'crane-rate-hourly', title: 'Crane rate, hourly, with the QC-bound', yLabel: 'crane rate (moves/h)', startS: series.startS, lines: [{ name: 'crane rate', values: series.craneRate }], reference: { name: 'QC-bound', value: result.kpis.qcBound }, format: f('craneRate') }),
    hourlyChart({ id: 'berth-wait-hourly', title: 'Waiting for a berth, hourly', yLabel: 'waiting for a berth (h)', startS: series.startS, lines: [{ name: 'waiting for a berth', values: series.berthWaitH }], format: f('berthWaitH') }),
    ...(callsWaiting === null ? [] : [hourlyChart({ id: 'calls-waiting-hourly', title: 'Calls waiting for a berth, hourly mean', yLabel: 'calls waiting', startS: series.startS, lines: [{ name: 'calls waiting', values: callsWaiting }], format: (v) => v.toFixed(1) })]),
  ];
}

/**
 * One self-contained HTML page for one run: what it was, its KPIs (and, for a scenario with
 * calibration targets, its scorecard), its berth plan and hourly charts. No script, nothing from the network.
 */
export function runReportHtml(result: RunResult, scorecard?: Scorecard): string {
  const p = result.provenance;
  const title = `${p.scenario}: ${p.strategy}, seed ${p.seed}`;
  const meta = `strategy ${p.strategy} · seed ${p.seed} · ${formatDuration(p.durationS)} simulated · KPIs after a ${warmUpText(p)} warm-up${p.warmUp.rule === 'fixed' ? ' (as given)' : ''} · ${p.fleet} vehicles${roadText(p.traffic)}`;
  const body = [
    tag('h1', {}, text(p.scenario)),
    tag('p', { class: 'meta' }, text(meta)),
    tag('h2', {}, text('Terminal KPIs')),
    kpiTable(result),
    ...(scorecard === undefined ? [] : scorecardSection(scorecard, p.seed)),
    ...runReportCharts(result).map((c) => tag('figure', { id: c.id }, tag('figcaption', {}, text(c.title)), c.svg)),
    tag('h2', {}, text('Provenance')),
    tag('p', {}, text(`Scenario hash ${p.scenarioHash}; zhigang ${p.version}; ${result.counts.events.toLocaleString('en-US')} events; ${result.counts.vesselCalls} vessel calls. The same scenario, strategy, seed, duration and warm-up give the same numbers.`)),
  ];
  return htmlPage(title, body);
}

function kpiTable(result: RunResult): string {
  const rows = Object.entries(result.kpis).flatMap(([key, value]) => (key === 'vehicleStateShares' ? Object.entries(value as Record<string, number | null>).map(([s, v]) => [`vehicleStateShares.${s}`, v] as const) : [[key, value as number | null] as const]));
  const head = tag('tr', {}, tag('th', {}, 'KPI'), tag('th', {}, 'value'), tag('th', {}, 'unit'));
  const cells = rows.map(([kpi, v]) => {
    const f = kpiFormat(kpi);
    return tag('tr', { 'data-kpi': kpi }, tag('td', {}, text(f.label)), tag('td', { 'data-value': v === null ? '' : String(v) }, text(v === null ? '–' : f.value(v))), tag('td', {}, text(f.unit)));
  });
  return tag('table', {}, tag('thead', {}, head), tag('tbody', {}, ...cells));
}
