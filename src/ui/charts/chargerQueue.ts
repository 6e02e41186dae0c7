import { axisBottom, axisLeft, scaleBand, scaleLinear } from 'd3';
import type { RenderSnapshot } from '../../run/renderSnapshot';
import type { Translate } from '../i18n';
import { createChartFrame, finite } from './chartFrame';
import { drawLegend } from './legend';
import { CHART_COLOURS } from './palette';

/** RenderSnapshot.chargers: per charging station, plugs in use and vehicles queueing. */
export type ChargerQueueData = Pick<RenderSnapshot['chargers'], 'busy' | 'queue'>;

export interface ChargerQueueOptions {
  t: Translate;
  /** station names in layout order; default C1, C2, … */
  stations?: readonly string[];
  /** plugs per station, drawn as a capacity tick */
  plugs?: ArrayLike<number>;
}

export interface ChargerQueueChart {
  update(chargers: ChargerQueueData): void;
  relabel(t: Translate): void;
  dispose(): void;
}

interface Station {
  name: string;
  busy: number;
  queue: number;
  plugs: number | null;
}

/** Vehicles at each charging station: plugs in use stacked under the queue, the plug count as a tick. */
export function createChargerQueueChart(container: HTMLElement, options: ChargerQueueOptions): ChargerQueueChart {
  let t = options.t;
  const frame = createChartFrame(container, 'charger-queue');
  const { plot, width, height } = frame;
  const x = scaleBand<string>().range([0, width]).paddingInner(0.3).paddingOuter(0.15);
  const y = scaleLinear().range([height, 0]);
  // the axis top only grows: a queue that comes and goes should not make the axis jump each frame
  let top = 1;

  function labels(): void {
    frame.title.text(t('chart.chargerQueue'));
    frame.xTitle.text(t('axis.station'));
    frame.yTitle.text(t('axis.vehicles'));
    drawLegend(frame.legend, [
      { key: 'busy', label: t('chart.plugsBusy'), colour: CHART_COLOURS.plugsBusy },
      { key: 'queue', label: t('chart.queueing'), colour: CHART_COLOURS.queueing },
      { key: 'plugs', label: t('chart.plugs'), colour: CHART_COLOURS.text, shape: 'line' },
    ], frame.legendWidth);
  }

  function stationsOf(d: ChargerQueueData): Station[] {
    return Array.from(d.busy, (busy, i) => ({
      name: options.stations?.[i] ?? `C${i + 1}`,
      busy,
      queue: finite(d.queue[i]),
      plugs: options.plugs !== undefined && Number.isFinite(options.plugs[i]) ? options.plugs[i] : null,
    }));
  }

  labels();
  return {
    update(chargers) {
      const stations = stationsOf(chargers);
      x.domain(stations.map((s) => s.name));
      for (const s of stations) top = Math.max(top, s.busy + s.queue, finite(s.plugs));
      y.domain([0, top]);
      frame.drawAxis('x', axisBottom(x).tickSizeOuter(0), x.domain().join('|'));
      frame.drawAxis('y', axisLeft(y).ticks(Math.min(top, 5), 'd').tickSize(-width), `${top}`);
      const bw = x.bandwidth();
      const g = plot
        .selectAll<SVGGElement, Station>('g.station')
        .data(stations, (s) => s.name)
        .join((enter) => {
          const s = enter.append('g').attr('class', 'station');
          s.append('rect').attr('class', 'busy').attr('fill', CHART_COLOURS.plugsBusy);
          s.append('rect').attr('class', 'queue').attr('fill', CHART_COLOURS.queueing);
          s.append('line').attr('class', 'plugs').attr('stroke', CHART_COLOURS.text).attr('stroke-width', 2);
          return s;
        })
        .attr('transform', (s) => `translate(${finite(x(s.name))},0)`);
      g.select('rect.busy').attr('width', bw).attr('y', (s) => y(s.busy)).attr('height', (s) => height - y(s.busy));
      g.select('rect.queue').attr('width', bw).attr('y', (s) => y(s.busy + s.queue)).attr('height', (s) => y(s.busy) - y(s.busy + s.queue));
      g.select('line.plugs')
        .attr('x1', -bw * 0.08)
        .attr('x2', bw * 1.08)
        .attr('y1', (s) => y(finite(s.plugs)))
        .attr('y2', (s) => y(finite(s.plugs)))
        .attr('display', (s) => (s.plugs === null ? 'none' : null));
    },
    relabel(next) {
      t = next;
      labels();
    },
    dispose: frame.dispose,
  };
}
