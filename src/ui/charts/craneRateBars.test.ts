// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { KpiResult } from '../../kpi/computeKpis';
import type { CallKpis, CraneKpis } from '../../kpi/kpis';
import { badNumbers, mount, num, tIn } from './chartTesting';
import { createCraneRateChart } from './craneRateBars';

const crane = (id: string, craneRate: number | null, qcBound: number | null): CraneKpis => ({ crane: id, moves: craneRate === null ? 0 : 50, craneCycles: craneRate === null ? 0 : 50, craneRate, qcBound, gapToQcBound: null, qcWaitShare: null });
const call = (id: string, moves: number, craneRate: number | null, qcBound: number | null): CallKpis => ({
  call: id, arrivalS: 0, berthS: 0, departS: null, cranes: [], moves, craneCycles: moves, craneRate, qcBound, gapToQcBound: null, qcWaitShare: null, berthRate: null, vesselTurnaroundH: null, berthWaitH: null, inPortH: 0, movesLeft: 0,
});
const result = (perCrane: CraneKpis[], perCall: CallKpis[] = []): Pick<KpiResult, 'perCrane' | 'perCall'> => ({ perCrane, perCall });

function barOf(root: Element, index: number) {
  const g = root.querySelectorAll('g.bar')[index];
  const rect = g.querySelector('rect.rate')!;
  return { g, top: num(rect, 'y'), bottom: num(rect, 'y') + num(rect, 'height'), x: Number(/translate\(([-\d.]+)/.exec(g.getAttribute('transform')!)![1]), bound: g.querySelector('line.qc-bound')!, label: g.querySelector('text.value')!.textContent };
}

describe('crane rate bars', () => {
  it('draws the tallest bar for the fastest crane, in crane order', () => {
    const root = mount();
    const chart = createCraneRateChart(root, { t: tIn('en') });
    chart.update(result([crane('QC01', 18, 40), crane('QC02', 31, 40), crane('QC03', 12, 38)]));
    const bars = [0, 1, 2].map((i) => barOf(root, i));
    const heights = bars.map((b) => b.bottom - b.top);
    expect(heights.indexOf(Math.max(...heights))).toBe(1);
    expect(heights[0] / heights[2]).toBeCloseTo(18 / 12, 6);
    expect(bars[0].x).toBeLessThan(bars[1].x);
    expect(bars[1].x).toBeLessThan(bars[2].x);
    expect(bars.map((b) => b.label)).toEqual(['18.0', '31.0', '12.0']);
  });

  it('puts each QC-bound tick at its value on the same scale as the bar', () => {
    const root = mount();
    const chart = createCraneRateChart(root, { t: tIn('en') });
    chart.update(result([crane('QC01', 20, 40), crane('QC02', 10, 25)]));
    for (const [i, rate, bound] of [[0, 20, 40], [1, 10, 25]]) {
      const b = barOf(root, i);
      const pxPerMove = (b.bottom - b.top) / rate;
      expect(b.bottom - num(b.bound, 'y1')).toBeCloseTo(bound * pxPerMove, 6);
      expect(num(b.bound, 'y2')).toBe(num(b.bound, 'y1'));
    }
  });

  it('writes a bar\'s value inside its top, clear of the QC-bound tick just above it (it sat on the tick); a short bar\'s above it', () => {
    const root = mount();
    const chart = createCraneRateChart(root, { t: tIn('en') });
    chart.update(result([crane('QC01', 33.9, 39.8), crane('QC02', 1, 39.8)]));
    const tall = barOf(root, 0);
    const text = tall.g.querySelector('text.value')!;
    // inside: below the bar's top, so below the tick (the tick is above the top), in the dark ink
    expect(num(text, 'y')).toBeGreaterThan(tall.top + 8);
    expect(num(text, 'y') - 10).toBeGreaterThan(num(tall.bound, 'y1'));
    expect(text.getAttribute('fill')).toBe('#0b1724');
    const short = barOf(root, 1);
    expect(num(short.g.querySelector('text.value')!, 'y')).toBeLessThan(short.top);
  });

  it('leaves a crane without a rate empty, with no NaN anywhere', () => {
    const root = mount();
    const chart = createCraneRateChart(root, { t: tIn('zh') });
    chart.update(result([crane('QC01', null, null), crane('QC02', 22, null)]));
    const idle = barOf(root, 0);
    expect(idle.bottom - idle.top).toBe(0);
    expect(idle.label).toBe('–');
    expect(idle.bound.getAttribute('display')).toBe('none');
    expect(badNumbers(root)).toEqual([]);
    chart.update(result([]));
    expect(root.querySelectorAll('g.bar')).toHaveLength(0);
    expect(badNumbers(root)).toEqual([]);
  });

  it('reuses its nodes from one update to the next', () => {
    const root = mount();
    const chart = createCraneRateChart(root, { t: tIn('en') });
    chart.update(result([crane('QC01', 18, 40), crane('QC02', 20, 40)]));
    const svg = root.querySelector('svg');
    const rect = root.querySelector('g.bar rect.rate');
    const tick = root.querySelector('.y-axis .tick');
    chart.update(result([crane('QC01', 19, 40), crane('QC02', 21, 40)]));
    expect(root.querySelector('svg')).toBe(svg);
    expect(root.querySelector('g.bar rect.rate')).toBe(rect);
    expect(root.querySelector('.y-axis .tick')).toBe(tick);
    expect(root.querySelectorAll('svg')).toHaveLength(1);
  });

  it('shows vessel calls that have had moves, per call', () => {
    const root = mount();
    const chart = createCraneRateChart(root, { t: tIn('en'), by: 'call' });
    chart.update(result([], [call('V001', 300, 25, 35), call('V002', 0, null, null), call('V003', 40, 15, 30)]));
    expect([...root.querySelectorAll('.x-axis .tick text')].map((e) => e.textContent)).toEqual(['V001', 'V003']);
    expect(root.querySelector('.chart-title')!.textContent).toBe('Crane rate per vessel call');
  });

  it('switches its titles with the language', () => {
    const root = mount();
    const chart = createCraneRateChart(root, { t: tIn('en') });
    chart.update(result([crane('QC01', 18, 40)]));
    expect(root.querySelector('.y-title')!.textContent).toBe('Gross crane rate (moves/h)');
    chart.relabel(tIn('zh'));
    expect(root.querySelector('.y-title')!.textContent).toBe('台时效率 (自然箱/小时)');
    expect(root.querySelector('.chart-title')!.textContent).toBe('各岸桥台时效率');
    expect([...root.querySelectorAll('.legend-item text')].map((e) => e.textContent)).toEqual(['台时效率', '岸桥理论效率']);
  });
});
