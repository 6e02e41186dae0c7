import { combineLatest, of, switchMap } from 'rxjs';
import { targetsFromTexts, type Targets } from '../calibration/loadTargets';
import { runFigures, type RunFigures } from '../calibration/measures';
import { scoreRuns, type Scorecard } from '../calibration/scorecard';
import { InputError } from '../validation/issue';
import type { App } from './app';
import { runInBrowserWorkers } from './compareSeeds';
import { byId, el } from './dom';
import { fillLabel, type Lang, type Translate } from './i18n';
import type { LiveRun } from './liveRun';
import { scorecardTable } from './scorecardView';

/** The seeds the button replicates, as `npx zhigang calibrate` does by default. */
export const SCORECARD_SEEDS = [1, 2, 3, 4, 5] as const;

/**
 * The calibration tab: for a scenario with a targets file, the run shown against the published
 * figures as it goes, and a button that runs seeds 1–5 in web workers (as the compare tab runs its
 * replications) for the means with 95% intervals that decide PASS and FAIL.
 */
export function bindScorecardPanel(app: App, translate: Translate, lang: () => Lang): { relabel(t: Translate): void } {
  let t = translate;
  const tab = byId('tab-button-calibration');
  const table = byId('scorecard-table');
  const status = byId('scorecard-status');
  const button = byId<HTMLButtonElement>('scorecard-run');
  let targets: Targets | null = null;
  let problem: string[] = [];
  let live: Scorecard | null = null;
  let replicated: { scorecard: Scorecard; seeds: readonly number[] } | null = null;
  let progress = '';
  let generation = 0;

  const draw = () => {
    tab.hidden = targets === null && problem.length === 0;
    button.disabled = targets === null;
    status.textContent = progress;
    if (problem.length > 0) return table.replaceChildren(el('ul', { class: 'errors' }, ...problem.map((p) => el('li', {}, p))));
    if (targets === null) return table.replaceChildren(el('p', {}, t('scorecard.none')));
    table.replaceChildren(scorecardTable({ targets: targets.targets, live, replicated, lang: lang(), t }));
  };

  const figuresOf = (run: LiveRun): RunFigures | null => {
    const r = run.kpis$.value;
    return r === null ? null : { kpis: r.kpis, vehicles: run.summary.vehicles, quayCranes: run.summary.quayCranes };
  };

  // a new run (scenario, settings or a restart): its targets, and no replications of the old one
  app.runs$.subscribe((runs) => {
    generation++;
    replicated = null;
    progress = '';
    live = null;
    problem = [];
    targets = null;
    const run = runs[0];
    if (run !== undefined && app.loaded !== null) {
      try {
        targets = targetsFromTexts(run.texts, app.loaded.scenario.targets);
      } catch (e) {
        problem = e instanceof InputError ? e.message.split('\n') : [(e as Error).message];
      }
    }
    draw();
  });
  // the shown run's figures: it changes with a restart (new runs) or a switch in compare mode
  combineLatest([app.runs$, app.shown$])
    .pipe(switchMap(([runs, k]) => runs[k]?.kpis$ ?? of(null)))
    .subscribe(() => {
      const run = app.shownRun;
      const figures = run === undefined ? null : figuresOf(run);
      live = targets === null || figures === null ? null : scoreRuns(targets, [figures]);
      draw();
    });

  button.addEventListener('click', () => void replicate());
  const replicate = async () => {
    const run = app.shownRun;
    if (run === undefined || targets === null) return;
    const mine = ++generation;
    const scoring = targets;
    progress = `${t('scorecard.running')} 0/${SCORECARD_SEEDS.length}`;
    draw();
    try {
      const results = await runInBrowserWorkers(run.texts, SCORECARD_SEEDS.map((seed) => ({ ...run.options, seed })), {
        cancelled: () => mine !== generation,
        onProgress: (done, total) => {
          if (mine !== generation) return;
          progress = `${t('scorecard.running')} ${done}/${total}`;
          draw();
        },
      });
      if (mine !== generation || results === null) return;
      replicated = { scorecard: scoreRuns(scoring, results.map(runFigures)), seeds: SCORECARD_SEEDS };
      progress = fillLabel(t('scorecard.done'), { passed: replicated.scorecard.lines.length - replicated.scorecard.failing.length, lines: replicated.scorecard.lines.length });
    } catch (e) {
      if (mine === generation) progress = (e as Error).message;
    }
    draw();
  };

  return {
    relabel(next) {
      t = next;
      draw();
    },
  };
}
