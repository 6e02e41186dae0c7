import { describe, expect, it } from 'vitest';
import type { BerthPlan, BerthPlanCall } from '../../kpi/berthPlan';
import { berthPlanLayout, craneSteps, NO_SERVICE_COLOUR, SERVICE_COLOURS, type CallMark } from './berthPlanLayout';
import { BERTH_PLAN_NOW_S, berthPlanFixture } from './berthPlanTesting';
import { tIn } from './chartTesting';

const h = (n: number) => n * 3600;
// 680 × 300 px: the x domain runs to CSX2-E01's window end at 34 h, 20 px an hour; the lane is 40 px
// high, the quay (800 m) runs from y = 300 (0 m, west end) up to y = 46
const SIZE = { width: 680, height: 300 };
const X_PER_H = 680 / 34;
const yOf = (m: number) => 300 - (m * (300 - 46)) / 800;

const layout = (plan = berthPlanFixture(), lang: 'en' | 'zh' = 'en', nowS: number | undefined = BERTH_PLAN_NOW_S) => berthPlanLayout(plan, SIZE, { t: tIn(lang), nowS });
const callOf = (l: ReturnType<typeof layout>, id: string): CallMark => l.calls.find((c) => c.id === id)!;

/** An outline or step path as its commands: [['M', 80, 228.6], ['H', 120], …]. */
const commands = (d: string) => (d.match(/[MHVZ][^MHVZ]*/g) ?? []).map((c): [string, ...number[]] => [c[0], ...(c.slice(1).match(/-?[\d.]+/g) ?? []).map(Number)]);

