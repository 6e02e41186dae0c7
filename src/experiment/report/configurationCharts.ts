import { scaleBand, scaleLinear } from 'd3';
import { KPI_VEHICLE_STATES } from '../../kpi/recorder';
import type { ExperimentPlan } from '../plan';
import type { ExperimentSummary } from '../summary';
import { bandAxis, bottomAxis, colour, legend, svgRoot, WIDTH, type ReportChart } from './chartFrame';
import { kpiFormat } from './kpiFormats';
import { summaryIndex } from './reportData';
import { tag, text } from './svg';

/** Configuration names are long: the plot starts after them. */
const frame = { top: 12, right: 150, bottom: 44, left: 260 };
const ROW = 26;

function rows(plan: ExperimentPlan) {
  const height = frame.top + frame.bottom + ROW * plan.configurations.length;
  const y = scaleBand<string>()
    .domain(plan.configurations.map((c) => c.id))
    .range([frame.top, height - frame.bottom])
    .padding(0.25);
  return { height, y };
}

/** A KPI per configuration: the mean as a dot, the 95% CI as a whisker (for grids with no numeric factor). */
export function configurationDotChart(plan: ExperimentPlan, summary: ExperimentSummary, kpi: string): ReportChart {
  const f = kpiFormat(kpi);
  const title = `${f.label}${f.unit === '' ? '' : ` (${f.unit})`} per configuration, mean and 95% CI`;
  const at = summaryIndex(summary);
  const { height, y } = rows(plan);
  const points = plan.configurations.map((c) => ({ config: c.id, e: at(c.id, kpi)?.estimate ?? null }));
  const ends = points.flatMap((p) => (p.e === null ? [] : [p.e.mean - (p.e.halfWidth ?? 0), p.e.mean + (p.e.halfWidth ?? 0)]));
  const x = scaleLinear()
    .domain([Math.min(0, ...ends), Math.max(0, ...ends)])
    .nice()
    .range([frame.left, WIDTH - frame.right]);
  const marks = points.map(({ config, e }) => {
    if (e === null) return '';
    const cy = y(config)! + y.bandwidth() / 2;
    const whisker = e.halfWidth === null ? '' : tag('line', { class: 'ci', x1: x(e.mean - e.halfWidth), x2: x(e.mean + e.halfWidth), y1: cy, y2: cy, stroke: colour(0), 'stroke-width': 2 });
    const label = `${config}: ${f.value(e.mean)}${e.halfWidth === null ? '' : ` ± ${f.value(e.halfWidth)}`} ${f.unit} (n = ${e.n})`;
    return tag('g', { class: 'configuration', 'data-config': config, 'data-mean': e.mean, 'data-ci95': e.halfWidth ?? '' }, whisker, tag('circle', { cx: x(e.mean), cy, r: 4, fill: colour(0) }, tag('title', {}, text(label))));
  });
  return { id: `${kpi}-by-configuration`, title, svg: svgRoot(title, height, bandAxis(y, frame.left), bottomAxis(x, x.ticks(6), f.value, height - frame.bottom, `${f.label}${f.unit === '' ? '' : ` (${f.unit})`}`), ...marks) };
}

/** Where vehicles spend their time, per configuration: the mean state shares stacked to 100%. */
export function stateSharesChart(plan: ExperimentPlan, summary: ExperimentSummary): ReportChart {
  const title = 'Vehicle time by state, mean share over the replications';
  const at = summaryIndex(summary);
  const { height, y } = rows(plan);
  const x = scaleLinear().domain([0, 1]).range([frame.left, WIDTH - frame.right]);
  const share = kpiFormat('vehicleStateShares.loaded').value;
  const bars = plan.configurations.map((c) => {
    let from = 0;
    const parts = KPI_VEHICLE_STATES.map((state, k) => {
      const v = at(c.id, `vehicleStateShares.${state}`)?.estimate?.mean ?? 0;
      const rect = tag('rect', { x: x(from), y: y(c.id)!, width: x(from + v) - x(from), height: y.bandwidth(), fill: colour(k), 'data-state': state, 'data-share': v }, tag('title', {}, text(`${c.id}: ${state} ${share(v)}`)));
      from += v;
      return rect;
    });
    return tag('g', { class: 'shares', 'data-config': c.id }, ...parts);
  });
  return {
    id: 'vehicle-state-shares',
    title,
    svg: svgRoot(
      title,
      Math.max(height, frame.top + frame.bottom + 18 * KPI_VEHICLE_STATES.length),
      bandAxis(y, frame.left),
      bottomAxis(x, [0, 0.25, 0.5, 0.75, 1], share, height - frame.bottom, 'share of vehicle time'),
      ...bars,
      legend(
        KPI_VEHICLE_STATES.map((s, k) => ({ name: s, colour: colour(k) })),
        WIDTH - frame.right + 16,
        frame.top + 8,
      ),
    ),
  };
}
