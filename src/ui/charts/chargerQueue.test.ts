// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createChargerQueueChart } from './chargerQueue';
import { badNumbers, mount, num, tIn } from './chartTesting';

const heightOf = (root: Element, station: number, cls: string) => num(root.querySelectorAll('g.station')[station].querySelector(`rect.${cls}`), 'height');

describe('charger queue', () => {
  it('stacks the queue on the plugs in use, the plug count as a tick', () => {
    const root = mount();
    const chart = createChargerQueueChart(root, { t: tIn('en'), stations: ['CS-A', 'CS-B'], plugs: [4, 2] });
    chart.update({ busy: Uint8Array.from([4, 1]), queue: Uint16Array.from([2, 0]) });
    const perVehicle = heightOf(root, 0, 'busy') / 4;
    expect(heightOf(root, 0, 'queue')).toBeCloseTo(2 * perVehicle, 6);
    expect(heightOf(root, 1, 'busy')).toBeCloseTo(perVehicle, 6);
    expect(heightOf(root, 1, 'queue')).toBe(0);
    const a = root.querySelectorAll('g.station')[0];
    // the queue sits right on top of the busy plugs
    expect(num(a.querySelector('rect.queue'), 'y') + heightOf(root, 0, 'queue')).toBeCloseTo(num(a.querySelector('rect.busy'), 'y'), 6);
    expect(num(a.querySelector('rect.busy'), 'y')).toBeCloseTo(num(a.querySelector('line.plugs'), 'y1'), 6);
    expect([...root.querySelectorAll('.x-axis .tick text')].map((e) => e.textContent)).toEqual(['CS-A', 'CS-B']);
  });

  it('reuses its bars, hides unknown plug counts, writes no NaN and relabels', () => {
    const root = mount();
    const chart = createChargerQueueChart(root, { t: tIn('en') });
    chart.update({ busy: Uint8Array.from([0, 0]), queue: Uint16Array.from([0, 0]) });
    const bar = root.querySelector('g.station rect.busy');
    chart.update({ busy: Uint8Array.from([2, 1]), queue: Uint16Array.from([3, 0]) });
    expect(root.querySelector('g.station rect.busy')).toBe(bar);
    expect(root.querySelector('line.plugs')!.getAttribute('display')).toBe('none');
    expect(badNumbers(root)).toEqual([]);
    expect([...root.querySelectorAll('.x-axis .tick text')].map((e) => e.textContent)).toEqual(['C1', 'C2']);
    chart.relabel(tIn('zh'));
    expect([...root.querySelectorAll('.legend-item text')].map((e) => e.textContent)).toEqual(['充电枪占用', '排队', '充电枪数']);
  });
});
