import { axisBottom, axisLeft, format, line, scaleLinear } from 'd3';
import type { KpiSeries } from '../../kpi/kpis';
import { isLabelKey, type LabelKey, type Translate } from '../i18n';
import { createChartFrame, finite, maxOf } from './chartFrame';
import { drawLegend, type LegendItem } from './legend';
import { CHART_COLOURS, SERIES_COLOURS } from './palette';

const HOUR_S = 3600;

export interface TimeSeriesLine {
  /** the join key: a strategy name in compare mode, a KPI key otherwise */
  name: string;
  /** legend text, a label translated when the legend is drawn (so a language switch relabels it at once) */
  labelKey?: LabelKey;
  /** legend text as given (a user's strategy name); default: the strategy's label when `name` is one, else `name` */
  label?: string;
  /** one value per hour of `startS`; null = no data that hour (a gap in the line) */
  values: ArrayLike<number | null>;
}

export interface TimeSeriesData {
  /** start of each hour, s (KpiSeries.startS) */
  startS: ArrayLike<number>;
  lines: readonly TimeSeriesLine[];
  /** a horizontal reference, e.g. the QC-bound under an hourly crane rate; null hides it */
  reference?: number | null;
}

export interface TimeSeriesOptions {
  t: Translate;
  title: LabelKey;
  yTitle: LabelKey;
  /** appended to the y title in brackets */
  yUnit?: LabelKey;
  /** values are fractions, shown as % */
  percent?: boolean;
  /** a fixed top of the y axis (1 for shares); default: from the data */
  yMax?: number;
  /** label of the reference line; default kpi.qcBound */
  referenceLabel?: LabelKey;
}

export interface TimeSeriesChart {
  update(data: TimeSeriesData): void;
  relabel(t: Translate): void;
  dispose(): void;
}

/** The hourly KPIs a line can show (moves included). */
export type HourlyKpi = Exclude<keyof KpiSeries, 'startS' | 'vehicleStateShares'>;

/** One line per run (compare mode: one per strategy), the time axis of the longest run. */
export function hourlyLines(runs: readonly { name: string; labelKey?: LabelKey; label?: string; series: KpiSeries }[], kpi: HourlyKpi): TimeSeriesData {
  const longest = runs.reduce<KpiSeries | null>((a, r) => (a === null || r.series.startS.length > a.startS.length ? r.series : a), null);
  return { startS: longest?.startS ?? [], lines: runs.map((r) => ({ name: r.name, labelKey: r.labelKey, label: r.label, values: r.series[kpi] })) };
}

/**
 * Hourly KPI lines over simulated time, x in hours, each point at the middle of its hour. Lines
 * join by name, so compare mode keeps one path per strategy across updates.
 */
export function createTimeSeriesChart(container: HTMLElement, options: TimeSeriesOptions): TimeSeriesChart {
  let t = options.t;
  const frame = createChartFrame(container, 'time-series');
  const { plot, width, height } = frame;
  const x = scaleLinear().range([0, width]);
  const y = scaleLinear().range([height, 0]);
  const yFormat = format(options.percent ? '.0%' : '~g');
  const reference = plot.append('g').attr('class', 'reference').attr('display', 'none');
  const refLine = reference.append('line').attr('x1', 0).attr('x2', width).attr('stroke', CHART_COLOURS.qcBound).attr('stroke-dasharray', '6 4');
  const refLabel = reference.append('text').attr('x', width).attr('dy', -4).attr('text-anchor', 'end').attr('fill', CHART_COLOURS.qcBound);
  const lines = plot.append('g').attr('class', 'lines');
  let data: TimeSeriesData = { startS: [], lines: [] };

  const labelOf = (l: TimeSeriesLine): string => {
    const key = `strategy.${l.name}`;
    if (l.labelKey !== undefined && isLabelKey(l.labelKey)) return t(l.labelKey);
    return l.label ?? (isLabelKey(key) ? t(key) : l.name);
  };
  const colourOf = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length];

  function labels(): void {
    frame.title.text(t(options.title));
    frame.xTitle.text(t('axis.time'));
    frame.yTitle.text(options.yUnit === undefined ? t(options.yTitle) : `${t(options.yTitle)} (${t(options.yUnit)})`);
    refLabel.text(t(options.referenceLabel ?? 'kpi.qcBound'));
    drawLegend(frame.legend, data.lines.map((l, i): LegendItem => ({ key: l.name, label: labelOf(l), colour: colourOf(i), shape: 'line' })), frame.legendWidth);
  }

  function draw(): void {
    const { startS } = data;
    const n = startS.length;
    const h0 = n > 0 ? startS[0] / HOUR_S : 0;
    const h1 = n > 0 ? startS[n - 1] / HOUR_S + 1 : 1;
    x.domain([h0, h1]);
    const ref = data.reference ?? null;
    const top = options.yMax ?? niceTop(Math.max(maxOf(...data.lines.map((l) => l.values)), finite(ref)) * 1.05);
    y.domain([0, top]);
    frame.drawAxis('x', axisBottom(x).ticks(Math.min(12, Math.max(1, Math.round(h1 - h0)))).tickFormat(format('~g')), `${h0}:${h1}`);
    frame.drawAxis('y', axisLeft(y).ticks(5).tickFormat((v) => yFormat(v as number)).tickSize(-width), `${top}`);

    reference.attr('display', ref === null ? 'none' : null);
    refLine.attr('y1', y(finite(ref))).attr('y2', y(finite(ref)));
    refLabel.attr('y', y(finite(ref)));

    // d3.line walks hour indices so x and the value come from their own arrays, without copying either
    const hours = Array.from({ length: n }, (_, k) => k);
    const pathOf = (values: ArrayLike<number | null>) =>
      line<number>()
        .defined((k) => isValue(values[k]))
        .x((k) => x(startS[k] / HOUR_S + 0.5))
        .y((k) => y(finite(values[k])))(hours.slice(0, Math.min(n, values.length))) ?? '';
    lines
      .selectAll<SVGPathElement, TimeSeriesLine>('path.series')
      .data(data.lines, (l) => l.name)
      .join((enter) => enter.append('path').attr('class', 'series').attr('fill', 'none').attr('stroke-width', 2).attr('stroke-linejoin', 'round'))
      .attr('stroke', (_, i) => colourOf(i))
      .attr('d', (l) => pathOf(l.values));
  }

  labels();
  return {
    update(next) {
      const namesChanged = next.lines.map((l) => l.name).join('|') !== data.lines.map((l) => l.name).join('|');
      data = next;
      if (namesChanged) labels();
      draw();
    },
    relabel(next) {
      t = next;
      labels();
    },
    dispose: frame.dispose,
  };
}

const isValue = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** 1, 2, 5 × 10^k above v, so the axis holds still while values drift below it. */
function niceTop(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= v) ?? 10 * p;
}
