import { fromEvent } from 'rxjs';
import type { Frame } from '../../workers/sim.worker';
import type { KpiResult } from '../kpi/computeKpis';
import { App } from './app';
import { settingsFromUrl } from './appSettings';
import { bindComparePanel } from './comparePanel';
import { bindControls } from './controls';
import { bindDashboard } from './dashboard';
import { startDemo } from './demoMode';
import { byId } from './dom';
import { download, resultsCsv, resultsJson, type ExportedResults } from './exportResults';
import { FrameMeter } from './frameMeter';
import { applyLabels, createI18n, fillLabel, isLabelKey, type LabelKey, type Lang, type Translate } from './i18n';
import { bindInspector } from './inspectorPanel';
import { bindResultsViewer } from './resultsViewer';
import { bindScenarioPanel } from './scenarioPanel';
import { bindScorecardPanel } from './scorecardPanel';
import { scenarioTitle } from './scenarioTitle';
import { drawViewLegend } from './viewLegend';
import type { BoxColouring, VehicleColouring } from '../view/palettes';
import { installTestHooks } from './testHooks';
import { createKpiTiles } from './charts/kpiTiles';

/** A click that moved less than this (px) picks; more is an orbit drag. */
const CLICK_SLOP_PX = 5;
/** KPIs are fetched from the worker this often (wall ms) while the run moves. */
const KPI_REFRESH_MS = 1000;

