import { BehaviorSubject, Subject } from 'rxjs';
import { findStrategy } from '../dispatch/registry';
import type { LoadedScenario } from '../scenario';
import { loadScenarioTexts, type ScenarioTexts } from '../run/scenarioTexts';
import { InputError, formatIssue } from '../validation/issue';
import { TerminalView } from '../view/terminalView';
import { settingsToUrl, type AppSettings } from './appSettings';
import { bundledScenarioTexts } from './bundledScenarios';
import { LiveRun } from './liveRun';
import { applyScenarioEdits } from './scenarioEdits';
import { SimClock } from './simClock';

/**
 * A worker running a picked strategy module that has not answered for this long is stopped: its
 * strategy is in a loop (the CLI stops a decision at 10 s; a frame here covers many decisions).
 */
const MODULE_ANSWER_LIMIT_MS = 15_000;

/** A problem the app shows in place of a run: lines of `FILE: $.path: expected …, got …` or a message. */
export interface AppProblem {
  lines: string[];
}

/**
 * The running app: the settings, the run(s) in their workers, the 3D view and the clock that
 * decides which simulated time to ask for. Panels talk to it through its methods and streams;
 * it knows nothing of the DOM besides the canvas the view draws on.
 */
export class App {
  readonly settings$: BehaviorSubject<AppSettings>;
  readonly problem$ = new BehaviorSubject<AppProblem | null>(null);
  /** the runs, one per strategy compared (one when not comparing); replaced on every (re)start */
  readonly runs$ = new BehaviorSubject<LiveRun[]>([]);
  /** index into runs$ of the run the 3D view and the dashboard show */
  readonly shown$ = new BehaviorSubject(0);
  /** a run reached its end */
  readonly finished$ = new Subject<LiveRun>();
  loaded: LoadedScenario | null = null;
  view: TerminalView | null = null;
  clock = new SimClock(1);
  /** an uploaded scenario replaces the bundled one until another is picked */
  upload: ScenarioTexts | null = null;
  /**
   * a strategy module the user picked as a file (never from a URL or a scenario): its name and the
   * blob: URL the workers load it from. Used instead of the strategy setting until cleared.
   */
  strategyModule: { name: string; url: string } | null = null;
  /**
   * where a (re)started run is first shown: a comparison (whose table has nothing to say during the
   * warm-up) and the demo start where the warm-up ends, with live KPIs; a single run at its start
   */
  startAtS: (loaded: LoadedScenario) => number = (loaded) => (this.settings.compare.length > 0 ? loaded.scenario.run.warmUpS : 0);
  /** width of the panel over the right of the canvas, px (0 in demo mode) */
  rightInsetPx = 0;
  /** whether the view shows the congestion heat over the lanes (off until switched on; kept across restarts) */
  congestionShown = false;
  private generation = 0;

  constructor(
    readonly canvas: HTMLCanvasElement,
    settings: AppSettings,
  ) {
    this.settings$ = new BehaviorSubject(settings);
  }

  get settings(): AppSettings {
    return this.settings$.value;
  }

  get shownRun(): LiveRun | undefined {
    return this.runs$.value[this.shown$.value];
  }

  /** Applies new settings: the URL follows, and the runs restart from t = 0. */
  async apply(settings: AppSettings): Promise<boolean> {
    this.remember(settings);
    return this.restart();
  }

  /** Settings that do not change the run (speed, language): kept, and in the URL, without a restart. */
  remember(settings: AppSettings): void {
    this.settings$.next(settings);
    history.replaceState(null, '', `${location.pathname}${settingsToUrl(settings)}`);
  }

  /** The scenario's texts with the form's edits, validated here first so errors show with their paths. */
  private prepare(): { texts: ScenarioTexts; loaded: LoadedScenario } | null {
    const s = this.settings;
    const texts = s.scenario === 'upload' && this.upload !== null ? this.upload : bundledScenarioTexts(s.scenario);
    if (texts === null) {
      this.problem$.next({ lines: [`scenario "${s.scenario}" is not bundled with the app; upload it instead`] });
      return null;
    }
    const edited = applyScenarioEdits(texts, { fleet: s.fleet, cranesPerVessel: s.cranesPerVessel, chargers: s.chargers, warmUpS: s.warmUpS });
    if (edited.issues.length > 0) {
      this.problem$.next({ lines: edited.issues.map((i) => formatIssue(texts.scenario.file, i)) });
      return null;
    }
    try {
      const loaded = loadScenarioTexts(edited.texts);
      const own = loaded.scenario.dispatch.strategy;
      // a scenario file may come from anyone: a module it names is not run
      if (s.strategy === undefined && this.strategyModule === null && findStrategy(own) === undefined) {
        this.problem$.next({ lines: [`${texts.scenario.file}: $.dispatch.strategy: names a strategy module ("${own.slice(0, 60)}"); the app runs code only from a file you pick ("Strategy module" in the scenario panel): pick it there, or choose a built-in strategy`] });
        return null;
      }
      return { texts: edited.texts, loaded };
    } catch (e) {
      this.problem$.next({ lines: e instanceof InputError ? e.message.split('\n') : [(e as Error).message] });
      return null;
    }
  }

