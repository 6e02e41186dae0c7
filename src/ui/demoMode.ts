import type { App } from './app';

/** The demo waits this long on a finished run before starting the next. */
const RESTART_AFTER_MS = 8000;

/**
 * What the demo plays, one run after another, round and round: the strategies that keep the quay
 * busiest (dual cycling, pooled assignment), each on its own seed, so no two loops look the same
 * (fcfs, the baseline, shows the cranes waiting for vehicles most of the time).
 */
export const DEMO_PLAYLIST: readonly { strategy: string; seed: number }[] = [
  { strategy: 'dual-cycle', seed: 1 },
  { strategy: 'pooled-lap', seed: 2 },
  { strategy: 'dual-cycle', seed: 3 },
  { strategy: 'lookahead', seed: 4 },
];

/** The playlist's entry after the one playing (`strategy`, `seed`); the first if it plays none of them. */
export function nextDemoRun(strategy: string | undefined, seed: number | undefined): { strategy: string; seed: number } {
  const k = DEMO_PLAYLIST.findIndex((e) => e.strategy === strategy && e.seed === seed);
  return DEMO_PLAYLIST[(k + 1) % DEMO_PLAYLIST.length];
}

/**
 * `?demo`: the whole window for the terminal, an automatic camera tour, large KPI captions, and
 * the playlist's next run when one ends, so the demo runs unattended for as long as it is shown.
 */
export function startDemo(app: App): void {
  document.body.classList.add('demo');
  // the playlist's first run, unless the link names a strategy or seed of its own
  if (app.settings.strategy === undefined && app.settings.seed === undefined) app.remember({ ...app.settings, ...DEMO_PLAYLIST[0] });
  // visitors see a terminal at work with its KPIs, not the empty first hours of the warm-up
  app.startAtS = (loaded) => loaded.scenario.run.warmUpS;
  document.getElementById('captions')!.hidden = false;
  // browsers grant full screen only in answer to a gesture: the first click or key takes it
  const fullScreen = () => void document.documentElement.requestFullscreen?.().catch(() => undefined);
  window.addEventListener('pointerdown', fullScreen, { once: true });
  window.addEventListener('keydown', fullScreen, { once: true });
  app.runs$.subscribe(() => app.view?.startTour());
  app.finished$.subscribe((run) => {
    if (run !== app.shownRun) return;
    setTimeout(() => void app.apply({ ...app.settings, ...nextDemoRun(app.settings.strategy, app.settings.seed) }), RESTART_AFTER_MS);
  });
}