/** Builds the page around the app: panels, streams, the frame loop; then starts the run the URL describes. */
export async function startBrowserApp(): Promise<void> {
  const { settings, problems } = settingsFromUrl(location.search);
  const i18n = createI18n(settings.lang);
  const t = i18n.t;
  const canvas = byId<HTMLCanvasElement>('view');
  const app = new App(canvas, settings);
  const meter = new FrameMeter();
  const status = byId('status');
  const showStatus = (text: string, error = false) => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };

  const tabs = [...document.querySelectorAll<HTMLButtonElement>('.tabs button')];
  const openTab = (name: string) => {
    for (const b of tabs) b.classList.toggle('active', b.dataset.tab === name);
    for (const s of document.querySelectorAll<HTMLElement>('.tab')) s.hidden = s.id !== `tab-${name}`;
  };
  tabs.forEach((b) => b.addEventListener('click', () => openTab(b.dataset.tab!)));

  applyLabels(document, t);
  const controls = bindControls(app, t, showStatus);
  const inspector = bindInspector(app, t);
  const scenario = bindScenarioPanel(app, t, openTab);
  const dashboard = bindDashboard(app, t);
  const compare = bindComparePanel(app, t);
  const scorecard = bindScorecardPanel(app, t, () => i18n.lang$.value);
  const resultsViewer = bindResultsViewer(t);
  // every tab is shown while the panels build their charts, so each chart takes the panel's width
  openTab('dashboard');
  const captions = settings.demo ? createKpiTiles(byId('captions'), { t, large: true, kpis: ['craneRate', 'qcWaitShare', 'moves', 'energyPerMoveKWh'] }) : null;

  // the legend says what the view's colours mean, for the colourings chosen
  const vehicleColouring = byId<HTMLSelectElement>('vehicle-colouring');
  const boxColouring = byId<HTMLSelectElement>('box-colouring');
  const drawLegend = () => drawViewLegend(byId('colour-legend'), { vehicles: vehicleColouring.value as VehicleColouring, boxes: boxColouring.value as BoxColouring }, t);
  vehicleColouring.addEventListener('change', () => {
    app.view?.setVehicleColouring(vehicleColouring.value as VehicleColouring);
    drawLegend();
  });
  boxColouring.addEventListener('change', () => {
    app.view?.setBoxColouring(boxColouring.value as BoxColouring);
    drawLegend();
  });
  drawLegend();

  const lang = byId<HTMLButtonElement>('lang');
  const relabelAll = (l: Lang) => {
    document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
    document.title = t('app.title');
    lang.textContent = l === 'zh' ? 'EN' : '中文';
    applyLabels(document, t);
    controls.relabel();
    inspector.relabel();
    scenario.relabel();
    dashboard.relabel(t);
    compare.relabel(t);
    scorecard.relabel(t);
    resultsViewer.relabel(t);
    captions?.relabel(t);
    byId('scenario-line').textContent = summaryLine(app, t);
    drawLegend();
  };
  i18n.lang$.subscribe(relabelAll);
  lang.addEventListener('click', () => {
    const next: Lang = i18n.lang$.value === 'zh' ? 'en' : 'zh';
    i18n.set(next);
    app.remember({ ...app.settings, lang: next });
  });

  // the congestion heat over the lanes: off until switched on; its colour key shows with it
  const congestion = byId<HTMLInputElement>('congestion');
  congestion.checked = app.congestionShown;
  congestion.addEventListener('change', () => {
    app.showCongestion(congestion.checked);
    byId('congestion-key').hidden = !congestion.checked;
  });

  // a click (not an orbit drag) on the canvas inspects what is under it
  let down: PointerEvent | null = null;
  fromEvent<PointerEvent>(canvas, 'pointerdown').subscribe((e) => (down = e));
  fromEvent<PointerEvent>(canvas, 'pointerup').subscribe((e) => {
    if (down === null || Math.hypot(e.clientX - down.clientX, e.clientY - down.clientY) > CLICK_SLOP_PX) return;
    const hit = app.view?.pick(e.clientX, e.clientY) ?? null;
    if (hit !== null) inspector.select(hit);
  });
  const side = byId('side');
  const fitView = () => {
    app.rightInsetPx = settings.demo || settings.kiosk ? 0 : side.offsetWidth;
    app.view?.setRightInset(app.rightInsetPx);
  };
  fitView();
  window.addEventListener('resize', fitView);

  // the run shown feeds the view; every run reports its failures
  let latestFrame: Frame | null = null;
  app.runs$.subscribe((runs) => {
    for (const run of runs) {
      run.frames$.subscribe((frame) => {
        if (run !== app.shownRun) return;
        const started = performance.now();
        app.view?.update(frame.snapshot);
        controls.showTime(frame.timeS);
        latestFrame = frame;
        meter.addWork(performance.now() - started);
      });
      run.errors$.subscribe((e) => showStatus(`${run.summary.strategy}: ${e.message}`, true));
      run.kpis$.subscribe((r) => r !== null && run === app.shownRun && captions?.update(r.kpis));
    }
    inspector.select(null);
    // a run without traffic control has no congestion to show
    congestion.disabled = app.loaded?.scenario.traffic.control === 'off';
    if (runs.length > 0) {
      byId('scenario-line').textContent = summaryLine(app, t);
      showStatus('');
    }
    controls.relabel();
  });
  app.shown$.subscribe(() => (byId('scenario-line').textContent = summaryLine(app, t)));
  app.problem$.subscribe((p) => p !== null && showStatus(p.lines.join('\n'), true));
  // the final KPIs are the run's result, the same as the CLI prints for this scenario and seed
  app.finished$.subscribe((run) => void run.finish().then(() => controls.relabel()));

  let lastKpiTime = -1;
  setInterval(() => {
    const run = app.shownRun;
    if (run === undefined || run.timeS === lastKpiTime || run.finished) return;
    lastKpiTime = run.timeS;
    for (const r of app.runs$.value) void r.refreshKpis();
  }, KPI_REFRESH_MS);

  const results = (): ExportedResults | null => {
    const run = app.shownRun;
    const r: KpiResult | null | undefined = run?.kpis$.value;
    if (run === undefined || r == null) return null;
    const { scenario: name, strategy, seed, durationS } = run.summary;
    return { scenario: name, strategy, seed, durationS, timeS: run.timeS, finished: run.finished, kpis: r.kpis, perCrane: r.perCrane, perCall: r.perCall, series: r.series, berthPlan: r.berthPlan, traffic: r.traffic };
  };
  const fileName = (r: ExportedResults, ext: string) => `zhigang-${r.scenario.replace(/\W+/g, '-')}-${r.strategy}-seed${r.seed}-${Math.round(r.timeS)}s.${ext}`;
  byId('export-json').addEventListener('click', () => {
    const r = results();
    if (r !== null) download(fileName(r, 'json'), resultsJson(r), 'application/json');
  });
  byId('export-csv').addEventListener('click', () => {
    const r = results();
    if (r !== null) download(fileName(r, 'csv'), resultsCsv(r), 'text/csv');
  });

  const frame = (now: number) => {
    const started = performance.now();
    const drew = app.tick(now);
    meter.frame(performance.now() - started, drew);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  if (settings.demo) startDemo(app);
  // a kiosk shows the terminal and its controls, without the side panel
  document.body.classList.toggle('kiosk', settings.kiosk);
  if (problems.length > 0) app.problem$.next({ lines: problems });
  const started = await app.restart();
  if (started && problems.length > 0) showStatus(problems.join('\n'), true);
  // counted when a test asks, not every frame: the yard has over 100,000 slots
  installTestHooks(app, meter, results, () => latestFrame?.snapshot.yard.flow.reduce((a, f) => a + (f >= 0 ? 1 : 0), 0) ?? 0);
}

/** The run shown in a line: scenario, strategy, seed and the terminal's size, in the app's language. */
function summaryLine(app: App, t: Translate): string {
  const run = app.shownRun;
  if (run === undefined) return '';
  const s = run.summary;
  const strategy = isLabelKey(`strategy.${s.strategy}`) ? t(`strategy.${s.strategy}` as LabelKey) : s.strategy;
  const counts = fillLabel(t('summary.terminal'), { seed: s.seed, vehicles: s.vehicles, quayCranes: s.quayCranes, blocks: s.yardBlocks });
  return `${scenarioTitle(app.settings.scenario, s.scenario, t)} · ${strategy} · ${counts}`;
}
