// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createBerthPlanChart } from './berthPlanChart';
import { berthPlanLayout, OPEN_FADE_ID } from './berthPlanLayout';
import { BERTH_PLAN_NOW_S, berthPlanFixture } from './berthPlanTesting';
import { badNumbers, mount, num, tIn } from './chartTesting';

const h = (n: number) => n * 3600;
// jsdom has no layout: the frame is 480 × 260 with margins 58/30/40/52, so the plot is 398 × 162
const PLOT = { width: 480 - 52 - 30, height: 260 - 58 - 40 };

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent);
const call = (root: Element, id: string) => root.querySelector(`g.call[data-call="${id}"]`)!;

describe('berth plan chart', () => {
  it('draws a box per berthed call where the layout puts it, and a line per call still waiting', () => {
    const root = mount();
    createBerthPlanChart(root, { t: tIn('en') }).update(berthPlanFixture(), BERTH_PLAN_NOW_S);
    const l = berthPlanLayout(berthPlanFixture(), PLOT, { t: tIn('en'), nowS: BERTH_PLAN_NOW_S });
    expect([...root.querySelectorAll('g.call')].map((g) => g.getAttribute('data-call'))).toEqual(['AEX1-W03', 'V012']);
    for (const mark of l.calls) {
      const body = call(root, mark.id).querySelector('rect.body')!;
      expect(['x', 'y', 'width', 'height'].map((a) => num(body, a))).toEqual([mark.x, mark.y, mark.width, mark.height]);
    }
    // on this quay 50–350 m is lower than 420–700 m, and AEX1-W03 berthed (4 h) before V012 (10 h)
    const a = call(root, 'AEX1-W03').querySelector('rect.body')!;
    const v = call(root, 'V012').querySelector('rect.body')!;
    expect(num(a, 'y')).toBeGreaterThan(num(v, 'y') + num(v, 'height'));
    expect(num(a, 'x')).toBeLessThan(num(v, 'x'));
    expect([...root.querySelectorAll('g.waiting-call')].map((g) => g.getAttribute('data-call'))).toEqual(['CSX2-E01']);
    expect(texts(root, 'text.call-label')).toEqual(['AEX1-W03 · 3 QC', 'V012 · 2 QC']);
    expect(texts(root, '.berth text')).toEqual(['B1', 'B2']);
    expect(badNumbers(root)).toEqual([]);
  });

  it('shows windows dashed, the call alongside fading out at now, and the crane count of each call', () => {
    const root = mount();
    createBerthPlanChart(root, { t: tIn('en') }).update(berthPlanFixture(), BERTH_PLAN_NOW_S);
    const windowOf = (id: string) => root.querySelector(`[data-call="${id}"] rect.window`)!;
    expect(windowOf('AEX1-W03').getAttribute('display')).toBeNull();
    expect(windowOf('AEX1-W03').getAttribute('stroke-dasharray')).toBe('4 3');
    expect(windowOf('V012').getAttribute('display')).toBe('none');
    expect(windowOf('CSX2-E01').getAttribute('display')).toBeNull();
    const mask = root.querySelector('defs mask')!;
    expect(mask.id.startsWith(OPEN_FADE_ID)).toBe(true);
    expect(call(root, 'V012').querySelector('rect.body')!.getAttribute('mask')).toBe(`url(#${mask.id})`);
    expect(call(root, 'AEX1-W03').querySelector('rect.body')!.getAttribute('mask')).toBeNull();
    expect([...root.querySelectorAll('g.call')].map((g) => g.getAttribute('data-cranes'))).toEqual(['3', '2']);
    expect(call(root, 'AEX1-W03').querySelector('path.cranes')!.getAttribute('d')).toMatch(/^M.*H.*V.*H.*V.*H/);
    expect(call(root, 'AEX1-W03').querySelector('title')!.textContent).toContain('quay cranes: QC01, QC02, QC03');
    expect(texts(root, '.legend-item text')).toEqual(['AEX1', 'CSX2', 'No liner service', 'Berth window', 'Waiting for a berth', 'Quay cranes at work']);
  });

  it('keeps each call\'s nodes as the plan moves on, and moves a call from the lane to the quay when it berths', () => {
    const root = mount();
    const chart = createBerthPlanChart(root, { t: tIn('en') });
    chart.update(berthPlanFixture(), BERTH_PLAN_NOW_S);
    const before = call(root, 'AEX1-W03');
    const later = berthPlanFixture();
    later.calls[1] = { ...later.calls[1], departS: h(26), movesLeft: 0 };
    later.calls[2] = { ...later.calls[2], berthS: h(26), fromM: 420, toM: 670 };
    later.craneSpans.push({ crane: 'QC05', call: 'CSX2-E01', fromS: h(26), toS: null });
    chart.update(later, h(30));
    expect(call(root, 'AEX1-W03')).toBe(before);
    expect(root.querySelectorAll('g.waiting-call')).toHaveLength(0);
    expect(call(root, 'CSX2-E01').getAttribute('data-open')).toBe('true');
    expect(call(root, 'V012').getAttribute('data-open')).toBe('false');
    expect(badNumbers(root)).toEqual([]);
    chart.update({ quayLengthM: 0, berths: [], calls: [], craneSpans: [] }, 0);
    expect(root.querySelectorAll('g.call')).toHaveLength(0);
    expect(badNumbers(root)).toEqual([]);
  });

  it('switches to Chinese at once, labels and tooltips included, with no new data', () => {
    const root = mount();
    const chart = createBerthPlanChart(root, { t: tIn('en') });
    chart.update(berthPlanFixture(), BERTH_PLAN_NOW_S);
    expect(root.querySelector('.chart-title')!.textContent).toBe('Berth plan');
    chart.relabel(tIn('zh'));
    expect(root.querySelector('.chart-title')!.textContent).toBe('泊位计划');
    expect(root.querySelector('.x-title')!.textContent).toBe('仿真时间（小时）');
    expect(root.querySelector('.y-title')!.textContent).toBe('岸线位置（距西端，米）');
    expect(root.querySelector('.lane-label')!.textContent).toBe('待泊');
    expect(texts(root, 'text.call-label')).toEqual(['AEX1-W03 · 3 台岸桥', 'V012 · 2 台岸桥']);
    expect(call(root, 'V012').querySelector('title')!.textContent).toContain('仍在泊');
    expect(texts(root, '.legend-item text')).toEqual(['AEX1', 'CSX2', '非班轮航线', '靠泊窗口', '等待靠泊', '作业岸桥数']);
  });
});
