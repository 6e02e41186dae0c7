import { axisBottom, axisLeft, format, type Selection } from 'd3';
import type { BerthPlan } from '../../kpi/berthPlan';
import type { Translate } from '../i18n';
import { berthPlanLayout, CALL_LABEL_PX, OPEN_FADE_ID, OPEN_FADE_STOPS, type BerthPlanLayout, type CallMark, type WaitingMark } from './berthPlanLayout';
import { createChartFrame, type Margin } from './chartFrame';
import { drawLegend } from './legend';
import { CHART_COLOURS } from './palette';

export interface BerthPlanChart {
  /** `nowS`: the simulated time the plan was read at (calls still alongside or waiting are drawn to it) */
  update(plan: BerthPlan, nowS?: number): void;
  relabel(t: Translate): void;
  dispose(): void;
}

// the right margin holds the berth ids
const MARGIN: Margin = { top: 58, right: 30, bottom: 40, left: 52 };
const BAND_FILL = 'rgba(232, 238, 244, 0.05)';
// ids are per document: each chart its own mask
let charts = 0;

/**
 * The berth plan as it happens (time × quay position, see berthPlanLayout.ts): one box per call
 * alongside, joined by call id so a call keeps its nodes while its box grows.
 */
export function createBerthPlanChart(container: HTMLElement, options: { t: Translate }): BerthPlanChart {
  let t = options.t;
  const frame = createChartFrame(container, 'berth-plan', MARGIN);
  const { plot, width, height } = frame;
  const fadeId = `${OPEN_FADE_ID}-${++charts}`;
  const defs = frame.svg.insert('defs', ':first-child');
  defs.append('linearGradient').attr('id', `${fadeId}-gradient`).selectAll('stop').data(OPEN_FADE_STOPS).join('stop').attr('offset', (s) => s.offset).attr('stop-color', 'white').attr('stop-opacity', (s) => s.opacity);
  defs.append('mask').attr('id', fadeId).attr('maskContentUnits', 'objectBoundingBox').append('rect').attr('width', 1).attr('height', 1).attr('fill', `url(#${fadeId}-gradient)`);
  const warmUp = plot.append('rect').attr('class', 'warm-up').attr('y', 0).attr('height', height).attr('fill', BAND_FILL);
  const berths = plot.append('g').attr('class', 'berths');
  const lane = plot.append('rect').attr('class', 'lane').attr('x', 0).attr('width', width).attr('fill', BAND_FILL);
  const laneLabel = plot.append('text').attr('class', 'lane-label').attr('x', -6).attr('dy', '0.32em').attr('text-anchor', 'end').attr('fill', CHART_COLOURS.muted);
  const calls = plot.append('g').attr('class', 'calls');
  const waiting = plot.append('g').attr('class', 'waiting');
  const now = plot.append('g').attr('class', 'now');
  const nowLine = now.append('line').attr('y1', 0).attr('y2', height).attr('stroke', CHART_COLOURS.muted).attr('stroke-dasharray', '2 3');
  const nowLabel = now.append('text').attr('y', -3).attr('text-anchor', 'end').attr('font-size', 9).attr('fill', CHART_COLOURS.muted);
  let plan: BerthPlan = { quayLengthM: 1, berths: [], calls: [], craneSpans: [] };
  let nowS: number | undefined;

  function draw(): void {
    const l = berthPlanLayout(plan, { width, height }, { t, nowS });
    frame.title.text(l.text.title);
    frame.xTitle.text(l.text.xTitle);
    frame.yTitle.text(l.text.yTitle).attr('transform', `translate(12,${MARGIN.top + (l.lane.height + height) / 2}) rotate(-90)`);
    drawLegend(frame.legend, l.legend, frame.legendWidth);
    frame.drawAxis('x', axisBottom(l.x).tickValues(l.xTicks).tickFormat((v) => l.formatX(v as number)), `${l.x.domain()}`);
    frame.drawAxis('y', axisLeft(l.y).tickValues(l.yTicks).tickFormat(format('~g')).tickSize(-width), `${l.y.domain()}:${l.y.range()}`);
    warmUp.attr('width', l.warmUpWidth);
    lane.attr('y', l.lane.y).attr('height', l.lane.height);
    laneLabel.attr('y', l.lane.y + l.lane.height / 2).text(l.text.lane);
    nowLine.attr('x1', l.nowX).attr('x2', l.nowX);
    nowLabel.attr('x', l.nowX - 2).text(l.text.now);
    drawBerths(l);
    drawCalls(l.calls);
    drawWaiting(l.waiting);
  }

  function drawBerths(l: BerthPlanLayout): void {
    berths
      .selectAll<SVGGElement, BerthPlanLayout['berths'][number]>('g.berth')
      .data(l.berths, (b) => b.id)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'berth');
        g.append('rect').attr('class', 'band').attr('x', 0).attr('width', width).attr('stroke', CHART_COLOURS.grid);
        g.append('text').attr('class', 'berth-id').attr('x', width + 4).attr('dy', '0.32em').attr('fill', CHART_COLOURS.muted);
        return g;
      })
      .call((g) => g.select('rect').attr('y', (b) => b.y).attr('height', (b) => b.height).attr('fill', (_, k) => (k % 2 === 0 ? BAND_FILL : 'none')))
      .call((g) => g.select('text').attr('y', (b) => b.y + b.height / 2).text((b) => b.id));
  }

  function drawCalls(marks: CallMark[]): void {
    // a call's marks share its <g>, so its tooltip shows over its window and waiting line too
    const g = calls
      .selectAll<SVGGElement, CallMark>('g.call')
      .data(marks, (c) => c.id)
      .join((enter) => {
        const call = enter.append('g').attr('class', 'call');
        call.append('title');
        call.append('rect').attr('class', 'window').attr('fill', 'none').attr('stroke-dasharray', '4 3');
        call.append('line').attr('class', 'wait').attr('stroke-width', 2);
        call.append('rect').attr('class', 'body').attr('fill-opacity', 0.35);
        call.append('path').attr('class', 'outline').attr('fill', 'none').attr('stroke-width', 1.5);
        call.append('path').attr('class', 'cranes').attr('fill', 'none').attr('stroke', 'currentColor').attr('stroke-width', 1.2);
        call.append('text').attr('class', 'call-label').attr('font-size', CALL_LABEL_PX).attr('fill', 'currentColor');
        return call;
      })
      .attr('data-call', (c) => c.id)
      .attr('data-open', (c) => String(c.open))
      .attr('data-cranes', (c) => c.craneCount);
    g.select('title').text((c) => c.tooltip);
    drawWindow(g);
    g.select('line.wait')
      .attr('display', (c) => (c.wait === null ? 'none' : null))
      .attr('x1', (c) => c.wait?.x1 ?? 0)
      .attr('x2', (c) => c.wait?.x2 ?? 0)
      .attr('y1', (c) => c.wait?.y ?? 0)
      .attr('y2', (c) => c.wait?.y ?? 0)
      .attr('stroke', (c) => c.colour);
    const fade = (c: CallMark) => (c.open ? `url(#${fadeId})` : null);
    g.select('rect.body').attr('x', (c) => c.x).attr('y', (c) => c.y).attr('width', (c) => c.width).attr('height', (c) => c.height).attr('fill', (c) => c.colour).attr('mask', fade);
    g.select('path.outline').attr('d', (c) => c.outline).attr('stroke', (c) => c.colour).attr('mask', fade);
    g.select('path.cranes').attr('d', (c) => c.cranes);
    g.select('text.call-label').attr('x', (c) => c.x + 3).attr('y', (c) => c.y + CALL_LABEL_PX).text((c) => c.label);
  }

  function drawWaiting(marks: WaitingMark[]): void {
    const g = waiting
      .selectAll<SVGGElement, WaitingMark>('g.waiting-call')
      .data(marks, (c) => c.id)
      .join((enter) => {
        const call = enter.append('g').attr('class', 'waiting-call');
        call.append('title');
        call.append('rect').attr('class', 'window').attr('fill', 'none').attr('stroke-dasharray', '4 3');
        call.append('line').attr('class', 'wait').attr('stroke-width', 3);
        return call;
      })
      .attr('data-call', (c) => c.id);
    g.select('title').text((c) => c.tooltip);
    g.select('line').attr('x1', (c) => c.x1).attr('x2', (c) => c.x2).attr('y1', (c) => c.y).attr('y2', (c) => c.y).attr('stroke', (c) => c.colour);
    drawWindow(g);
  }

  /** A call's berth window: a dashed outline where it has one. */
  function drawWindow<M extends CallMark | WaitingMark>(g: Selection<SVGGElement, M, SVGGElement, unknown>): void {
    g.select<SVGRectElement>('rect.window')
      .attr('display', (c) => (c.window === null ? 'none' : null))
      .attr('x', (c) => c.window?.x ?? 0)
      .attr('y', (c) => c.window?.y ?? 0)
      .attr('width', (c) => c.window?.width ?? 0)
      .attr('height', (c) => c.window?.height ?? 0)
      .attr('stroke', (c) => c.colour);
  }

  draw();
  return {
    update(next, at) {
      plan = next;
      nowS = at;
      draw();
    },
    relabel(next) {
      t = next;
      frame.invalidateAxes();
      draw();
    },
    dispose: frame.dispose,
  };
}
