// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { KpiSeries } from '../../kpi/kpis';
import { badNumbers, mount, num, pathPoints, tIn } from './chartTesting';
import { createTimeSeriesChart, hourlyLines } from './timeSeries';

const hours = (n: number, from = 1) => Array.from({ length: n }, (_, k) => (from + k) * 3600);

describe('time series', () => {
  it('draws one line per series, points in order and higher values higher up', () => {
    const root = mount();
    const chart = createTimeSeriesChart(root, { t: tIn('en'), title: 'chart.craneRateHourly', yTitle: 'kpi.craneRate', yUnit: 'unit.movesPerH' });
    chart.update({ startS: hours(4), lines: [{ name: 'fcfs', values: [10, 20, 30, 25] }, { name: 'pooled-lap', values: [12, 22, 32, 30] }], reference: 40 });
    const paths = root.querySelectorAll('path.series');
    expect(paths).toHaveLength(2);
    const pts = pathPoints(paths[0].getAttribute('d')!);
    expect(pts).toHaveLength(4);
    expect(pts.map((p) => p[0])).toEqual([...pts.map((p) => p[0])].sort((a, b) => a - b));
    // svg y grows downwards: 30 is above 20 is above 10
    expect(pts[2][1]).toBeLessThan(pts[1][1]);
    expect(pts[1][1]).toBeLessThan(pts[0][1]);
    expect(paths[0].getAttribute('stroke')).not.toBe(paths[1].getAttribute('stroke'));
    expect([...root.querySelectorAll('.legend-item text')].map((e) => e.textContent)).toEqual(['First come, first served', 'Pooled, optimal assignment']);
  });

  it('puts the reference line at its value, on the lines\' scale', () => {
    const root = mount();
    const chart = createTimeSeriesChart(root, { t: tIn('en'), title: 'chart.craneRateHourly', yTitle: 'kpi.craneRate' });
    chart.update({ startS: hours(2), lines: [{ name: 'live', label: 'Live', values: [10, 20] }], reference: 40 });
    const [p10, p20] = pathPoints(root.querySelector('path.series')!.getAttribute('d')!);
    const pxPerUnit = (p10[1] - p20[1]) / 10;
    const refY = num(root.querySelector('.reference line'), 'y1');
    expect(p10[1] - refY).toBeCloseTo(30 * pxPerUnit, 6);
    expect(root.querySelector('.reference')!.getAttribute('display')).toBeNull();
    expect(root.querySelector('.reference text')!.textContent).toBe('QC-bound');
    chart.update({ startS: hours(2), lines: [{ name: 'live', values: [10, 20] }], reference: null });
    expect(root.querySelector('.reference')!.getAttribute('display')).toBe('none');
  });

  it('breaks the line at null hours and writes no NaN', () => {
    const root = mount();
    const chart = createTimeSeriesChart(root, { t: tIn('en'), title: 'chart.rehandles', yTitle: 'kpi.rehandlesPerRetrieval' });
    chart.update({ startS: hours(5), lines: [{ name: 'a', values: [1, null, 2, 3, null] }], reference: null });
    const d = root.querySelector('path.series')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(badNumbers(root)).toEqual([]);
    chart.update({ startS: [], lines: [{ name: 'a', values: [] }] });
    chart.update({ startS: hours(3), lines: [{ name: 'a', values: [null, null, null] }] });
    expect(badNumbers(root)).toEqual([]);
  });

  it('keeps its paths across updates and drops a series that leaves', () => {
    const root = mount();
    const chart = createTimeSeriesChart(root, { t: tIn('en'), title: 'chart.yardOccupancy', yTitle: 'kpi.yardOccupancy', percent: true, yMax: 1 });
    chart.update({ startS: hours(2), lines: [{ name: 'a', values: [0.3, 0.4] }, { name: 'b', values: [0.5, 0.5] }] });
    const a = root.querySelector('path.series');
    chart.update({ startS: hours(3), lines: [{ name: 'a', values: [0.3, 0.4, 0.45] }] });
    expect(root.querySelector('path.series')).toBe(a);
    expect(root.querySelectorAll('path.series')).toHaveLength(1);
    expect(root.querySelectorAll('.legend-item')).toHaveLength(1);
    expect([...root.querySelectorAll('.y-axis .tick text')].at(-1)!.textContent).toBe('100%');
  });

  it('switches its titles with the language', () => {
    const root = mount();
    const chart = createTimeSeriesChart(root, { t: tIn('en'), title: 'chart.externalTurnTime', yTitle: 'kpi.externalTurnTimeMin', yUnit: 'unit.min' });
    chart.update({ startS: hours(2), lines: [{ name: 'dual-cycle', values: [20, 30] }] });
    expect(root.querySelector('.x-title')!.textContent).toBe('Simulated time (h)');
    chart.relabel(tIn('zh'));
    expect(root.querySelector('.x-title')!.textContent).toBe('仿真时间（小时）');
    expect(root.querySelector('.y-title')!.textContent).toBe('外集卡周转时间 (分钟)');
    expect(root.querySelector('.legend-item text')!.textContent).toBe('双循环作业（边装边卸）');
  });

  it('switches a KPI line\'s legend with the language at once, and back (it was one switch late)', () => {
    const root = mount();
    const chart = createTimeSeriesChart(root, { t: tIn('en'), title: 'chart.craneRateHourly', yTitle: 'kpi.craneRate', yUnit: 'unit.movesPerH' });
    const legend = () => root.querySelector('.legend-item text')!.textContent;
    const data = { startS: hours(2), lines: [{ name: 'craneRate', labelKey: 'kpi.craneRate' as const, values: [30, 31] }] };
    chart.update(data);
    expect(legend()).toBe('Gross crane rate');
    chart.relabel(tIn('zh'));
    expect(legend()).toBe('台时效率');
    chart.update(data);
    expect(legend()).toBe('台时效率');
    chart.relabel(tIn('en'));
    expect(legend()).toBe('Gross crane rate');
  });

  it('takes one line per run from KPI series', () => {
    const series = (startS: number[], qcWaitShare: (number | null)[]) => ({ startS, qcWaitShare }) as unknown as KpiSeries;
    const data = hourlyLines([{ name: 'fcfs', series: series(hours(2), [0.5, 0.4]) }, { name: 'nearest', series: series(hours(3), [0.3, 0.2, 0.1]) }], 'qcWaitShare');
    expect(data.startS).toEqual(hours(3));
    expect(data.lines.map((l) => [l.name, l.values])).toEqual([['fcfs', [0.5, 0.4]], ['nearest', [0.3, 0.2, 0.1]]]);
  });
});
