// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { KPI_VEHICLE_STATES, type KpiVehicleState } from '../../kpi/recorder';
import { badNumbers, mount, pathPoints, tIn } from './chartTesting';
import { KPI_STATE_COLOURS } from './palette';
import { createStateSharesChart, type StateSharesData } from './stateShares';

function shares(rows: Partial<Record<KpiVehicleState, number | null>>[]): StateSharesData {
  const vehicleStateShares = Object.fromEntries(KPI_VEHICLE_STATES.map((s) => [s, rows.map((r) => r[s] ?? 0)])) as StateSharesData['vehicleStateShares'];
  return { startS: rows.map((_, k) => (k + 1) * 3600), vehicleStateShares };
}

/** The upper edge of a stacked layer: d3.area draws it first, left to right, then the lower edge back. */
const upperEdge = (path: Element) => {
  const pts = pathPoints(path.getAttribute('d')!);
  return pts.slice(0, pts.length / 2);
};

describe('vehicle state shares', () => {
  it('stacks to the top of the axis where the shares sum to 1, lower where they do not', () => {
    const root = mount();
    const chart = createStateSharesChart(root, { t: tIn('en') });
    // hour 3 sums to 0.8 (a fleet partly outside the period, say): its top edge must sit lower
    chart.update(shares([{ loaded: 0.4, empty: 0.3, waitQuay: 0.3 }, { loaded: 0.2, waitYard: 0.5, charging: 0.3 }, { loaded: 0.8 }]));
    const layers = root.querySelectorAll('path.state');
    expect(layers).toHaveLength(KPI_VEHICLE_STATES.length);
    // y(1) is the plot's top, 0; y(0) the bottom edge of the first layer
    const bottom = Math.max(...pathPoints(layers[0].getAttribute('d')!).map((p) => p[1]));
    const top = upperEdge(layers[layers.length - 1]);
    // a step curve: hour k is the flat segment from point 2k to point 2k + 1
    const hourTop = (k: number) => [top[2 * k][1], top[2 * k + 1][1]];
    expect(top[1][0]).toBeGreaterThan(top[0][0]);
    expect(hourTop(0)[0]).toBeCloseTo(0, 6);
    expect(hourTop(0)[1]).toBeCloseTo(0, 6);
    expect(hourTop(1)[0]).toBeCloseTo(0, 6);
    expect(hourTop(1)[1]).toBeCloseTo(0, 6);
    expect(hourTop(2)[0]).toBeCloseTo(0.2 * bottom, 6);
    expect(hourTop(2)[1]).toBeCloseTo(0.2 * bottom, 6);
  });

  it('gives each state its band: loaded at the bottom, as tall as its share', () => {
    const root = mount();
    const chart = createStateSharesChart(root, { t: tIn('en') });
    chart.update(shares([{ loaded: 0.25, idle: 0.75 }]));
    const loaded = root.querySelector('path.state-loaded')!;
    const pts = pathPoints(loaded.getAttribute('d')!);
    const ys = pts.map((p) => p[1]);
    const bandPx = Math.max(...ys) - Math.min(...ys);
    const idle = pathPoints(root.querySelector('path.state-idle')!.getAttribute('d')!).map((p) => p[1]);
    expect((Math.max(...idle) - Math.min(...idle)) / bandPx).toBeCloseTo(3, 6);
    expect(loaded.getAttribute('fill')).toBe(KPI_STATE_COLOURS.loaded);
  });

  it('wraps its legend of seven states instead of running off the chart', () => {
    const root = mount();
    createStateSharesChart(root, { t: tIn('en') });
    const viewWidth = Number(root.querySelector('svg')!.getAttribute('viewBox')!.split(' ')[2]);
    const at = [...root.querySelectorAll('.legend-item')].map((e) => /translate\(([-\d.]+),([-\d.]+)\)/.exec(e.getAttribute('transform')!)!.slice(1).map(Number));
    expect(at).toHaveLength(7);
    expect(new Set(at.map(([, y]) => y)).size).toBe(2);
    for (const [x] of at) expect(x).toBeLessThan(viewWidth - 52 - 60);
  });

  it('counts null hours as 0 and writes no NaN', () => {
    const root = mount();
    const chart = createStateSharesChart(root, { t: tIn('en') });
    chart.update(shares([{ loaded: null, empty: null }, { loaded: 1 }]));
    expect(badNumbers(root)).toEqual([]);
    chart.update(shares([]));
    expect(badNumbers(root)).toEqual([]);
  });

  it('keeps its layers across updates and relabels its legend', () => {
    const root = mount();
    const chart = createStateSharesChart(root, { t: tIn('en') });
    chart.update(shares([{ loaded: 1 }]));
    const first = root.querySelector('path.state-loaded');
    chart.update(shares([{ loaded: 0.5, idle: 0.5 }, { loaded: 1 }]));
    expect(root.querySelector('path.state-loaded')).toBe(first);
    expect(root.querySelector('.legend-item text')!.textContent).toBe('Loaded');
    chart.relabel(tIn('zh'));
    expect([...root.querySelectorAll('.legend-item text')].map((e) => e.textContent)).toEqual(['重载运输', '空驶', '岸边等待', '堆场等待', '前往充电', '充电中', '空闲']);
    expect(root.querySelector('.chart-title')!.textContent).toBe('车辆状态占比随时间变化');
  });

  it('keeps its legend above the plot at the side panel\'s width, where the seven states take three rows in English (the last overlapped the plot)', () => {
    for (const lang of ['en', 'zh'] as const) {
      const root = mount();
      Object.defineProperty(root, 'clientWidth', { value: 356 });
      createStateSharesChart(root, { t: tIn(lang) });
      const rows = [...root.querySelectorAll('.legend-item')].map((g) => Number(/translate\([-\d.]+,([-\d.]+)\)/.exec(g.getAttribute('transform')!)![1]));
      const legendTop = Number(/translate\([-\d.]+,([-\d.]+)\)/.exec(root.querySelector('g.legend')!.getAttribute('transform')!)![1]);
      const plotTop = Number(/translate\([-\d.]+,([-\d.]+)\)/.exec(root.querySelector('g.plot')!.getAttribute('transform')!)![1]);
      if (lang === 'en') expect(Math.max(...rows)).toBe(26); // three rows
      // a row's text hangs about 3 px below its baseline; the 100% tick label reaches about 6 px above the plot
      expect(legendTop + Math.max(...rows) + 3).toBeLessThan(plotTop - 6);
    }
  });
});
