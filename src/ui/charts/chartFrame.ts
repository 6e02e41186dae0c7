import { select, type Axis, type AxisDomain, type Selection } from 'd3';
import { CHART_COLOURS } from './palette';

export type G = Selection<SVGGElement, unknown, null, undefined>;
export type Text = Selection<SVGTextElement, unknown, null, undefined>;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The parts every chart shares: an SVG sized from its container, a plot area, two axes, titles and a legend row. */
export interface ChartFrame {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  /** translated by the margins; (0, 0) is the plot's top left */
  plot: G;
  xAxis: G;
  yAxis: G;
  legend: G;
  title: Text;
  xTitle: Text;
  yTitle: Text;
  /** plot area, px in viewBox units */
  width: number;
  /** room for the legend: the plot's width plus the right margin */
  legendWidth: number;
  height: number;
  /** draws an axis only when its scale's domain or range changed: redrawing ticks is the costly part of an update */
  drawAxis<D extends AxisDomain>(which: 'x' | 'y', axis: Axis<D>, key: string): void;
  /** forces the next drawAxis calls to redraw (after a language switch changes tick labels) */
  invalidateAxes(): void;
  dispose(): void;
}

const DEFAULT_SIZE = { width: 480, height: 260 };
/** below this a container's own height is too small for the margins and a plot */
const MIN_HEIGHT = 160;
// the top holds the title and up to two legend rows
const DEFAULT_MARGIN: Margin = { top: 58, right: 16, bottom: 40, left: 52 };

export function createChartFrame(container: HTMLElement, className: string, margin: Partial<Margin> = {}): ChartFrame {
  const m = { ...DEFAULT_MARGIN, ...margin };
  // jsdom and hidden containers report 0: fall back to a default aspect; width: 100% scales it anyway
  const outerW = container.clientWidth || DEFAULT_SIZE.width;
  // a container without a height of its own (a panel's column) gets the default aspect
  const outerH = container.clientHeight >= MIN_HEIGHT ? container.clientHeight : Math.round((outerW * DEFAULT_SIZE.height) / DEFAULT_SIZE.width);
  const width = Math.max(10, outerW - m.left - m.right);
  const height = Math.max(10, outerH - m.top - m.bottom);

  const svg = select(container)
    .append('svg')
    .attr('class', `zg-chart ${className}`)
    .attr('viewBox', `0 0 ${outerW} ${outerH}`)
    .attr('preserveAspectRatio', 'xMidYMid meet')
    .style('width', '100%')
    .style('height', 'auto')
    .style('display', 'block')
    .style('color', CHART_COLOURS.text)
    .attr('font-family', 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif')
    .attr('font-size', 11);

  const title = svg.append('text').attr('class', 'chart-title').attr('x', m.left).attr('y', 15).attr('font-size', 13).attr('font-weight', 600).attr('fill', 'currentColor');
  const legend = svg.append('g').attr('class', 'legend').attr('transform', `translate(${m.left},30)`);
  const plot = svg.append('g').attr('class', 'plot').attr('transform', `translate(${m.left},${m.top})`);
  const xAxis = svg.append('g').attr('class', 'x-axis').attr('transform', `translate(${m.left},${m.top + height})`);
  const yAxis = svg.append('g').attr('class', 'y-axis').attr('transform', `translate(${m.left},${m.top})`);
  const xTitle = svg
    .append('text')
    .attr('class', 'x-title')
    .attr('x', m.left + width / 2)
    .attr('y', outerH - 6)
    .attr('text-anchor', 'middle')
    .attr('fill', CHART_COLOURS.muted);
  const yTitle = svg
    .append('text')
    .attr('class', 'y-title')
    .attr('transform', `translate(12,${m.top + height / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .attr('fill', CHART_COLOURS.muted);

  const drawn = { x: '', y: '' };
  return {
    svg,
    plot,
    xAxis,
    yAxis,
    legend,
    title,
    xTitle,
    yTitle,
    width,
    height,
    legendWidth: width + m.right,
    drawAxis(which, axis, key) {
      if (drawn[which] === key) return;
      drawn[which] = key;
      const g = which === 'x' ? xAxis : yAxis;
      g.call(axis);
      g.select('.domain').attr('stroke', CHART_COLOURS.muted);
      // y ticks run across the plot as grid lines (tickSize(-width)): keep them faint
      if (which === 'y') g.selectAll('.tick line').attr('stroke', CHART_COLOURS.grid);
    },
    invalidateAxes() {
      drawn.x = '';
      drawn.y = '';
    },
    dispose: () => svg.remove(),
  };
}

/** A number for an SVG attribute: never NaN or ±Infinity, which browsers reject and tests look for. */
export const finite = (v: number | null | undefined, fallback = 0): number => (v !== null && v !== undefined && Number.isFinite(v) ? v : fallback);

/** Largest finite value among several lists (0 when none). */
export function maxOf(...lists: ArrayLike<number | null | undefined>[]): number {
  let max = 0;
  for (const list of lists) for (let i = 0; i < list.length; i++) max = Math.max(max, finite(list[i]));
  return max;
}
