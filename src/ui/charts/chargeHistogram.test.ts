// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createChargeHistogram, socBins } from './chargeHistogram';
import { badNumbers, mount, num, tIn } from './chartTesting';

describe('charge histogram', () => {
  it('counts vehicles into 10% bands, full charge in the top band', () => {
    const soc = Float32Array.from([0, 0.05, 0.1, 0.35, 0.7, 0.7, 0.95, 1, 0.999, NaN]);
    expect(socBins(soc)).toEqual([2, 1, 0, 1, 0, 0, 0, 2, 0, 3]);
  });

  it('draws bar heights in proportion to the counts', () => {
    const root = mount();
    const chart = createChargeHistogram(root, { t: tIn('en') });
    chart.update(Float32Array.from([0.72, 0.75, 0.78, 0.71, 0.15, 0.62]));
    const heights = [...root.querySelectorAll('g.bin rect')].map((r) => num(r, 'height'));
    expect(heights).toHaveLength(10);
    expect(heights[7] / heights[1]).toBeCloseTo(4, 6);
    expect(heights[6]).toBeCloseTo(heights[1], 6);
    expect(heights.filter((h) => h > 0)).toHaveLength(3);
    expect([...root.querySelectorAll('g.bin text')].map((e) => e.textContent)).toEqual(['', '1', '', '', '', '', '1', '4', '', '']);
  });

  it('reuses its bars, handles an empty fleet and switches language', () => {
    const root = mount();
    const chart = createChargeHistogram(root, { t: tIn('en') });
    chart.update(Float32Array.from([0.5]));
    const bar = root.querySelector('g.bin rect');
    chart.update(new Float32Array(0));
    expect(root.querySelector('g.bin rect')).toBe(bar);
    expect(badNumbers(root)).toEqual([]);
    expect(root.querySelector('.x-title')!.textContent).toBe('State of charge (%)');
    chart.relabel(tIn('zh'));
    expect(root.querySelector('.x-title')!.textContent).toBe('电量（%）');
    expect(root.querySelector('.y-title')!.textContent).toBe('车辆数');
  });
});