describe('berth plan layout', () => {
  it('puts each berthed call in a box from berthing to departure over its stretch of quay, west end at the bottom', () => {
    const l = layout();
    expect(l.calls.map((c) => c.id)).toEqual(['AEX1-W03', 'V012']);
    const a = callOf(l, 'AEX1-W03');
    expect(a.x).toBeCloseTo(4 * X_PER_H, 9);
    expect(a.width).toBeCloseTo(16 * X_PER_H, 9);
    expect(a.y).toBeCloseTo(yOf(350), 9);
    expect(a.height).toBeCloseTo(yOf(50) - yOf(350), 9);
    expect(a.open).toBe(false);
    expect(commands(a.outline).map((c) => c[0])).toEqual(['M', 'H', 'V', 'H', 'Z']);
    // the berths are bands behind, B1 below B2
    expect(l.berths.map((b) => [b.id, Math.round(b.y * 100) / 100, Math.round(b.height * 100) / 100])).toEqual([
      ['B1', yOf(400), yOf(0) - yOf(400)],
      ['B2', yOf(800), yOf(400) - yOf(800)],
    ]);
  });

  it('draws a call still alongside to now, open on the right', () => {
    const v = callOf(layout(), 'V012');
    expect(v.open).toBe(true);
    expect(v.x).toBeCloseTo(10 * X_PER_H, 9);
    expect(v.x + v.width).toBeCloseTo(24 * X_PER_H, 9);
    const outline = commands(v.outline);
    // starts at the top right and ends at the bottom right: no right edge, no Z
    expect(outline.map((c) => c[0])).toEqual(['M', 'H', 'V', 'H']);
    expect(outline[0][1]).toBeCloseTo(24 * X_PER_H, 2);
    expect(outline[3][1]).toBeCloseTo(24 * X_PER_H, 2);
    // with no time given, now is the latest time the plan knows (AEX1-W03's departure at 20 h)
    const atLatest = callOf(berthPlanLayout(berthPlanFixture(), SIZE, { t: tIn('en') }), 'V012');
    expect(atLatest.x + atLatest.width).toBeCloseTo(20 * X_PER_H, 9);
  });

  it('outlines the berth window at the call\'s position and marks the wait from arrival to berthing left of the box', () => {
    const l = layout();
    const a = callOf(l, 'AEX1-W03');
    expect(a.window!.x).toBeCloseTo(3 * X_PER_H, 9);
    expect(a.window!.width).toBeCloseTo(15 * X_PER_H, 9);
    expect(a.window!.y).toBe(a.y);
    expect(a.window!.height).toBe(a.height);
    expect(a.wait!.x1).toBeCloseTo(2 * X_PER_H, 9);
    expect(a.wait!.x2).toBe(a.x);
    expect(a.wait!.y).toBeCloseTo(a.y + a.height / 2, 9);
    // berthed on arrival: no wait marker; no service: no window
    expect(callOf(l, 'V012').wait).toBeNull();
    expect(callOf(l, 'V012').window).toBeNull();
  });

  it('puts a call still waiting in the lane above the quay, from its arrival to now, with its window', () => {
    const l = layout();
    expect(l.waiting.map((w) => w.id)).toEqual(['CSX2-E01']);
    const w = l.waiting[0];
    expect([w.x1, w.x2]).toEqual([18 * X_PER_H, 24 * X_PER_H].map((v) => expect.closeTo(v, 9)));
    expect(w.y).toBeGreaterThan(l.lane.y);
    expect(w.y).toBeLessThan(l.lane.y + l.lane.height);
    expect(l.lane.y + l.lane.height).toBeLessThan(yOf(800));
    expect(w.window!.x).toBeCloseTo(22 * X_PER_H, 9);
    expect(w.window!.width).toBeCloseTo(12 * X_PER_H, 9);
    expect(w.tooltip).toBe('CSX2-E01 · service CSX2\narrived Day 1 18:00 (18.0 h) · waiting for a berth for 6.0 h\n0 moves done, 600 left\nberth window Day 1 22:00 (22.0 h) to Day 2 10:00 (34.0 h)');
  });

  it('counts the cranes of each call from the crane spans, over time and in its label', () => {
    const plan = berthPlanFixture();
    expect(craneSteps(plan.craneSpans.filter((s) => s.call === 'AEX1-W03'), h(4), h(20))).toEqual([
      { s: h(4), cranes: 2 },
      { s: h(6), cranes: 3 },
      { s: h(12), cranes: 2 },
    ]);
    // a span still open counts until the end
    expect(craneSteps(plan.craneSpans.filter((s) => s.call === 'V012'), h(10), h(24))).toEqual([
      { s: h(10), cranes: 1 },
      { s: h(12), cranes: 2 },
      { s: h(16), cranes: 1 },
    ]);
    const l = layout();
    const a = callOf(l, 'AEX1-W03');
    expect([a.craneCount, callOf(l, 'V012').craneCount]).toEqual([3, 2]);
    expect([a.label, callOf(l, 'V012').label]).toEqual(['AEX1-W03 · 3 QC', 'V012 · 2 QC']);
    // the step line: across the box, 3 cranes higher up than 2, back down at 12 h, to the departure
    const steps = commands(a.cranes);
    expect(steps.map((c) => c[0])).toEqual(['M', 'H', 'V', 'H', 'V', 'H']);
    expect(steps.map((c) => c[1])).toEqual([4, 6, 0, 12, 0, 20].map((v, k) => (k === 2 || k === 4 ? expect.any(Number) : expect.closeTo(v * X_PER_H, 1))));
    const [two, three, twoAgain] = [steps[0][2], steps[2][1], steps[4][1]];
    expect(three).toBeLessThan(two);
    expect(twoAgain).toBeCloseTo(two, 2);
    expect(three).toBeGreaterThanOrEqual(a.y + 10); // below the label
    expect(two).toBeLessThan(a.y + a.height);
    // a crane that comes back is one crane in the count, two stretches in the steps
    const back = berthPlanFixture();
    back.craneSpans.push({ crane: 'QC02', call: 'AEX1-W03', fromS: h(14), toS: h(16) });
    const again = callOf(layout(back), 'AEX1-W03');
    expect(again.craneCount).toBe(3);
    expect(commands(again.cranes).filter((c) => c[0] === 'H').map((c) => c[1] / X_PER_H)).toEqual([6, 12, 14, 16, 20].map((v) => expect.closeTo(v, 1)));
  });

  it('shortens a label to the id, or leaves it out, when the box is too narrow', () => {
    const short = (departH: number): BerthPlanCall => ({ ...berthPlanFixture().calls[1], berthS: h(10), departS: h(departH) });
    const plan = (call: BerthPlanCall): BerthPlan => ({ ...berthPlanFixture(), calls: [call] });
    expect(layout(plan(short(11.5))).calls[0].label).toBe('V012'); // 30 px
    expect(layout(plan(short(11))).calls[0].label).toBe(''); // 20 px
  });

  it('colours by service, calls without one in the neutral colour, and says so in the legend', () => {
    const l = layout();
    expect(callOf(l, 'AEX1-W03').colour).toBe(SERVICE_COLOURS[0]);
    expect(l.waiting[0].colour).toBe(SERVICE_COLOURS[1]);
    expect(callOf(l, 'V012').colour).toBe(NO_SERVICE_COLOUR);
    expect(l.legend.map((e) => [e.key, e.label])).toEqual([
      ['service:AEX1', 'AEX1'],
      ['service:CSX2', 'CSX2'],
      ['no-service', 'No liner service'],
      ['window', 'Berth window'],
      ['waiting', 'Waiting for a berth'],
      ['cranes', 'Quay cranes at work'],
    ]);
    const many: BerthPlan = { ...berthPlanFixture(), calls: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'].map((service, k) => ({ ...berthPlanFixture().calls[2], id: `C${k}`, service })) };
    expect(layout(many).legend.map((e) => e.label).slice(3, 6)).toEqual(['S4', '+2 more services', 'Berth window']);
  });

  it('writes the tooltip with times as the clock shows them, position, moves, cranes and window', () => {
    expect(callOf(layout(), 'AEX1-W03').tooltip).toBe(
      [
        'AEX1-W03 · service AEX1',
        'arrived Day 1 02:00 (2.0 h) · berthed Day 1 04:00 (4.0 h) · departed Day 1 20:00 (20.0 h)',
        'quay 50–350 m',
        '1000 moves done, 0 left',
        'quay cranes: QC01, QC02, QC03',
        'berth window Day 1 03:00 (3.0 h) to Day 1 18:00 (18.0 h)',
      ].join('\n'),
    );
  });

  it('labels everything in Chinese under the zh translator', () => {
    const l = layout(berthPlanFixture(), 'zh');
    expect(l.text).toMatchObject({ title: '泊位计划', xTitle: '仿真时间（小时）', yTitle: '岸线位置（距西端，米）', lane: '待泊', now: '当前' });
    expect(callOf(l, 'V012').label).toBe('V012 · 2 台岸桥');
    expect(callOf(l, 'V012').tooltip).toBe('V012 · 非班轮航线\n到港 第 1 天 10:00 (10.0 小时) · 靠泊 第 1 天 10:00 (10.0 小时) · 仍在泊\n岸线 420–700 米\n已完成 500 箱，剩余 300 箱\n作业岸桥：QC05, QC06');
    expect(l.legend.map((e) => e.label)).toEqual(['AEX1', 'CSX2', '非班轮航线', '靠泊窗口', '等待靠泊', '作业岸桥数']);
  });

  it('ticks time at whole hours a planner counts in, and at whole days past two days', () => {
    const hours = layout();
    expect(hours.xTicks).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32].map(h));
    expect(hours.formatX(h(8))).toBe('8');
    expect(hours.text.xTitle).toBe('Simulated time (h)');
    const week: BerthPlan = { ...berthPlanFixture(), calls: [{ ...berthPlanFixture().calls[0], departS: h(120), windowEndS: null, windowStartS: null }] };
    const days = layout(week, 'en', h(120));
    expect(days.xTicks).toEqual([0, 1, 2, 3, 4, 5].map((d) => d * 86400));
    expect(days.formatX(2 * 86400)).toBe('2');
    expect(days.text.xTitle).toBe('Simulated time (d)');
  });

  it('lays out an empty plan at t = 0 without a NaN', () => {
    const l = berthPlanLayout({ quayLengthM: 0, berths: [], calls: [], craneSpans: [] }, SIZE, { t: tIn('en'), nowS: 0 });
    expect([l.nowX, l.x(0), l.y(0), ...l.xTicks, ...l.yTicks].every(Number.isFinite)).toBe(true);
    expect(l.legend.map((e) => e.key)).toEqual(['waiting']);
  });
});