  /** Starts the runs at t = 0 (each strategy compared in its own worker, all with the same seed). */
  async restart(): Promise<boolean> {
    const generation = ++this.generation;
    const prepared = this.prepare();
    if (prepared === null) return false;
    this.problem$.next(null);
    const s = this.settings;
    const module = s.compare.length > 0 ? null : this.strategyModule;
    const strategies = s.compare.length > 0 ? s.compare : [s.strategy];
    let runs: LiveRun[];
    try {
      runs = await Promise.all(
        strategies.map((strategy) =>
          LiveRun.start(prepared.texts, { seed: s.seed, durationS: s.durationS, ...(module === null ? { strategy } : { strategyModule: module.url }) }, module === null ? undefined : MODULE_ANSWER_LIMIT_MS),
        ),
      );
    } catch (e) {
      this.problem$.next({ lines: [(e as Error).message] });
      return false;
    }
    if (generation !== this.generation) {
      runs.forEach((r) => r.dispose()); // a newer restart began meanwhile
      return false;
    }
    this.runs$.value.forEach((r) => r.dispose());
    if (this.loaded?.layout !== prepared.loaded.layout) this.replaceView(prepared.loaded);
    this.loaded = prepared.loaded;
    const wasPlaying = this.clock.playing || this.runs$.value.length === 0;
    const durationS = runs[0].summary.durationS;
    const startS = Math.min(durationS, Math.max(0, this.startAtS(prepared.loaded)));
    this.clock = new SimClock(durationS);
    this.clock.setSpeed(s.speed, performance.now(), startS);
    if (wasPlaying) this.clock.play(performance.now(), startS);
    this.shown$.next(Math.min(this.shown$.value, runs.length - 1));
    this.runs$.next(runs);
    await Promise.all(runs.map((run) => run.goTo(startS, run === this.shownRun)));
    if (startS > 0) await Promise.all(runs.map((r) => r.refreshKpis()));
    return true;
  }

  private replaceView(loaded: LoadedScenario): void {
    this.view?.dispose();
    const { traffic } = loaded.scenario;
    this.view = new TerminalView(this.canvas, loaded.layout, { yardCranesPerBlock: loaded.scenario.yard.cranesPerBlock, rightInsetPx: this.rightInsetPx, traffic: traffic.control === 'off' ? null : traffic });
    this.view.setCongestionVisible(this.congestionShown);
  }

  /** Shows or hides the congestion heat layer, now and in views made later. */
  showCongestion(on: boolean): void {
    this.congestionShown = on;
    this.view?.setCongestionVisible(on);
  }

  /** Moves every run to `timeS`: forward by advancing, backward by replaying from the start (runs are deterministic). */
  async jumpTo(timeS: number): Promise<void> {
    const target = Math.max(0, Math.min(timeS, this.clock.durationS));
    const behind = this.runs$.value.some((r) => r.timeS > target);
    if (behind && !(await this.restart())) return;
    await Promise.all(this.runs$.value.map((r) => r.goTo(target, r === this.shownRun)));
    this.clock.anchor(performance.now(), target);
    await Promise.all(this.runs$.value.map((r) => r.refreshKpis()));
  }

  /**
   * One animation frame: ask the runs for the clock's time and draw what the view has. At 'max' the
   * workers advance on their own and a frame asks where they are.
   * Returns whether a picture was drawn (nothing changed: nothing drawn).
   */
  tick(nowMs: number): boolean {
    const runs = this.runs$.value;
    if (runs.length === 0) return false;
    const reached = Math.min(...runs.map((r) => r.timeS));
    const free = this.clock.playing && this.clock.speed === 'max';
    if (!free) runs.forEach((r) => r.stopFree());
    if (free) this.runFree(runs);
    else if (this.clock.playing && reached < this.clock.durationS && !runs.some((r) => r.busy)) {
      const target = this.clock.target(nowMs, reached);
      for (const run of runs) {
        if (run === this.shownRun) void run.requestFrame(target).then(() => this.noticeEnd(run));
        else void run.advanceTo(target).then(() => this.noticeEnd(run));
      }
    }
    return this.view?.render(nowMs) ?? false;
  }

  /**
   * 'As fast as possible': each worker advances its run on its own, whatever the frame rate (a
   * software-rendered page may draw one frame a second); a frame only looks at where it is.
   */
  private runFree(runs: LiveRun[]): void {
    for (const run of runs) {
      run.startFree(() => this.noticeEnd(run));
      if (run.busy) continue;
      if (run === this.shownRun) void run.requestFrame(0).then(() => this.noticeEnd(run));
      else void run.advanceTo(0).then(() => this.noticeEnd(run));
    }
  }

  private noticeEnd(run: LiveRun): void {
    if (run.finished && !this.endNoticed.has(run)) {
      this.endNoticed.add(run);
      this.finished$.next(run);
    }
  }

  private readonly endNoticed = new WeakSet<LiveRun>();
}
