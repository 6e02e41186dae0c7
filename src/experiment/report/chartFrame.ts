import { schemeTableau10, type ScaleBand, type ScaleLinear } from 'd3';
import { tag, text, type Attrs } from './svg';

/** Every chart of the report: plain SVG markup and what it shows. */
export interface ReportChart {
  id: string;
  title: string;
  svg: string;
}

export const WIDTH = 720;
export const margin = { top: 16, right: 200, bottom: 44, left: 64 };

/** Series colours, in series order. */
export const colour = (k: number): string => schemeTableau10[k % schemeTableau10.length];

/** The outer <svg>: sized by viewBox so the page can scale it. */
export function svgRoot(title: string, height: number, ...children: string[]): string {
  return svgRootSized(title, WIDTH, height, ...children);
}

/** The outer <svg> of a chart wider than the others (the run report's berth plan). */
export function svgRootSized(title: string, width: number, height: number, ...children: string[]): string {
  return tag('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title }, tag('title', {}, text(title)), ...children);
}

/** A horizontal axis of numbers at the bottom, with its label. */
export function bottomAxis(x: ScaleLinear<number, number>, ticks: readonly number[], format: (v: number) => string, y0: number, label: string): string {
  const [left, right] = x.range();
  return tag(
    'g',
    { class: 'axis x' },
    tag('line', { x1: left, x2: right, y1: y0, y2: y0, stroke: '#888' }),
    ...ticks.map((t) => tag('g', { transform: `translate(${x(t)},${y0})` }, tag('line', { y2: 5, stroke: '#888' }), tag('text', { y: 18, 'text-anchor': 'middle' }, text(format(t))))),
    tag('text', { x: (left + right) / 2, y: y0 + 36, 'text-anchor': 'middle', class: 'label' }, text(label)),
  );
}

/** A vertical axis of numbers on the left with grid lines across the plot, and its label. */
export function leftAxis(y: ScaleLinear<number, number>, format: (v: number) => string, x0: number, x1: number, label: string): string {
  const [bottom, top] = y.range();
  return tag(
    'g',
    { class: 'axis y' },
    ...y.ticks(6).map((t) => tag('g', { transform: `translate(0,${y(t)})` }, tag('line', { x1: x0, x2: x1, stroke: '#e4e4e4' }), tag('text', { x: x0 - 6, dy: '0.32em', 'text-anchor': 'end' }, text(format(t))))),
    tag('text', { transform: `translate(${x0 - 48},${(bottom + top) / 2}) rotate(-90)`, 'text-anchor': 'middle', class: 'label' }, text(label)),
  );
}

/** Category names down the left of a horizontal chart. */
export function bandAxis(y: ScaleBand<string>, x0: number): string {
  return tag('g', { class: 'axis band' }, ...y.domain().map((d) => tag('text', { x: x0 - 6, y: y(d)! + y.bandwidth() / 2, dy: '0.32em', 'text-anchor': 'end' }, text(d))));
}

/** A legend to the right of the plot: a swatch (or a thin line, or a dashed one) and a name per entry. */
export function legend(entries: readonly { name: string; colour: string; dashed?: boolean; thin?: boolean }[], x0: number, y0: number): string {
  return tag(
    'g',
    { class: 'legend', transform: `translate(${x0},${y0})` },
    ...entries.map((e, k) => {
      const swatch: Attrs = { x1: 0, x2: 18, y1: 0, y2: 0, stroke: e.colour, 'stroke-width': e.dashed || e.thin ? 2 : 8, 'stroke-dasharray': e.dashed ? '5 3' : undefined };
      return tag('g', { transform: `translate(0,${k * 18})` }, tag('line', swatch), tag('text', { x: 24, dy: '0.32em' }, text(e.name)));
    }),
  );
}
