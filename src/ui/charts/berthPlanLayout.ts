import { format, range, scaleLinear, schemeTableau10, tickStep, type ScaleLinear } from 'd3';
import type { BerthPlan, BerthPlanCall, CraneSpan } from '../../kpi/berthPlan';
import { fillLabel, type Translate } from '../i18n';
import { labelWidth, type LegendItem } from './legend';

/**
 * The berth plan chart's geometry, with no DOM: x = time from t = 0, y = quay position with the west
 * end (0 m) at the bottom, and a lane above the quay for calls still waiting for a berth. The
 * dashboard (berthPlanChart.ts, d3 on the DOM) and the run report (SVG strings, in Node) draw the
 * same marks from it, so it must not import the palette (which pulls in three).
 */

/** Colours by liner service, in the order services first appear; readable on the dark dashboard and the white report alike. */
export const SERVICE_COLOURS: readonly string[] = schemeTableau10;
/** calls with no service, and the legend's neutral marks */
export const NO_SERVICE_COLOUR = '#94a3b8';
/**
 * A call still alongside fades out towards now (its end is not known yet): a mask by id, the same
 * shapes for the DOM and the string renderer; bounding-box units, so one mask fits every box.
 */
export const OPEN_FADE_ID = 'berth-plan-open-fade';
export const OPEN_FADE_STOPS = [
  { offset: 0, opacity: 1 },
  { offset: 0.75, opacity: 1 },
  { offset: 1, opacity: 0 },
] as const;

const HOUR_S = 3600;
const DAY_S = 86400;
/** waiting calls share this many rows of the lane (more wrap round): the lane keeps one height */
export const LANE_ROWS = 4;
const LANE_GAP = 6;
const MAX_LEGEND_SERVICES = 4;
/** call labels are drawn at this size; legend.ts's widths are for 11 px */
export const CALL_LABEL_PX = 10;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A call that has berthed: its stay as a box from berthing to departure (or to now, open on the right). */
export interface CallMark extends Box {
  id: string;
  colour: string;
  /** still alongside: drawn to now, with no right edge, fading out (OPEN_FADE_ID) */
  open: boolean;
  /** the outline: closed, or open on the right while the call is still alongside */
  outline: string;
  /** a step line of how many quay cranes worked it, in the lower part of the box */
  cranes: string;
  /** distinct quay cranes that worked it */
  craneCount: number;
  /** `V012 · 3 QC`, or the id alone, or '' when neither fits the box */
  label: string;
  window: Box | null;
  /** arrival to berthing, left of the box at its middle; null when it berthed on arrival */
  wait: { x1: number; x2: number; y: number } | null;
  tooltip: string;
}

/** A call still waiting for a berth: a line in the lane from its arrival to now. */
export interface WaitingMark {
  id: string;
  colour: string;
  x1: number;
  x2: number;
  y: number;
  window: Box | null;
  tooltip: string;
}

export interface BerthPlanLayout {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: number[];
  /** a tick (seconds) as hours or days, as the x title says */
  formatX: (s: number) => string;
  yTicks: number[];
  lane: { y: number; height: number };
  berths: (Box & { id: string })[];
  calls: CallMark[];
  waiting: WaitingMark[];
  nowX: number;
  /** px from the left covered by the warm-up (0: none given) */
  warmUpWidth: number;
  legend: LegendItem[];
  text: { title: string; xTitle: string; yTitle: string; lane: string; now: string; warmUp: string };
}

export interface BerthPlanLayoutOptions {
  t: Translate;
  /** the simulated time the plan is read at; default the latest time in it */
  nowS?: number;
  warmUpS?: number;
}

