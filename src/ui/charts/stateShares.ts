import { area, axisBottom, axisLeft, curveStepAfter, format, scaleLinear, stack, type Series, type SeriesPoint } from 'd3';
import type { KpiSeries } from '../../kpi/kpis';
import { KPI_VEHICLE_STATES, type KpiVehicleState } from '../../kpi/recorder';
import type { Translate } from '../i18n';
import { createChartFrame, finite } from './chartFrame';
import { drawLegend } from './legend';
import { KPI_STATE_COLOURS } from './palette';

const HOUR_S = 3600;

export type StateSharesData = Pick<KpiSeries, 'startS' | 'vehicleStateShares'>;

export interface StateSharesChart {
  update(series: StateSharesData): void;
  relabel(t: Translate): void;
  dispose(): void;
}

type Layer = Series<number, KpiVehicleState>;

/**
 * The fleet's time split between the KPI's seven states, hour by hour, stacked to 1: each hour is a
 * flat step (the shares are hourly totals, not samples). Missing hours count as 0.
 */
export function createStateSharesChart(container: HTMLElement, options: { t: Translate }): StateSharesChart {
  let t = options.t;
  // seven states wrap to three legend rows in the side panel (in English): room for them above the plot
  const frame = createChartFrame(container, 'state-shares', { top: 71 });
  const { plot, width, height } = frame;
  const x = scaleLinear().range([0, width]);
  const y = scaleLinear().domain([0, 1]).range([height, 0]);
  let data: StateSharesData = { startS: [], vehicleStateShares: emptyShares() };

  function labels(): void {
    frame.title.text(t('chart.stateShares'));
    frame.xTitle.text(t('axis.time'));
    frame.yTitle.text(t('axis.share'));
    drawLegend(frame.legend, KPI_VEHICLE_STATES.map((s) => ({ key: s, label: t(`state.${s}`), colour: KPI_STATE_COLOURS[s] })), frame.legendWidth);
  }

  function draw(): void {
    const { startS, vehicleStateShares: shares } = data;
    const n = startS.length;
    const h0 = n > 0 ? startS[0] / HOUR_S : 0;
    const h1 = n > 0 ? startS[n - 1] / HOUR_S + 1 : 1;
    x.domain([h0, h1]);
    frame.drawAxis('x', axisBottom(x).ticks(Math.min(12, Math.max(1, Math.round(h1 - h0)))).tickFormat(format('~g')), `${h0}:${h1}`);
    frame.drawAxis('y', axisLeft(y).ticks(5).tickFormat(format('.0%')).tickSize(-width), 'shares');

    // hour k as index k; one more point (a copy of the last hour) closes the last step at its end
    const ks = Array.from({ length: n === 0 ? 0 : n + 1 }, (_, k) => k);
    const layers = stack<number, KpiVehicleState>()
      .keys(KPI_VEHICLE_STATES)
      .value((k, s) => finite(shares[s][Math.min(k, n - 1)]))(ks);
    const shape = area<SeriesPoint<number>>()
      .curve(curveStepAfter)
      .x((p) => x(p.data < n ? startS[p.data] / HOUR_S : h1))
      .y0((p) => y(p[0]))
      .y1((p) => y(p[1]));
    plot
      .selectAll<SVGPathElement, Layer>('path.state')
      .data(layers, (l) => l.key)
      .join((enter) => enter.append('path').attr('class', (l) => `state state-${l.key}`).attr('fill', (l) => KPI_STATE_COLOURS[l.key]))
      .attr('d', (l) => shape(l) ?? '');
  }

  labels();
  return {
    update(series) {
      data = series;
      draw();
    },
    relabel(next) {
      t = next;
      labels();
    },
    dispose: frame.dispose,
  };
}

function emptyShares(): Record<KpiVehicleState, (number | null)[]> {
  return Object.fromEntries(KPI_VEHICLE_STATES.map((s) => [s, []])) as unknown as Record<KpiVehicleState, (number | null)[]>;
}
