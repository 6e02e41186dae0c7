// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { KpiResult } from '../../kpi/computeKpis';
import { KPI_VEHICLE_STATES } from '../../kpi/recorder';
import { renderSnapshot, type RenderSnapshot } from '../../run/renderSnapshot';
import { startRun } from '../../run/session';
import { readScenarioFile } from '../../scenario/readScenarioFile';
import { createBerthPlanChart } from './berthPlanChart';
import { createChargeHistogram } from './chargeHistogram';
import { createChargerQueueChart } from './chargerQueue';
import { badNumbers, mount, num, pathPoints, tIn } from './chartTesting';
import { createCraneRateChart } from './craneRateBars';
import { createKpiTiles } from './kpiTiles';
import { createStateSharesChart } from './stateShares';
import { createTimeSeriesChart, hourlyLines } from './timeSeries';

// one seeded run of the demo terminal, read at 4 h and at 6 h: the charts' first and second update
let early: KpiResult;
let late: KpiResult;
let snapshots: RenderSnapshot[];
beforeAll(() => {
  const session = startRun(readScenarioFile('scenarios/demo-small.json'), { durationS: 6 * 3600 });
  session.advanceTo(4 * 3600);
  early = session.kpisNow();
  const first = renderSnapshot(session);
  session.advanceTo(6 * 3600);
  late = session.kpisNow();
  snapshots = [first, renderSnapshot(session)];
});

describe('the dashboard on a real run', () => {
  it('draws every chart from KPIs and snapshots without a NaN, reusing nodes on the second update', () => {
    const t = tIn('zh');
    const perCrane = createCraneRateChart(mount(), { t });
    const perCall = createCraneRateChart(mount(), { t, by: 'call' });
    const hourly = createTimeSeriesChart(mount(), { t, title: 'chart.craneRateHourly', yTitle: 'kpi.craneRate', yUnit: 'unit.movesPerH' });
    const shares = createStateSharesChart(mount(), { t });
    const charge = createChargeHistogram(mount(), { t });
    const chargers = createChargerQueueChart(mount(), { t });
    const tiles = createKpiTiles(mount(), { t });
    const berthPlan = createBerthPlanChart(mount(), { t });
    const updateAll = (r: KpiResult, s: RenderSnapshot, nowS: number) => {
      perCrane.update(r);
      perCall.update(r);
      hourly.update({ ...hourlyLines([{ name: 'live', label: 'live', series: r.series }], 'craneRate'), reference: r.kpis.qcBound });
      shares.update(r.series);
      charge.update(s.vehicles.soc);
      chargers.update(s.chargers);
      tiles.update(r.kpis);
      berthPlan.update(r.berthPlan, nowS);
    };
    updateAll(early, snapshots[0], 4 * 3600);
    const nodes = [...document.body.querySelectorAll('svg *, .kpi-tile *')];
    updateAll(late, snapshots[1], 6 * 3600);
    expect(badNumbers(document.body)).toEqual([]);
    const after = [...document.body.querySelectorAll('svg *, .kpi-tile *')];
    // same calls, cranes and stations: every node survives; only axis ticks may be redrawn
    const kept = nodes.filter((n) => !n.closest('.tick'));
    expect(kept.length).toBeGreaterThan(100);
    expect(kept.every((n) => after.includes(n))).toBe(true);
  });

  it('draws the fastest crane tallest and counts the whole fleet in the charge histogram', () => {
    const bars = mount();
    createCraneRateChart(bars, { t: tIn('en') }).update(late);
    const heights = [...bars.querySelectorAll('rect.rate')].map((r) => num(r, 'height'));
    const rates = late.perCrane.map((c) => c.craneRate ?? 0);
    expect(rates.filter((r) => r > 0).length).toBeGreaterThan(1);
    expect(heights.indexOf(Math.max(...heights))).toBe(rates.indexOf(Math.max(...rates)));

    const histogram = mount();
    createChargeHistogram(histogram, { t: tIn('en') }).update(snapshots[1].vehicles.soc);
    const counts = [...histogram.querySelectorAll('g.bin text')].map((e) => Number(e.textContent || 0));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(snapshots[1].vehicles.soc.length);
  });

  it('stacks the real state shares to the top of the plot in every hour', () => {
    const { vehicleStateShares: s, startS } = late.series;
    expect(startS.length).toBeGreaterThan(2);
    for (let k = 0; k < startS.length; k++) expect(KPI_VEHICLE_STATES.reduce((a, st) => a + (s[st][k] ?? 0), 0)).toBeCloseTo(1, 9);
    const root = mount();
    createStateSharesChart(root, { t: tIn('en') }).update(late.series);
    // idle is the top layer; its upper edge (the first half of the path) is y(1) = 0 throughout
    const pts = pathPoints(root.querySelector('path.state-idle')!.getAttribute('d')!);
    for (const [, y] of pts.slice(0, pts.length / 2)) expect(y).toBeCloseTo(0, 6);
  });
});
