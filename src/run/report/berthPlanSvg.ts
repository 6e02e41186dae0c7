import type { BerthPlan } from '../../kpi/berthPlan';
import { bottomAxis, leftAxis, legend, svgRootSized, type ReportChart } from '../../experiment/report/chartFrame';
import { tag, text } from '../../experiment/report/svg';
import type { Translate } from '../../ui/i18n';
import { berthPlanLayout, CALL_LABEL_PX, OPEN_FADE_ID, OPEN_FADE_STOPS, type CallMark, type WaitingMark } from '../../ui/charts/berthPlanLayout';

const MUTED = '#666';
const BAND = '#f1f4f8';

export interface BerthPlanSvgOptions {
  t: Translate;
  /** the end of the run: calls still alongside or waiting are drawn to it */
  nowS: number;
  warmUpS?: number;
  width?: number;
  height?: number;
}

/**
 * The berth plan chart as an SVG string (the run report's; the dashboard draws the same layout with
 * d3 on the DOM). The legend sits right of the plot, the berth ids just right of the quay.
 */
export function berthPlanSvg(plan: BerthPlan, options: BerthPlanSvgOptions): ReportChart {
  const { width = 1000, height = 360 } = options;
  const m = { top: 20, right: 190, bottom: 44, left: 64 };
  const size = { width: width - m.left - m.right, height: height - m.top - m.bottom };
  const l = berthPlanLayout(plan, size, options);
  const warmUp =
    l.warmUpWidth > 0
      ? tag('g', { class: 'warm-up' }, tag('rect', { x: 0, y: 0, width: l.warmUpWidth, height: size.height, fill: '#000', 'fill-opacity': 0.05 }), tag('text', { x: 4, y: size.height - 5, fill: MUTED, 'font-size': 10 }, text(l.text.warmUp)))
      : '';
  const berths = l.berths.map((b, k) =>
    tag(
      'g',
      { class: 'berth', 'data-berth': b.id },
      tag('rect', { class: 'band', x: 0, y: b.y, width: b.width, height: b.height, fill: k % 2 === 0 ? BAND : 'none', stroke: '#dde2e8' }),
      tag('text', { x: size.width + 4, y: b.y + b.height / 2, dy: '0.32em', fill: MUTED }, text(b.id)),
    ),
  );
  const lane = tag(
    'g',
    { class: 'lane' },
    tag('rect', { x: 0, y: l.lane.y, width: size.width, height: l.lane.height, fill: BAND }),
    tag('text', { x: -6, y: l.lane.y + l.lane.height / 2, dy: '0.32em', 'text-anchor': 'end', fill: MUTED }, text(l.text.lane)),
  );
  const now = tag(
    'g',
    { class: 'now' },
    tag('line', { x1: l.nowX, x2: l.nowX, y1: 0, y2: size.height, stroke: MUTED, 'stroke-dasharray': '2 3' }),
    tag('text', { x: l.nowX - 2, y: -3, 'text-anchor': 'end', 'font-size': 9, fill: MUTED }, text(l.text.now)),
  );
  const plot = tag(
    'g',
    { class: 'plot', transform: `translate(${m.left},${m.top})` },
    ...berths,
    warmUp,
    lane,
    leftAxis(l.y, String, 0, size.width, l.text.yTitle),
    bottomAxis(l.x, l.xTicks, l.formatX, size.height, l.text.xTitle),
    tag('g', { class: 'calls' }, ...l.calls.map(callMarks)),
    tag('g', { class: 'waiting' }, ...l.waiting.map(waitingMarks)),
    now,
  );
  const key = legend(
    l.legend.map((e) => ({ name: e.label, colour: e.colour, dashed: e.shape === 'dashed', thin: e.shape === 'line' })),
    width - m.right + 40,
    m.top + 8,
  );
  return { id: 'berth-plan', title: l.text.title, svg: svgRootSized(l.text.title, width, height, openFade(), plot, key) };
}

function callMarks(c: CallMark): string {
  return tag(
    'g',
    { class: 'call', 'data-call': c.id, 'data-open': String(c.open), 'data-cranes': c.craneCount },
    tag('title', {}, text(c.tooltip)),
    c.window === null ? '' : tag('rect', { class: 'window', ...c.window, fill: 'none', stroke: c.colour, 'stroke-dasharray': '4 3' }),
    c.wait === null ? '' : tag('line', { class: 'wait', x1: c.wait.x1, x2: c.wait.x2, y1: c.wait.y, y2: c.wait.y, stroke: c.colour, 'stroke-width': 2 }),
    tag('rect', { class: 'body', x: c.x, y: c.y, width: c.width, height: c.height, fill: c.colour, 'fill-opacity': 0.35, mask: fade(c) }),
    tag('path', { class: 'outline', d: c.outline, fill: 'none', stroke: c.colour, 'stroke-width': 1.5, mask: fade(c) }),
    c.cranes === '' ? '' : tag('path', { class: 'cranes', d: c.cranes, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.2 }),
    c.label === '' ? '' : tag('text', { class: 'call-label', x: c.x + 3, y: c.y + CALL_LABEL_PX, 'font-size': CALL_LABEL_PX }, text(c.label)),
  );
}

const fade = (c: CallMark) => (c.open ? `url(#${OPEN_FADE_ID})` : undefined);

function openFade(): string {
  const stops = OPEN_FADE_STOPS.map((s) => tag('stop', { offset: s.offset, 'stop-color': 'white', 'stop-opacity': s.opacity }));
  return tag(
    'defs',
    {},
    tag('linearGradient', { id: `${OPEN_FADE_ID}-gradient` }, ...stops),
    tag('mask', { id: OPEN_FADE_ID, maskContentUnits: 'objectBoundingBox' }, tag('rect', { width: 1, height: 1, fill: `url(#${OPEN_FADE_ID}-gradient)` })),
  );
}

function waitingMarks(c: WaitingMark): string {
  return tag(
    'g',
    { class: 'waiting-call', 'data-call': c.id },
    tag('title', {}, text(c.tooltip)),
    c.window === null ? '' : tag('rect', { class: 'window', ...c.window, fill: 'none', stroke: c.colour, 'stroke-dasharray': '4 3' }),
    tag('line', { class: 'wait', x1: c.x1, x2: c.x2, y1: c.y, y2: c.y, stroke: c.colour, 'stroke-width': 3 }),
  );
}
