import { axisBottom, axisLeft, format, scaleBand, scaleLinear } from 'd3';
import type { KpiResult } from '../../kpi/computeKpis';
import type { Translate } from '../i18n';
import { createChartFrame, finite, maxOf } from './chartFrame';
import { drawLegend } from './legend';
import { CHART_COLOURS } from './palette';

/** Bars per quay crane, or per vessel call (the same KPI over that call's cranes). */
export type CraneRateBy = 'crane' | 'call';

export interface RateBar {
  id: string;
  craneRate: number | null;
  qcBound: number | null;
}

export interface CraneRateChartOptions {
  t: Translate;
  by?: CraneRateBy;
}

export interface CraneRateChart {
  update(result: Pick<KpiResult, 'perCrane' | 'perCall'>): void;
  relabel(t: Translate): void;
  dispose(): void;
}

/** The bars to draw: every crane; only the calls that have had a move (future calls would be empty noise). */
export function rateBarsOf(result: Pick<KpiResult, 'perCrane' | 'perCall'>, by: CraneRateBy): RateBar[] {
  if (by === 'crane') return result.perCrane.map((c) => ({ id: c.crane, craneRate: c.craneRate, qcBound: c.qcBound }));
  return result.perCall.filter((c) => c.moves > 0).map((c) => ({ id: c.call, craneRate: c.craneRate, qcBound: c.qcBound }));
}

const rateFormat = format('.1f');
/** A bar this tall (px) holds its value inside its top. */
const VALUE_INSIDE_MIN_PX = 18;

/**
 * Crane rate as bars with each bar's QC-bound as a tick across it: the distance between the bar top
 * and the tick is what waiting for vehicles and boxes cost that crane. No rate yet: no bar, label "–".
 */
export function createCraneRateChart(container: HTMLElement, options: CraneRateChartOptions): CraneRateChart {
  const by = options.by ?? 'crane';
  let t = options.t;
  const frame = createChartFrame(container, `crane-rate by-${by}`, { bottom: 56 });
  const { plot, width, height } = frame;
  const x = scaleBand<string>().range([0, width]).paddingInner(0.25).paddingOuter(0.15);
  const y = scaleLinear().range([height, 0]);
  let bars: RateBar[] = [];

  function labels(): void {
    frame.title.text(t(by === 'crane' ? 'chart.craneRatePerCrane' : 'chart.craneRatePerCall'));
    frame.xTitle.text(t(by === 'crane' ? 'axis.crane' : 'axis.call'));
    frame.yTitle.text(`${t('kpi.craneRate')} (${t('unit.movesPerH')})`);
    drawLegend(frame.legend, [
      { key: 'rate', label: t('kpi.craneRate'), colour: CHART_COLOURS.bar },
      { key: 'bound', label: t('kpi.qcBound'), colour: CHART_COLOURS.qcBound, shape: 'line' },
    ], frame.legendWidth);
  }

  function draw(): void {
    x.domain(bars.map((b) => b.id));
    // round the top up to a step of 10 so the axis holds still while rates drift
    const top = Math.max(10, Math.ceil((maxOf(bars.map((b) => b.craneRate), bars.map((b) => b.qcBound)) * 1.05) / 10) * 10);
    y.domain([0, top]);
    frame.drawAxis('x', axisBottom(x).tickSizeOuter(0), `${x.domain().join('|')}`);
    // a dozen ids side by side run into each other: tilt them when a band is narrower than a label
    const crowded = x.bandwidth() < 34;
    frame.xAxis.selectAll<SVGTextElement, string>('.tick text').attr('text-anchor', crowded ? 'end' : 'middle').attr('transform', crowded ? 'translate(-4,2) rotate(-40)' : null);
    frame.drawAxis('y', axisLeft(y).ticks(5).tickSize(-width), `${top}`);

    const bw = x.bandwidth();
    const group = plot
      .selectAll<SVGGElement, RateBar>('g.bar')
      .data(bars, (b) => b.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'bar');
        g.append('rect').attr('class', 'rate').attr('fill', CHART_COLOURS.bar);
        g.append('line').attr('class', 'qc-bound').attr('stroke', CHART_COLOURS.qcBound).attr('stroke-width', 3);
        g.append('text').attr('class', 'value').attr('text-anchor', 'middle').attr('fill', 'currentColor');
        return g;
      })
      .attr('transform', (b) => `translate(${finite(x(b.id))},0)`);
    group
      .select<SVGRectElement>('rect.rate')
      .attr('x', 0)
      .attr('width', bw)
      .attr('y', (b) => y(finite(b.craneRate)))
      .attr('height', (b) => height - y(finite(b.craneRate)));
    group
      .select<SVGLineElement>('line.qc-bound')
      .attr('x1', -bw * 0.08)
      .attr('x2', bw * 1.08)
      .attr('y1', (b) => y(finite(b.qcBound)))
      .attr('y2', (b) => y(finite(b.qcBound)))
      .attr('display', (b) => (b.qcBound === null ? 'none' : null));
    // the value inside the bar's top, under the QC-bound tick that sits just above it (on it, it could not
    // be read); above the bar when the bar is too short to hold it
    const inside = (b: RateBar) => height - y(finite(b.craneRate)) > VALUE_INSIDE_MIN_PX;
    group
      .select<SVGTextElement>('text.value')
      .attr('x', bw / 2)
      .attr('y', (b) => y(finite(b.craneRate)) + (inside(b) ? 13 : -4))
      .attr('fill', (b) => (inside(b) ? CHART_COLOURS.barText : 'currentColor'))
      .attr('font-size', bw < 34 ? 8 : null)
      .text((b) => (b.craneRate === null ? '–' : rateFormat(bw < 34 ? Math.round(b.craneRate) : b.craneRate)));
  }

  labels();
  return {
    update(result) {
      bars = rateBarsOf(result, by);
      draw();
    },
    relabel(next) {
      t = next;
      labels();
    },
    dispose: frame.dispose,
  };
}
