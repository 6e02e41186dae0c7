import { auditTime, Subscription, switchMap, EMPTY, merge, map } from 'rxjs';
import type { KpiResult } from '../kpi/computeKpis';
import type { Frame } from '../../workers/sim.worker';
import type { App } from './app';
import { createBerthPlanChart } from './charts/berthPlanChart';
import { createChargeHistogram } from './charts/chargeHistogram';
import { createChargerQueueChart } from './charts/chargerQueue';
import { createCraneRateChart } from './charts/craneRateBars';
import { createKpiTiles } from './charts/kpiTiles';
import { createStateSharesChart } from './charts/stateShares';
import { createTimeSeriesChart, hourlyLines } from './charts/timeSeries';
import { byId } from './dom';
import type { Translate } from './i18n';
import { createWorstZonesTable } from './worstZonesTable';

/** Snapshot-fed charts redraw at most this often (wall ms): the 3D view gets the frames in between. */
const SNAPSHOT_CHART_MS = 500;

/**
 * The live dashboard of the run shown: KPI tiles and charts fed by that run's streams. KPIs come
 * from the worker about once a second; charts drawn from snapshots (charge, chargers, yard) are
 * sampled from the frame stream, so the 3D view keeps every frame and the charts only a few.
 */
export function bindDashboard(app: App, translate: Translate): { relabel(t: Translate): void } {
  let t = translate;
  const tiles = createKpiTiles(byId('tiles'), { t });
  const perCrane = createCraneRateChart(byId('chart-crane-rate'), { t, by: 'crane' });
  const perCall = createCraneRateChart(byId('chart-call-rate'), { t, by: 'call' });
  const rate = createTimeSeriesChart(byId('chart-rate-series'), { t, title: 'chart.craneRateHourly', yTitle: 'kpi.craneRate', yUnit: 'unit.movesPerH' });
  const berthPlan = createBerthPlanChart(byId('chart-berth-plan'), { t });
  const states = createStateSharesChart(byId('chart-states'), { t });
  const charge = createChargeHistogram(byId('chart-charge'), { t });
  let chargers = createChargerQueueChart(byId('chart-chargers'), { t });
  const yard = createTimeSeriesChart(byId('chart-yard'), { t, title: 'chart.yardOccupancy', yTitle: 'kpi.yardOccupancy', percent: true, yMax: 1 });
  const rehandles = createTimeSeriesChart(byId('chart-rehandles'), { t, title: 'chart.rehandles', yTitle: 'kpi.rehandlesPerRetrieval', yUnit: 'unit.boxes' });
  const turn = createTimeSeriesChart(byId('chart-turn'), { t, title: 'chart.externalTurnTime', yTitle: 'kpi.externalTurnTimeMin', yUnit: 'unit.min' });
  const zones = createWorstZonesTable(byId('traffic-zones'), { t });
  const charts = [tiles, perCrane, perCall, rate, berthPlan, states, charge, yard, rehandles, turn, zones];

  // nowS: the run's simulated time when the KPIs came, where calls still alongside or waiting end
  const showKpis = (r: KpiResult, nowS: number | undefined) => {
    tiles.update(r.kpis);
    perCrane.update(r);
    perCall.update(r);
    rate.update({ ...hourlyLines([{ name: 'craneRate', labelKey: 'kpi.craneRate', series: r.series }], 'craneRate'), reference: r.kpis.qcBound });
    berthPlan.update(r.berthPlan, nowS);
    states.update(r.series);
    yard.update(hourlyLines([{ name: 'yardOccupancy', labelKey: 'kpi.yardOccupancy', series: r.series }], 'yardOccupancy'));
    rehandles.update(hourlyLines([{ name: 'rehandlesPerRetrieval', labelKey: 'kpi.rehandlesPerRetrieval', series: r.series }], 'rehandlesPerRetrieval'));
    turn.update(hourlyLines([{ name: 'externalTurnTimeMin', labelKey: 'kpi.externalTurnTimeMin', series: r.series }], 'externalTurnTimeMin'));
    zones.update(r.traffic);
  };
  const showFrame = (f: Frame) => {
    charge.update(f.snapshot.vehicles.soc);
    chargers.update(f.snapshot.chargers);
  };

  let lastKpis: KpiResult | null = null;
  let lastNowS: number | undefined;
  let lastFrame: Frame | null = null;
  // whichever run is shown, its streams: switching runs switches the subscription
  const shown$ = merge(app.runs$, app.shown$).pipe(map(() => app.shownRun));
  const subscription = new Subscription();
  subscription.add(
    shown$.pipe(switchMap((run) => run?.kpis$ ?? EMPTY)).subscribe((r) => {
      if (r === null) return;
      lastKpis = r;
      lastNowS = app.shownRun?.timeS;
      showKpis(r, lastNowS);
    }),
  );
  subscription.add(
    shown$.pipe(switchMap((run) => run?.frames$.pipe(auditTime(SNAPSHOT_CHART_MS)) ?? EMPTY)).subscribe((f) => {
      lastFrame = f;
      showFrame(f);
    }),
  );
  // station names and plug counts come with the layout
  app.runs$.subscribe(() => {
    const layout = app.loaded?.layout;
    if (layout === undefined) return;
    chargers.dispose();
    chargers = createChargerQueueChart(byId('chart-chargers'), { t, stations: layout.chargers.map((c) => c.id), plugs: layout.chargers.map((c) => c.plugs) });
  });

  return {
    relabel(next) {
      t = next;
      for (const c of [...charts, chargers]) c.relabel(next);
      if (lastKpis !== null) showKpis(lastKpis, lastNowS);
      if (lastFrame !== null) showFrame(lastFrame);
    },
  };
}