/** Lays out the plan in a plot of `size` px (margins excluded). */
export function berthPlanLayout(plan: BerthPlan, size: { width: number; height: number }, options: BerthPlanLayoutOptions): BerthPlanLayout {
  const { t } = options;
  const { width, height } = size;
  const nowS = Math.max(options.nowS ?? 0, latestS(plan), HOUR_S);
  // windows may reach past now: the planner wants to see the agreed end
  const endS = Math.max(nowS, ...plan.calls.map((c) => c.windowEndS ?? 0));
  const unitS = endS > 2 * DAY_S ? DAY_S : HOUR_S;
  const x = scaleLinear().domain([0, endS]).range([0, width]);
  const laneHeight = Math.round(Math.min(40, Math.max(14, height * 0.16)));
  const topM = Math.max(1, plan.quayLengthM, ...plan.berths.map((b) => b.toM), ...plan.calls.map((c) => Math.max(c.fromM ?? 0, c.toM ?? 0)));
  const y = scaleLinear().domain([0, topM]).range([height, laneHeight + LANE_GAP]);

  const services = [...new Set(plan.calls.flatMap((c) => (c.service === null ? [] : [c.service])))];
  const colourOf = (c: BerthPlanCall) => (c.service === null ? NO_SERVICE_COLOUR : SERVICE_COLOURS[services.indexOf(c.service) % SERVICE_COLOURS.length]);
  const spansOf = new Map<string, CraneSpan[]>();
  for (const s of plan.craneSpans) (spansOf.get(s.call) ?? spansOf.set(s.call, []).get(s.call)!).push(s);

  const berthed = plan.calls.filter((c) => c.berthS !== null && c.fromM !== null && c.toM !== null);
  const stepsOf = new Map(berthed.map((c) => [c.id, craneSteps(spansOf.get(c.id) ?? [], c.berthS!, c.departS ?? nowS)]));
  // one scale of cranes for every box, so a taller step is more cranes anywhere in the chart
  const maxCranes = Math.max(1, ...[...stepsOf.values()].flatMap((steps) => steps.map((s) => s.cranes)));
  const tip = tooltipOf(t, nowS);

  const calls = berthed.map((c): CallMark => {
    const x0 = x(c.berthS!);
    const x1 = Math.max(x0 + 1, x(c.departS ?? nowS));
    const top = y(Math.max(c.fromM!, c.toM!));
    const bottom = y(Math.min(c.fromM!, c.toM!));
    const h = bottom - top;
    const open = c.departS === null;
    const spans = spansOf.get(c.id) ?? [];
    const craneCount = new Set(spans.map((s) => s.crane)).size;
    const stepTop = top + Math.min(13, h * 0.45);
    const stepBottom = bottom - Math.min(2, h / 4);
    const yCranes = (n: number) => stepBottom - (n * (stepBottom - stepTop)) / maxCranes;
    return {
      id: c.id,
      colour: colourOf(c),
      open,
      x: x0,
      y: top,
      width: x1 - x0,
      height: h,
      outline: open ? `M${r(x1)},${r(top)}H${r(x0)}V${r(bottom)}H${r(x1)}` : `M${r(x0)},${r(top)}H${r(x1)}V${r(bottom)}H${r(x0)}Z`,
      cranes: stepPath(stepsOf.get(c.id)!, c.departS ?? nowS, x, yCranes),
      craneCount,
      label: fitLabel([fillLabel(t('berthPlan.callLabel'), { id: c.id, n: craneCount }), c.id], x1 - x0, h),
      window: windowBox(c, x, top, h),
      wait: c.arrivalS < c.berthS! ? { x1: x(c.arrivalS), x2: x0, y: top + h / 2 } : null,
      tooltip: tip(c, spans),
    };
  });

  const rowHeight = laneHeight / LANE_ROWS;
  const waiting = plan.calls
    .filter((c) => !stepsOf.has(c.id))
    .map((c, k): WaitingMark => {
      const row = k % LANE_ROWS;
      return { id: c.id, colour: colourOf(c), x1: x(c.arrivalS), x2: x(nowS), y: (row + 0.5) * rowHeight, window: windowBox(c, x, row * rowHeight, rowHeight), tooltip: tip(c, []) };
    });

  const legend: LegendItem[] = services.slice(0, MAX_LEGEND_SERVICES).map((s, k) => ({ key: `service:${s}`, label: s, colour: SERVICE_COLOURS[k % SERVICE_COLOURS.length] }));
  if (services.length > MAX_LEGEND_SERVICES) legend.push({ key: 'more', label: fillLabel(t('berthPlan.moreServices'), { n: services.length - MAX_LEGEND_SERVICES }), colour: 'none' });
  if (plan.calls.some((c) => c.service === null)) legend.push({ key: 'no-service', label: t('berthPlan.noService'), colour: NO_SERVICE_COLOUR });
  if (plan.calls.some((c) => c.windowStartS !== null && c.windowEndS !== null)) legend.push({ key: 'window', label: t('berthPlan.window'), colour: NO_SERVICE_COLOUR, shape: 'dashed' });
  legend.push({ key: 'waiting', label: t('berthPlan.waiting'), colour: NO_SERVICE_COLOUR, shape: 'line' });
  // the step lines are drawn in the text colour of either page
  if (plan.craneSpans.length > 0) legend.push({ key: 'cranes', label: t('berthPlan.cranes'), colour: 'currentColor', shape: 'line' });

  const tickFormat = format('~g');
  return {
    x,
    y,
    xTicks: timeTicks(endS, unitS, Math.max(2, Math.floor(width / 60))),
    formatX: (s) => tickFormat(s / unitS),
    yTicks: y.ticks(height < 200 ? 4 : 6),
    lane: { y: 0, height: laneHeight },
    berths: plan.berths.map((b) => ({ id: b.id, x: 0, y: y(b.toM), width, height: y(b.fromM) - y(b.toM) })),
    calls,
    waiting,
    nowX: x(nowS),
    warmUpWidth: options.warmUpS === undefined ? 0 : x(Math.min(options.warmUpS, endS)),
    legend,
    text: {
      title: t('berthPlan.title'),
      xTitle: t(unitS === DAY_S ? 'berthPlan.timeDays' : 'axis.time'),
      yTitle: t('berthPlan.quay'),
      lane: t('berthPlan.lane'),
      now: t('berthPlan.now'),
      warmUp: t('clock.warmUp'),
    },
  };
}

