import { combineLatest, EMPTY, switchMap } from 'rxjs';
import { format } from 'd3';
import { COMPARED_KPIS, type ComparedKpi, type ComparisonReport } from '../compare/comparison';
import type { Estimate } from '../compare/statistics';
import { strategyNames } from '../dispatch/registry';
import { kpiUnit } from './charts/kpiTiles';
import { verdictOf } from './compareVerdict';
import type { Kpis } from '../kpi/kpis';
import type { App } from './app';
import { createTimeSeriesChart, hourlyLines } from './charts/timeSeries';
import { runSeeds } from './compareSeeds';
import { byId, el } from './dom';
import type { LabelKey, Translate } from './i18n';

const PERCENT_KPIS = new Set<ComparedKpi>(['gapToQcBound', 'qcWaitShare', 'emptyTravelRatio']);
const fmt = (kpi: ComparedKpi, v: number) => (PERCENT_KPIS.has(kpi) ? format('.1%')(v) : format('.2f')(v));

/**
 * Compare mode: 2–4 strategies, each in its own worker with the same seed, advanced together;
 * one 3D view with a switch, overlaid hourly charts, and a table. With several seeds the table
 * holds means with 95% confidence intervals and paired differences against the first strategy,
 * from full runs in the background (as `npx zhigang compare` computes them).
 */
