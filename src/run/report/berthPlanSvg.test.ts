import { describe, expect, it } from 'vitest';
import { berthPlanLayout, OPEN_FADE_ID } from '../../ui/charts/berthPlanLayout';
import { BERTH_PLAN_NOW_S, berthPlanFixture } from '../../ui/charts/berthPlanTesting';
import { tIn } from '../../ui/charts/chartTesting';
import { berthPlanSvg } from './berthPlanSvg';
import { hourlyChart } from './hourlyChart';

const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const rectsOf = (svg: string, cls: string) => [...svg.matchAll(new RegExp(`<rect class="${cls}"[^>]*>`, 'g'))].map((m) => attrs(m[0]));

describe('the berth plan as an SVG string', () => {
  // 1000 × 360 with margins 20/190/44/64: a plot of 746 × 296 at (64, 20)
  const svg = berthPlanSvg(berthPlanFixture(), { t: tIn('en'), nowS: BERTH_PLAN_NOW_S, warmUpS: 3600 }).svg;
  const l = berthPlanLayout(berthPlanFixture(), { width: 746, height: 296 }, { t: tIn('en'), nowS: BERTH_PLAN_NOW_S });

  it('draws one box per berthed call where the layout puts it, the waiting call in the lane', () => {
    expect([...svg.matchAll(/<g class="call" data-call="([^"]+)" data-open="(\w+)" data-cranes="(\d+)">/g)].map((m) => m.slice(1))).toEqual([
      ['AEX1-W03', 'false', '3'],
      ['V012', 'true', '2'],
    ]);
    expect(rectsOf(svg, 'body').map((b) => [b.x, b.y, b.width, b.height].map(Number))).toEqual(l.calls.map((c) => [c.x, c.y, c.width, c.height].map((v) => Math.round(v * 100) / 100)));
    expect(svg).toContain('<g class="plot" transform="translate(64,20)">');
    expect(svg.match(/<g class="waiting-call" data-call="CSX2-E01">/g)).toHaveLength(1);
    expect([...svg.matchAll(/<text class="call-label"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['AEX1-W03 · 3 QC', 'V012 · 2 QC']);
  });

  it('fades only the call still alongside, outlines both windows, shades the warm-up and needs nothing outside the page', () => {
    expect(rectsOf(svg, 'body').map((b) => b.mask ?? null)).toEqual([null, `url(#${OPEN_FADE_ID})`]);
    expect(svg).toContain(`<mask id="${OPEN_FADE_ID}" maskContentUnits="objectBoundingBox">`);
    expect(rectsOf(svg, 'window')).toHaveLength(2);
    expect(svg).toMatch(/<g class="warm-up"><rect x="0" y="0" width="21.94"/); // 1 h of 34 h on 746 px
    expect(svg).not.toMatch(/NaN|Infinity|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    // legend: swatches for services, a dashed line for windows, thin lines for waiting and cranes
    expect([...svg.matchAll(/<line x1="0" x2="18" y1="0" y2="0" stroke="[^"]+" stroke-width="(\d)"( stroke-dasharray="5 3")?\/><text x="24" dy="0.32em">([^<]+)</g)].map((m) => [m[3], m[1], m[2] !== undefined])).toEqual([
      ['AEX1', '8', false],
      ['CSX2', '8', false],
      ['No liner service', '8', false],
      ['Berth window', '2', true],
      ['Waiting for a berth', '2', false],
      ['Quay cranes at work', '2', false],
    ]);
  });

  it('escapes what comes from the scenario', () => {
    const plan = berthPlanFixture();
    plan.calls[0].service = 'A<B & "C"';
    const escaped = berthPlanSvg(plan, { t: tIn('en'), nowS: BERTH_PLAN_NOW_S }).svg;
    expect(escaped).toContain('A&lt;B &amp; &quot;C&quot;');
    expect(escaped).not.toContain('A<B');
  });
});

describe('an hourly chart of one run', () => {
  it('breaks the line at hours with no value and puts a dot at each value, with the reference dashed', () => {
    const chart = hourlyChart({ id: 'x', title: 'T', yLabel: 'y', startS: [3600, 7200, 10800, 14400], lines: [{ name: 'rate', values: [10, null, 20, 30] }], reference: { name: 'bound', value: 40 }, format: String });
    expect(chart.svg.match(/<path d="([^"]+)"/)![1].match(/M/g)).toHaveLength(2);
    expect(chart.svg.match(/<circle /g)).toHaveLength(3);
    expect(chart.svg).toContain('data-values="10  20 30"');
    expect(chart.svg).toMatch(/<line class="reference"[^>]*stroke-dasharray="5 3" data-value="40"/);
  });
});
