import { area, extent, line, mean, scaleLinear } from 'd3';
import type { ExperimentPlan } from '../plan';
import type { ExperimentSummary } from '../summary';
import { bottomAxis, colour, leftAxis, legend, margin, svgRoot, WIDTH, type ReportChart } from './chartFrame';
import { kpiFormat } from './kpiFormats';
import { seriesAlong, type Measure, type SeriesPoint } from './reportData';
import { tag, text } from './svg';

const HEIGHT = 340;

/**
 * A KPI against a numeric factor (crane rate against fleet size): a line per combination of the
 * other factors (per strategy), each point the mean over the replications, the band its 95% CI.
 * `reference` draws another KPI's mean over all series as a dashed line (QC-bound, what the cranes
 * would do if never kept waiting). The numbers drawn are also in data- attributes and tooltips.
 */
export function factorLineChart(plan: ExperimentPlan, summary: ExperimentSummary, factor: string, kpi: string, options: { reference?: string; measure?: Measure } = {}): ReportChart {
  const { reference, measure = 'estimate' } = options;
  const f = kpiFormat(kpi);
  const what = `${measure === 'difference' ? 'Δ ' : ''}${f.label}${f.unit === '' ? '' : ` (${f.unit})`}`;
  const title = measure === 'difference' ? `${what} against the baseline by ${factor}, paired over the replications, mean and 95% CI` : `${what} by ${factor}, mean and 95% CI`;
  const series = seriesAlong(plan, summary, factor, kpi, measure);
  const ref = reference === undefined ? [] : referencePoints(seriesAlong(plan, summary, factor, reference));
  const xs = plan.factors.find((x) => x.name === factor)!.values as number[];
  const lows = series.flatMap((s) => s.points.filter(known).map((p) => p.estimate.mean - (p.estimate.halfWidth ?? 0)));
  const highs = series.flatMap((s) => s.points.filter(known).map((p) => p.estimate.mean + (p.estimate.halfWidth ?? 0)));
  const [lo, hi] = extent([...lows, ...highs, ...ref.map((r) => r.y)]);
  const x = scaleLinear().domain(extent(xs) as [number, number]).range([margin.left, WIDTH - margin.right]);
  // a KPI from 0 when no mean is below it: an interval reaching below 0 is cut at the frame, not drawn as a negative rate
  const means = series.flatMap((s) => s.points.filter(known).map((p) => p.estimate.mean));
  const y = scaleLinear()
    .domain([Math.min(0, measure === 'difference' ? (lo ?? 0) : Infinity, ...means), hi ?? 1])
    .nice()
    .range([HEIGHT - margin.bottom, margin.top]);
  const band = area<SeriesPoint>()
    .defined((p) => p.estimate !== null && p.estimate.halfWidth !== null)
    .x((p) => x(p.x))
    .y0((p) => y(p.estimate!.mean - p.estimate!.halfWidth!))
    .y1((p) => y(p.estimate!.mean + p.estimate!.halfWidth!));
  const path = line<SeriesPoint>()
    .defined((p) => p.estimate !== null)
    .x((p) => x(p.x))
    .y((p) => y(p.estimate!.mean));
  const numbers = (ps: readonly SeriesPoint[], v: (p: SeriesPoint) => number | null | undefined) => ps.map((p) => (v(p) ?? '')).join(' ');

  const id = `${measure === 'difference' ? 'difference-' : ''}${kpi}-by-${factor}`;
  const clip = tag('clipPath', { id: `${id}-plot` }, tag('rect', { x: margin.left, y: margin.top, width: WIDTH - margin.left - margin.right, height: HEIGHT - margin.top - margin.bottom }));
  const drawn = series.map((s) =>
    tag(
      'g',
      { class: 'series', 'data-series': s.name, 'clip-path': `url(#${id}-plot)` },
      tag('path', {
        class: 'ci-band',
        d: band(s.points) ?? '',
        fill: colour(s.index),
        'fill-opacity': 0.18,
        'data-x': numbers(s.points, (p) => p.x),
        'data-lower': numbers(s.points, (p) => (p.estimate?.halfWidth == null ? null : p.estimate.mean - p.estimate.halfWidth)),
        'data-upper': numbers(s.points, (p) => (p.estimate?.halfWidth == null ? null : p.estimate.mean + p.estimate.halfWidth)),
      }),
      tag('path', { class: 'mean', d: path(s.points) ?? '', fill: 'none', stroke: colour(s.index), 'stroke-width': 2, 'data-x': numbers(s.points, (p) => p.x), 'data-mean': numbers(s.points, (p) => p.estimate?.mean) }),
      ...s.points.filter(known).map((p) =>
        tag('circle', { cx: x(p.x), cy: y(p.estimate.mean), r: 3.5, fill: colour(s.index) }, tag('title', {}, text(`${p.config}: ${f.value(p.estimate.mean)}${p.estimate.halfWidth === null ? '' : ` ± ${f.value(p.estimate.halfWidth)}`} ${f.unit} (n = ${p.estimate.n})`))),
      ),
    ),
  );
  const refLine =
    ref.length === 0
      ? ''
      : tag('path', { class: 'reference', d: line<{ x: number; y: number }>().x((r) => x(r.x)).y((r) => y(r.y))(ref) ?? '', fill: 'none', stroke: '#444', 'stroke-dasharray': '5 3', 'data-x': ref.map((r) => r.x).join(' '), 'data-mean': ref.map((r) => r.y).join(' ') });
  const entries = [...series.map((s) => ({ name: s.name, colour: colour(s.index) })), ...(ref.length === 0 ? [] : [{ name: kpiFormat(reference!).label, colour: '#444', dashed: true }])];
  return {
    id,
    title,
    svg: svgRoot(
      title,
      HEIGHT,
      tag('defs', {}, clip),
      leftAxis(y, f.value, margin.left, WIDTH - margin.right, what),
      measure === 'difference' ? tag('line', { class: 'zero', x1: margin.left, x2: WIDTH - margin.right, y1: y(0), y2: y(0), stroke: '#444' }) : '',
      bottomAxis(x, xs.length <= 12 ? xs : x.ticks(8), String, HEIGHT - margin.bottom, factor),
      ...drawn,
      refLine,
      legend(entries, WIDTH - margin.right + 16, margin.top + 8),
    ),
  };
}

const known = (p: SeriesPoint): p is SeriesPoint & { estimate: NonNullable<SeriesPoint['estimate']> } => p.estimate !== null;

/** The reference KPI's mean at each x, averaged over the series that have it. */
function referencePoints(series: ReturnType<typeof seriesAlong>): { x: number; y: number }[] {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  return xs
    .map((x) => ({ x, y: mean(series.flatMap((s) => s.points.filter((p) => p.x === x && p.estimate !== null).map((p) => p.estimate!.mean))) }))
    .filter((r): r is { x: number; y: number } => r.y !== undefined);
}