/** Ticks at whole days, or at hours a planner counts in (every 1, 2, 3, 4, 6, 12 or 24 h): no 0.2 d or 5 h steps. */
function timeTicks(endS: number, unitS: number, count: number): number[] {
  const span = endS / unitS;
  const step = unitS === DAY_S ? Math.max(1, tickStep(0, span, count)) : ([1, 2, 3, 4, 6, 12, 24].find((h) => span / h <= count) ?? 24);
  return range(0, span + 1e-9, step).map((v) => v * unitS);
}

/** The latest time the plan knows of: what "now" is at least. */
function latestS(plan: BerthPlan): number {
  const times = plan.calls.flatMap((c) => [c.arrivalS, c.berthS ?? 0, c.departS ?? 0]);
  for (const s of plan.craneSpans) times.push(s.fromS, s.toS ?? 0);
  return Math.max(0, ...times);
}

/** How many of a call's cranes work it from each breakpoint on, over [fromS, toS). */
export function craneSteps(spans: readonly CraneSpan[], fromS: number, toS: number): { s: number; cranes: number }[] {
  const times = [...new Set([fromS, ...spans.flatMap((p) => [p.fromS, p.toS ?? toS])])].filter((s) => s >= fromS && s < toS).sort((a, b) => a - b);
  const steps = times.map((s) => ({ s, cranes: spans.filter((p) => p.fromS <= s && (p.toS ?? Infinity) > s).length }));
  return steps.filter((step, k) => k === 0 || step.cranes !== steps[k - 1].cranes);
}

function stepPath(steps: readonly { s: number; cranes: number }[], toS: number, x: (s: number) => number, y: (n: number) => number): string {
  if (steps.length === 0) return '';
  const [first, ...rest] = steps;
  return `M${r(x(first.s))},${r(y(first.cranes))}${rest.map((p) => `H${r(x(p.s))}V${r(y(p.cranes))}`).join('')}H${r(x(toS))}`;
}

function windowBox(c: BerthPlanCall, x: (s: number) => number, y: number, height: number): Box | null {
  if (c.windowStartS === null || c.windowEndS === null) return null;
  return { x: x(c.windowStartS), y, width: Math.max(1, x(c.windowEndS) - x(c.windowStartS)), height };
}

/** The first label that fits the box (text widths estimated, as the legend does), else none. */
function fitLabel(candidates: string[], width: number, height: number): string {
  if (height < 12) return '';
  return candidates.find((s) => (labelWidth(s) * CALL_LABEL_PX) / 11 + 6 <= width) ?? '';
}

const r = (v: number) => String(Math.round(v * 100) / 100);
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The tooltip of a call: id and service, its times, position, moves and cranes, its window. */
function tooltipOf(t: Translate, nowS: number) {
  const hours = (s: number) => (s / HOUR_S).toFixed(1);
  const when = (s: number) => {
    const minutes = Math.floor((s % DAY_S) / 60);
    return `${fillLabel(t('clock.dayN'), { n: Math.floor(s / DAY_S) + 1 })} ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)} (${hours(s)} ${t('unit.h')})`;
  };
  return (c: BerthPlanCall, spans: readonly CraneSpan[]): string => {
    const times = [fillLabel(t('berthPlan.tipArrived'), { time: when(c.arrivalS) })];
    if (c.berthS === null) times.push(fillLabel(t('berthPlan.tipWaiting'), { h: hours(nowS - c.arrivalS) }));
    else times.push(fillLabel(t('berthPlan.tipBerthed'), { time: when(c.berthS) }), c.departS === null ? t('berthPlan.tipAlongside') : fillLabel(t('berthPlan.tipDeparted'), { time: when(c.departS) }));
    const cranes = [...new Set(spans.map((s) => s.crane))];
    return [
      `${c.id} · ${c.service === null ? t('berthPlan.noService') : fillLabel(t('berthPlan.tipService'), { service: c.service })}`,
      times.join(' · '),
      c.fromM === null || c.toM === null ? '' : fillLabel(t('berthPlan.tipPosition'), { from: Math.round(c.fromM), to: Math.round(c.toM) }),
      fillLabel(t('berthPlan.tipMoves'), { done: c.moves - c.movesLeft, left: c.movesLeft }),
      cranes.length === 0 ? '' : fillLabel(t('berthPlan.tipCranes'), { cranes: cranes.join(', ') }),
      c.windowStartS === null || c.windowEndS === null ? '' : fillLabel(t('berthPlan.tipWindow'), { from: when(c.windowStartS), to: when(c.windowEndS) }),
    ]
      .filter((line) => line !== '')
      .join('\n');
  };
}