export function bindComparePanel(app: App, translate: Translate): { relabel(t: Translate): void } {
  let t = translate;
  const boxes = byId('compare-strategies');
  const seedsInput = byId<HTMLInputElement>('compare-seeds');
  const switcher = byId('compare-switch');
  const table = byId('compare-table');
  const rate = createTimeSeriesChart(byId('compare-rate'), { t, title: 'chart.craneRateHourly', yTitle: 'kpi.craneRate', yUnit: 'unit.movesPerH' });
  const wait = createTimeSeriesChart(byId('compare-wait'), { t, title: 'chart.qcWaitShareHourly', yTitle: 'kpi.qcWaitShare', percent: true, yMax: 1 });
  let report: ComparisonReport | null = null;
  let progress = '';
  let live: (Kpis | null)[] = [];
  let seedRun = 0;

  const label = (name: string) => (`strategy.${name}` as LabelKey);
  const drawBoxes = () =>
    boxes.replaceChildren(
      ...strategyNames().map((n) => el('label', {}, Object.assign(el('input', { type: 'checkbox', value: n }), { checked: app.settings.compare.includes(n) }), ` ${t(label(n))}`)),
    );
  const drawSwitch = () =>
    switcher.replaceChildren(
      ...app.runs$.value.map((run, k) => {
        const b = el('button', { type: 'button', 'data-strategy': run.summary.strategy }, t(label(run.summary.strategy)));
        b.classList.toggle('active', k === app.shown$.value);
        b.addEventListener('click', () => {
          app.shown$.next(k);
          void run.requestFrame(run.timeS);
          drawSwitch();
        });
        return b;
      }),
    );
  const drawTable = () => {
    const runs = app.runs$.value;
    if (app.settings.compare.length === 0) return table.replaceChildren();
    const cell = (k: ComparedKpi, e: Estimate | null, diff: Estimate | null | undefined) => {
      if (e === null) return el('td', {}, '—');
      const text = e.halfWidth === null ? fmt(k, e.mean) : `${fmt(k, e.mean)} ± ${fmt(k, e.halfWidth)}`;
      const td = el('td', {}, text);
      if (diff != null && diff.halfWidth !== null) {
        td.append(el('br'), el('small', { class: diff.mean - diff.halfWidth > 0 || diff.mean + diff.halfWidth < 0 ? 'significant' : '' }, `Δ ${diff.mean >= 0 ? '+' : ''}${fmt(k, diff.mean)} ± ${fmt(k, diff.halfWidth)}`));
      }
      return td;
    };
    // a column per strategy (2–4) and a row per KPI: what fits a narrow panel
    const columns: { name: string; value: (k: ComparedKpi) => Estimate | null; diff: (k: ComparedKpi) => Estimate | null | undefined }[] = report
      ? report.strategies.map((s) => ({ name: s.strategy, value: (k) => s.kpis[k], diff: (k) => s.vsBaseline?.[k] }))
      : runs.map((r, i) => ({
          name: r.summary.strategy,
          value: (k) => (live[i]?.[k] == null ? null : { n: 1, mean: live[i]![k] as number, sd: null, halfWidth: null, level: 0.95 }),
          diff: () => undefined,
        }));
    const head = el('tr', {}, el('th', {}, t('compare.kpi')), ...columns.map((c) => el('th', { 'data-strategy': c.name }, t(label(c.name)))));
    // each KPI with its unit (shares read as %)
    const rowHead = (k: ComparedKpi) => {
      const unit = kpiUnit(k);
      return el('th', { scope: 'row' }, t(`kpi.${k}` as LabelKey), ...(unit === undefined ? [] : [el('small', { class: 'unit' }, ` (${t(unit)})`)]));
    };
    const rows = COMPARED_KPIS.map((k) => el('tr', { 'data-kpi': k }, rowHead(k), ...columns.map((c) => cell(k, c.value(k), c.diff(k)))));
    const caption = report ? `${t('compare.seedsCaption')} ${report.seeds.join(', ')} · ${t('compare.baseline')}: ${t(label(report.baseline))}` : progress || t('compare.liveCaption');
    // the planner's question in words: does each strategy change the crane rate, and is that more than chance?
    const verdicts = (report?.strategies ?? []).flatMap((st) => {
      const diff = st.vsBaseline?.craneRate;
      const v = diff == null ? null : verdictOf(diff, t(label(st.strategy)), t(label(report!.baseline)), (x) => `${fmt('craneRate', x)} ${t('unit.movesPerH')}`, t);
      return v === null ? [] : [el('li', { class: v.significant ? 'significant' : 'open', 'data-strategy': st.strategy }, v.text)];
    });
    table.replaceChildren(el('table', {}, el('caption', {}, caption), el('thead', {}, head), el('tbody', {}, ...rows)), ...(verdicts.length > 0 ? [el('ul', { class: 'verdicts' }, ...verdicts)] : []));
  };

  app.runs$.pipe(switchMap((runs) => (runs.length > 1 ? combineLatest(runs.map((r) => r.kpis$)) : EMPTY))).subscribe((results) => {
    const runs = app.runs$.value;
    const named = results.flatMap((r, k) => (r === null ? [] : [{ name: runs[k].summary.strategy, labelKey: label(runs[k].summary.strategy), series: r.series }]));
    rate.update({ ...hourlyLines(named, 'craneRate'), reference: results[0]?.kpis.qcBound ?? null });
    wait.update(hourlyLines(named, 'qcWaitShare'));
    live = results.map((r) => r?.kpis ?? null);
    drawTable();
  });
  app.runs$.subscribe((runs) => {
    drawSwitch();
    report = null;
    const s = app.settings;
    if (runs.length > 1 && s.seeds > 1 && app.loaded !== null) void seedsInBackground(runs[0].texts, s.compare, runs[0].summary.seed, s.seeds, s.durationS);
    drawTable();
  });
  const seedsInBackground = async (texts: (typeof app.runs$.value)[number]['texts'], strategies: string[], first: number, count: number, durationS: number | undefined) => {
    const mine = ++seedRun;
    const seeds = Array.from({ length: count }, (_, k) => first + k);
    try {
      const r = await runSeeds({ texts, strategies, seeds, durationS, cancelled: () => mine !== seedRun, onProgress: (done, total) => ((progress = `${t('compare.running')} ${done}/${total}`), drawTable()) });
      if (mine === seedRun) report = r;
    } catch (e) {
      progress = (e as Error).message;
    }
    drawTable();
  };

  // a wrong pick is said here, on the tab where it is made (not as a scenario problem, which opens the Scenario tab)
  const errors = byId('compare-errors');
  let pickError = false;
  const drawErrors = () => errors.replaceChildren(...(pickError ? [el('li', {}, t('compare.pickTwoToFour'))] : []));
  byId('compare-start').addEventListener('click', () => {
    const chosen = [...boxes.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
    pickError = chosen.length < 2 || chosen.length > 4;
    drawErrors();
    if (pickError) return;
    const seeds = Math.max(1, Math.min(30, Math.round(Number(seedsInput.value) || 1)));
    void app.apply({ ...app.settings, compare: chosen, seeds });
  });
  byId('compare-stop').addEventListener('click', () => {
    seedRun++;
    void app.apply({ ...app.settings, compare: [], seeds: 1 });
  });
  drawBoxes();
  seedsInput.value = String(app.settings.seeds);
  return {
    relabel(next) {
      t = next;
      rate.relabel(next);
      wait.relabel(next);
      drawBoxes();
      drawSwitch();
      drawTable();
      drawErrors();
    },
  };
}
